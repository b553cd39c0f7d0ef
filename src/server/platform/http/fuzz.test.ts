import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, couple } from '../../testing/client';
import { fieldsOf } from '../../testing/route-fields';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { Route } from './route';

/**
 * Generated bad input on every route: at least 10,000 requests in all, spread evenly, so a route
 * added later is fuzzed without anyone writing a line here. Whatever arrives — wrong types,
 * boundary numbers, odd unicode, `__proto__` keys, SQL and HTML metacharacters, very large text —
 * the answer is never a 5xx, and every refusal is the one error shape. The seed is fixed per
 * route so a failure can be replayed; `FUZZ_SEED` picks another.
 */

const TOTAL_CASES = 10_000;

let app: TestApp;
let member: Client;

beforeAll(async () => {
  app = await startTestApp();
  member = (await couple(app.http)).alex.client;
});
afterAll(() => app.close());

const metacharacters = fc.constantFrom(
  "' or 1=1 --",
  '"; drop table person; --',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '{{7*7}}#{7*7}',
  '%00%0d%0a',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u200b\ufeff',
  '../../../etc/passwd',
);
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  metacharacters,
  fc.string({ unit: 'binary-ascii', minLength: 2_000, maxLength: 40_000 }),
);
const boundaryNumber = fc.constantFrom(0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 5e-324);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  boundaryNumber,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(oddText, fc.integer()), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(oddText, fc.integer()), { maxKeys: 4 }),
);

/** A request body as raw text: JSON of an almost-right object, of anything, or not JSON at all. */
function bodies(route: Route): fc.Arbitrary<string> {
  const fields = fieldsOf(route.body);
  const almostRight = fields.length
    ? fc.record(Object.fromEntries(fields.map((f) => [f, oddValue])), { requiredKeys: [] })
    : fc.dictionary(fc.string({ maxLength: 8 }), oddValue, { maxKeys: 3 });
  const json = fc.oneof(almostRight, fc.anything({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }));
  return fc.oneof(
    { weight: 6, arbitrary: json.map((value) => JSON.stringify(value) ?? 'null') },
    // A prototype key the parser must refuse rather than merge into anything.
    {
      weight: 2,
      arbitrary: almostRight.map((v) => `{"__proto__":{"isOperator":true},${JSON.stringify(v).slice(1)}`),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    // Far past the body limit.
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ text: 'x'.repeat(300_000) })) },
  );
}

/** Percent-encoded text; a lone surrogate becomes the invalid UTF-8 it would be on the wire. */
function asPathSegment(text: string): string {
  const encoded = [...text]
    .map((c) => (/[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c)))
    .join('');
  return encoded || '%20';
}

/** A path with its parameters replaced by generated text, and sometimes a generated query. */
function urls(route: Route): fc.Arbitrary<string> {
  const segment = fc.oneof(
    oddText.map((t) => asPathSegment(t.slice(0, 200))),
    fc.uuid(),
  );
  const query = fc.option(
    fc.dictionary(
      fc.string({ maxLength: 10 }),
      oddText.map((t) => t.slice(0, 300)),
      { maxKeys: 3 },
    ),
  );
  return fc.tuple(fc.array(segment, { minLength: 4, maxLength: 4 }), query).map(([values, params]) => {
    let index = 0;
    const path = route.url.replace(/:\w+/g, () => values[index++ % values.length] ?? 'x');
    const search = params ? new URLSearchParams(params as Record<string, string>).toString() : '';
    return search ? `${path}?${search}` : path;
  });
}

const seedOf = (key: string) =>
  process.env.FUZZ_SEED
    ? Number(process.env.FUZZ_SEED)
    : [...key].reduce((hash, c) => (Math.imul(hash, 31) + c.charCodeAt(0)) | 0, 7);

/** Leaving, signing out and revoking sessions go last: until then the caller keeps their space. */
const isDisruptive = (route: Route) => /sign-out|leave|revoke|sessions\/:|password-reset$/.test(route.url);

describe('fuzzing every route', () => {
  it(`answers ${TOTAL_CASES.toLocaleString('en')} generated bad inputs with a 4xx in the error shape, never a 5xx`, async () => {
    const routes = [...app.routes].sort((a, b) => Number(isDisruptive(a)) - Number(isDisruptive(b)));
    const perRoute = Math.ceil(TOTAL_CASES / routes.length);
    const statuses = new Map<number, number>();
    let cases = 0;
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
      await fc.assert(
        fc.asyncProperty(urls(route), hasBody ? bodies(route) : fc.constant(undefined), async (url, body) => {
          const reply = await member.request(route.method, url, body);
          cases++;
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          expect(reply.status, `${key} at ${url.slice(0, 120)}`).toBeLessThan(500);
          if (reply.status >= 400) {
            expect(typeof reply.body?.error?.code, key).toBe('string');
            expect(typeof reply.body?.error?.message, key).toBe('string');
          }
        }),
        { numRuns: perRoute, seed: seedOf(key), endOnFailure: true },
      );
    }
    expect(cases).toBeGreaterThanOrEqual(TOTAL_CASES);
    expect((await member.get('/api/health')).status).toBe(200);
    console.log(
      `fuzz: ${cases} requests over ${routes.length} routes, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  }, 600_000);
});
