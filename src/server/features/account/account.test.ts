import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authVerification } from '../../platform/auth/tables';
import { Client, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('signing up and in', () => {
  it('creates an account, signs in with an HttpOnly, SameSite=Lax cookie, and knows who you are', async () => {
    const client = new Client(app.http);
    const reply = await client.post('/api/account/sign-up', {
      name: 'Robin',
      email: 'Robin@Example.org',
      password: 'a long enough password',
      timeZone: 'Europe/Berlin',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      name: 'Robin',
      email: 'robin@example.org',
      timeZone: 'Europe/Berlin',
      locale: 'en',
    });
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await client.get('/api/me');
    expect(me.body.email).toBe('robin@example.org');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await signUp(app.http, 'First');
    const client = new Client(app.http);
    const body = { name: 'A', email: 'twice@example.org', password: 'a long enough password' };
    expect((await client.post('/api/account/sign-up', body)).status).toBe(201);
    const again = await new Client(app.http).post('/api/account/sign-up', {
      ...body,
      email: 'TWICE@example.org',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('EMAIL_TAKEN');
  });

  it('asks for a password of at least 10 characters', async () => {
    const reply = await new Client(app.http).post('/api/account/sign-up', {
      name: 'A',
      email: 'short@example.org',
      password: 'short',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields.password).toBe('must be at least 10 characters');
  });

  it('says plainly when the email and password do not match', async () => {
    const { email } = await signUp(app.http, 'Casey');
    const reply = await new Client(app.http).post('/api/account/sign-in', {
      email,
      password: 'not the password',
    });
    expect(reply.status).toBe(401);
    expect(reply.body.error.message).toMatch(/don’t match/);
  });

  it('signs in again after signing out, and a signed-out client is anonymous', async () => {
    const { client, email } = await signUp(app.http, 'Drew');
    expect((await client.post('/api/account/sign-out')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
    const again = await client.post('/api/account/sign-in', { email, password: 'a long enough password' });
    expect(again.status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('throttles sign-in from one address across many accounts', async () => {
    const sprayer = new Client(app.http);
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) {
      statuses.push(
        (await sprayer.post('/api/account/sign-in', { email: `victim${i}@example.org`, password: 'guess' }))
          .status,
      );
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(50);
    expect(statuses.at(-1)).toBe(429);
  });

  it('throttles sign-in per account after ten attempts, and says when to try again', async () => {
    const { email } = await signUp(app.http, 'Eli');
    const attacker = new Client(app.http);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await attacker.post('/api/account/sign-in', { email, password: `guess number ${i}` })).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const blocked = await attacker.post('/api/account/sign-in', {
      email,
      password: 'a long enough password',
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    app.clock.advance(16 * 60_000);
    expect(
      (await attacker.post('/api/account/sign-in', { email, password: 'a long enough password' })).status,
    ).toBe(200);
  });
});

describe('profile', () => {
  it('changes the display name and time zone, and rejects an unknown time zone by name', async () => {
    const { client } = await signUp(app.http, 'Frankie');
    const changed = await client.patch('/api/me', { name: '  Frankie B ', timeZone: 'Asia/Tokyo' });
    expect(changed.status).toBe(200);
    expect((await client.get('/api/me')).body).toMatchObject({ name: 'Frankie B', timeZone: 'Asia/Tokyo' });
    const bad = await client.patch('/api/me', { timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.timeZone).toMatch(/time zone/);
  });
});

describe('sessions', () => {
  it('lists your devices and signs one out from another', async () => {
    const { client: phone, email } = await signUp(app.http, 'Gale');
    const laptop = new Client(app.http);
    await laptop.request(
      'POST',
      '/api/account/sign-in',
      { email, password: 'a long enough password' },
      {
        'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
      },
    );
    const list = await phone.get('/api/sessions');
    expect(list.body).toHaveLength(2);
    const laptopSession = list.body.find((s: { isCurrent: boolean }) => !s.isCurrent);
    expect(laptopSession.device).toBe('Firefox on Windows');
    expect((await phone.delete(`/api/sessions/${laptopSession.id}`)).status).toBe(204);
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(200);
  });

  it('signs out every other device at once', async () => {
    const { client: phone, email } = await signUp(app.http, 'Harper');
    const others = [new Client(app.http), new Client(app.http)];
    for (const other of others)
      await other.post('/api/account/sign-in', { email, password: 'a long enough password' });
    const reply = await phone.post('/api/sessions/revoke-others');
    expect(reply.body.ended).toBe(2);
    for (const other of others) expect((await other.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/sessions')).body).toHaveLength(1);
  });
});

describe('forgotten password', () => {
  const linkIn = (text: string) => text.match(/http:\/\/localhost:3000\/reset-password\?token=([^\s]+)/)?.[1];

  it('emails a one-time link that sets a new password and signs out everywhere', async () => {
    const { client, email } = await signUp(app.http, 'Indy');
    const anonymous = new Client(app.http);
    const asked = await anonymous.post('/api/account/password-reset-request', { email });
    expect(asked.status).toBe(202);
    const mail = app.mail.find((m) => m.to === email);
    expect(mail?.subject).toMatch(/new password/);
    const token = decodeURIComponent(linkIn(mail?.text ?? '') ?? '');
    expect(mail?.html).toContain('reset-password?token=');
    const reset = await anonymous.post('/api/account/password-reset', {
      token,
      password: 'a brand new password',
    });
    expect(reset.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
    const reused = await anonymous.post('/api/account/password-reset', {
      token,
      password: 'yet another password',
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('RESET_LINK_INVALID');
    expect(
      (await anonymous.post('/api/account/sign-in', { email, password: 'a brand new password' })).status,
    ).toBe(200);
  });

  it('makes the link expire an hour after it was sent', async () => {
    const { email } = await signUp(app.http, 'Jo');
    await new Client(app.http).post('/api/account/password-reset-request', { email });
    const token = decodeURIComponent(linkIn(app.mail.find((m) => m.to === email)?.text ?? '') ?? '');
    const [row] = await app.platform.database.db
      .select({ expiresAt: authVerification.expiresAt })
      .from(authVerification)
      .where(eq(authVerification.identifier, `reset-password:${token}`));
    const minutesLeft = ((row?.expiresAt.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(58);
    expect(minutesLeft).toBeLessThanOrEqual(60);
    await app.platform.database.db
      .update(authVerification)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authVerification.identifier, `reset-password:${token}`));
    const late = await new Client(app.http).post('/api/account/password-reset', {
      token,
      password: 'a brand new password',
    });
    expect(late.status).toBe(400);
  });

  it('sends at most three reset links an hour to one account', async () => {
    const { email } = await signUp(app.http, 'Kit');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await new Client(app.http).post('/api/account/password-reset-request', { email })).status,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(app.mail.filter((m) => m.to === email)).toHaveLength(3);
  });

  it('answers the same for an email nobody uses, and sends nothing', async () => {
    const before = app.mail.length;
    const reply = await new Client(app.http).post('/api/account/password-reset-request', {
      email: 'nobody@example.org',
    });
    expect(reply.status).toBe(202);
    expect(app.mail.length).toBe(before);
  });
});
