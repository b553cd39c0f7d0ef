import type { z } from 'zod';
import { AppError } from './errors';

type Part = 'body' | 'query' | 'params';

/** Checks one part of a request against its schema; a mismatch is a 400 naming each field. */
export function validate<S extends z.ZodType>(schema: S | undefined, value: unknown, part: Part): z.infer<S> {
  if (!schema) return undefined as z.infer<S>;
  const input = part === 'body' && value === undefined ? {} : value;
  const nul = findNul(input, part);
  if (nul)
    throw new AppError('VALIDATION', 400, `${nul}: must not contain the NUL character`, {
      [nul]: 'must not contain the NUL character',
    });
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : part;
    fields[path] ??= describeIssue(issue);
  }
  const [first] = Object.entries(fields);
  const message = first ? `${first[0]}: ${first[1]}` : `The request's ${part} is not valid.`;
  throw new AppError('VALIDATION', 400, message, fields);
}

/** Plain words for a failed check; never echoes the value a person wrote. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
    case 'unrecognized_keys':
      return `has fields this request does not take: ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${issue.minimum} characters`
        : issue.origin === 'array'
          ? `must have at least ${issue.minimum} items`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `must have at most ${issue.maximum} items`
          : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'must be an email address' : `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** PostgreSQL text cannot hold U+0000: refuse it up front, wherever it hides, naming the field. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, key === '' ? path : path === 'body' ? key : `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}
