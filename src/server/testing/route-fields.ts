import { z } from 'zod';

/** The field names a route's body declares, so generated bad bodies look almost right. */
export function fieldsOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    anyOf?: Array<{ properties?: Record<string, unknown> }>;
  };
  const names = Object.keys(json.properties ?? {});
  for (const branch of json.anyOf ?? []) names.push(...Object.keys(branch.properties ?? {}));
  return [...new Set(names)];
}
