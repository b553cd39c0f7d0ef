import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
let secure: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  secure = await startTestApp({ publicUrl: new URL('https://tend.example.org') });
});
afterAll(async () => {
  await app.close();
  await secure.close();
});

describe('cross-site requests', () => {
  it('refuses a state-changing request from another site, with a reason', async () => {
    const { client } = await signUp(app.http, 'Alex');
    const forged = await client.request(
      'PATCH',
      '/api/me',
      { name: 'Mallory' },
      { origin: 'https://evil.example' },
    );
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('FOREIGN_ORIGIN');
    const sneaky = await client.request(
      'POST',
      '/api/space',
      {},
      { origin: '', 'sec-fetch-site': 'cross-site' },
    );
    expect(sneaky.status).toBe(403);
    expect((await client.get('/api/me')).body.name).toBe('Alex');
  });

  it('accepts the same request from Tend itself, including its loopback twin', async () => {
    const { client } = await signUp(app.http, 'Alex');
    expect(
      (await client.request('PATCH', '/api/me', { name: 'Al' }, { origin: 'http://127.0.0.1:3000' })).status,
    ).toBe(200);
  });
});

describe('headers', () => {
  it('sends a Content-Security-Policy without unsafe-inline, and no HSTS over plain http', async () => {
    const reply = await new Client(app.http).get('/api/health');
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(reply.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends them on a refusal and on an address that does not exist too', async () => {
    const stranger = new Client(app.http);
    const refused = await stranger.get('/api/me');
    const missing = await stranger.get('/api/nowhere');
    expect([refused.status, missing.status]).toEqual([401, 404]);
    for (const reply of [refused, missing])
      expect(reply.headers).toMatchObject({
        'content-security-policy': expect.stringContaining("object-src 'none'"),
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
  });

  it('behind https marks the session cookie Secure and asks browsers to stay on https', async () => {
    const client = new Client(secure.http, 'https://tend.example.org');
    const reply = await client.post('/api/account/sign-up', {
      name: 'Alex',
      email: 'secure@example.org',
      password: 'a long enough password',
    });
    expect(reply.status).toBe(201);
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(reply.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });
});
