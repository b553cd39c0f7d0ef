import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('says it is up and which database it runs on', async () => {
  const reply = await new Client(app.http).get('/api/health');
  expect(reply.status).toBe(200);
  expect(reply.body).toEqual({
    status: 'ok',
    database: process.env.TEST_DB === 'postgres' ? 'postgresql' : 'pglite',
  });
});

it('describes every route in OpenAPI 3.1, generated from the same schemas', async () => {
  const doc = (await new Client(app.http).get('/api/docs')).body;
  expect(doc.openapi).toBe('3.1.0');
  for (const route of app.routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
  }
  const signUp = doc.paths['/api/account/sign-up'].post;
  expect(signUp.requestBody.content['application/json'].schema.required).toEqual(
    expect.arrayContaining(['name', 'email', 'password']),
  );
  expect(doc.paths['/api/sessions/{sessionId}'].delete.parameters[0]).toMatchObject({
    name: 'sessionId',
    in: 'path',
  });
});
