import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, couple } from '../../testing/client';
import { fieldsOf } from '../../testing/route-fields';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { Route } from './route';

let app: TestApp;
let member: Client;

beforeAll(async () => {
  app = await startTestApp();
  member = (await couple(app.http)).alex.client;
});
afterAll(() => app.close());

const oddStrings = [
  '',
  ' ',
  'x'.repeat(10_000),
  '\u0000\u0007\u001b[31m',
  '\ud800 lone surrogate',
  '🙂‍↔️👩🏽‍❤️‍💋‍👨🏿 zalgo: t̸̡̛e̷͉̕x̴̨̛t̵̢̛',
  "'; drop table person; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'null',
];
const wrongTypes: unknown[] = [12345, -1.5, true, null, [], {}, ['a'], { nested: { deep: 1 } }];

/** Bad bodies for a route: wrong shapes, wrong types per field, unknown fields, odd text. */
function badBodies(route: Route): unknown[] {
  const bodies: unknown[] = [[], 'text', 42, null, true, { unknownField: 1 }];
  for (const field of fieldsOf(route.body)) {
    for (const value of wrongTypes) bodies.push({ [field]: value });
    for (const value of oddStrings) bodies.push({ [field]: value });
  }
  return bodies;
}

function badUrls(route: Route): string[] {
  if (!route.url.includes(':')) return [];
  const values = [
    '%00',
    'x'.repeat(300),
    '%F0%9F%99%82',
    "'%20or%201=1",
    '..%2F..%2Fetc',
    '-1',
    '0'.repeat(36),
  ];
  return values.map((v) => route.url.replace(/:\w+/g, v));
}

function expectErrorShape(
  reply: { status: number; body: { error?: { code?: unknown; message?: unknown } } },
  label: string,
) {
  expect(reply.status, label).toBeGreaterThanOrEqual(400);
  expect(reply.status, label).toBeLessThan(500);
  expect(typeof reply.body.error?.code, label).toBe('string');
  expect(typeof reply.body.error?.message, label).toBe('string');
}

describe('bad input on every route', () => {
  it('gets a 4xx in the one error shape for wrong types, missing and unknown fields and odd text', async () => {
    let cases = 0;
    for (const route of app.routes) {
      const label = `${route.method} ${route.url}`;
      if (route.body) {
        for (const body of badBodies(route)) {
          const reply = await member.request(route.method, route.url.replace(/:\w+/g, 'x'.repeat(20)), body);
          // A body that happens to be valid for a route with no required fields is not an error.
          if (reply.status < 400) continue;
          expectErrorShape(reply, `${label} ${JSON.stringify(body).slice(0, 80)}`);
          cases++;
        }
      }
      for (const url of badUrls(route)) {
        const reply = await member.request(route.method, url, route.method === 'GET' ? undefined : {});
        expectErrorShape(reply, `${label} at ${url.slice(0, 80)}`);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(300);
    expect((await member.get('/api/health')).status).toBe(200);
    // Thousands of requests, more with every route: a limit for a stuck server, not a speed goal.
  }, 300_000);

  it('answers malformed JSON, a reserved __proto__ key, a wrong content type and a huge body with a 4xx', async () => {
    const before = (await member.get('/api/me')).body.name;
    const raw = async (payload: string, contentType = 'application/json') =>
      member.request('PATCH', '/api/me', payload, { 'content-type': contentType });
    for (const [payload, type, status] of [
      ['{"name":', 'application/json', 400],
      ['{"__proto__":{"isAdmin":true}}', 'application/json', 400],
      ['{"constructor":{"prototype":{"x":1}}}', 'application/json', 400],
      ['name=Alex', 'application/x-www-form-urlencoded', 415],
      [JSON.stringify({ name: 'x'.repeat(300_000) }), 'application/json', 413],
    ] as const) {
      const reply = await raw(payload, type);
      expect(reply.status, payload.slice(0, 40)).toBe(status);
      expectErrorShape(reply, payload.slice(0, 40));
    }
    expect((await member.get('/api/me')).body.name).toBe(before);
  });

  it('names an unknown path in the error shape', async () => {
    const reply = await member.get('/api/no-such-thing');
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('NOT_FOUND');
  });
});

describe('unexpected errors', () => {
  it('answer "Something went wrong" and log the cause without the words a person wrote', async () => {
    const secret = 'my partner never listens to me';
    // Make the database refuse exactly this name, so the failing query carries the person's words.
    await app.platform.database.db.execute(
      sql.raw(`alter table person add constraint refuse_this check (name <> '${secret}')`),
    );
    const reply = await member.patch('/api/me', { name: secret });
    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({ error: { code: 'INTERNAL', message: 'Something went wrong' } });
    const logged = app.logs.join('\n');
    expect(logged).toContain('unexpected error');
    expect(logged).toContain('refuse_this');
    expect(logged).not.toContain(secret);
    await app.platform.database.db.execute(sql.raw('alter table person drop constraint refuse_this'));
  });
});
