import { z } from 'zod';
import type { Route } from './route';

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

/** OpenAPI 3.1, generated from the same zod schemas the routes validate with. */
export function buildOpenApi(routes: Route[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...schemaParameters(route.params, 'path'),
      ...schemaParameters(route.query, 'query'),
      ...(route.isIdempotent ? [idempotencyKey] : []),
    ];
    const status = String(route.status ?? (route.response ? 200 : 204));
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      'x-access': route.access,
      ...(route.access !== 'public' && { security: [{ session: [] }] }),
      ...(parameters.length > 0 && { parameters }),
      ...(route.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
        },
      }),
      responses: {
        [status]: route.response
          ? {
              description: 'Success',
              content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
            }
          : { description: 'Success, no content' },
        '4XX': {
          description: 'A problem with the request, in words a person can act on',
          content: { 'application/json': { schema: jsonSchema(ErrorSchema, 'output') } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tend API',
      version,
      description:
        'The API behind the Tend web app. Signed-in calls carry the session cookie; state-changing calls from browsers must come from Tend’s own origin.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tend.session_token' } },
    },
    paths,
  };
}

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'One per action. A retry with the same key gets the first answer instead of writing twice; ' +
    'the same key with another request is a 422. Kept for an hour.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,200}$' },
};

function schemaParameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}
