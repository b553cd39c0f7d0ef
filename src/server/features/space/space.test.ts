import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const tokenOf = (link: string) => link.split('/join/')[1] ?? '';
const DAY = 24 * 60 * 60 * 1000;

describe('starting a space', () => {
  it('lets one person start alone, and home shows the space with just them', async () => {
    const { client } = await signUp(app.http, 'Alex');
    expect((await client.get('/api/home')).body.space).toBeNull();
    const created = await client.post('/api/space');
    expect(created.status).toBe(201);
    const home = await client.get('/api/home');
    expect(home.body.space.members).toEqual([expect.objectContaining({ name: 'Alex', isYou: true })]);
    const twice = await client.post('/api/space');
    expect(twice.status).toBe(409);
  });

  it('asks someone without a space to start or join one before using it', async () => {
    const { client } = await signUp(app.http, 'Nobody');
    const reply = await client.get('/api/space');
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('NO_SPACE');
  });
});

describe('inviting the partner', () => {
  it('joins by the link: both see each other, and the link works once', async () => {
    const { alex, sam } = await couple(app.http);
    const alexSpace = (await alex.client.get('/api/space')).body;
    expect(alexSpace.members.map((m: { name: string }) => m.name)).toEqual(['Alex', 'Sam']);
    expect(alexSpace.pendingInvite).toBeNull();
    const samSpace = (await sam.client.get('/api/space')).body;
    expect(samSpace.id).toBe(alexSpace.id);
    expect(samSpace.members.find((m: { isYou: boolean }) => m.isYou).name).toBe('Sam');
  });

  it('joins by the short code typed in any case, with or without the dash', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    await alex.client.post('/api/space');
    const invite = (await alex.client.post('/api/space/invites')).body;
    expect(invite.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const typed = ` ${invite.code.toLowerCase().replace('-', ' ')} `;
    const joined = await sam.client.post('/api/space/join', { code: typed });
    expect(joined.status).toBe(200);
    expect(joined.body.members).toHaveLength(2);
  });

  it('shows who invited you before you join, and nothing once the link is used', async () => {
    const alex = await signUp(app.http, 'Alex');
    await alex.client.post('/api/space');
    const invite = (await alex.client.post('/api/space/invites')).body;
    const preview = await (await signUp(app.http, 'Sam')).client.get(`/api/invites/${tokenOf(invite.link)}`);
    expect(preview.body.inviterName).toBe('Alex');
    const sam = await signUp(app.http, 'Sam');
    await sam.client.post('/api/space/join', { token: tokenOf(invite.link) });
    const again = await sam.client.get(`/api/invites/${tokenOf(invite.link)}`);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toMatch(/Ask your partner to send a new one/);
  });

  it('stops an invitation working after 7 days', async () => {
    const alex = await signUp(app.http, 'Alex');
    await alex.client.post('/api/space');
    const invite = (await alex.client.post('/api/space/invites')).body;
    expect(new Date(invite.expiresAt).getTime() - app.clock.now().getTime()).toBe(7 * DAY);
    app.clock.advance(7 * DAY + 1000);
    const sam = await signUp(app.http, 'Sam');
    const late = await sam.client.post('/api/space/join', { token: tokenOf(invite.link) });
    expect(late.status).toBe(404);
    expect(late.body.error.code).toBe('INVITE_NOT_USABLE');
  });

  it('lets the inviter withdraw an invitation, and a new one replaces the old', async () => {
    const alex = await signUp(app.http, 'Alex');
    await alex.client.post('/api/space');
    const first = (await alex.client.post('/api/space/invites')).body;
    const second = (await alex.client.post('/api/space/invites')).body;
    const sam = await signUp(app.http, 'Sam');
    expect((await sam.client.post('/api/space/join', { token: tokenOf(first.link) })).status).toBe(404);
    expect((await alex.client.get('/api/space')).body.pendingInvite.id).toBe(second.id);
    expect((await alex.client.delete(`/api/space/invites/${second.id}`)).status).toBe(204);
    expect((await sam.client.post('/api/space/join', { token: tokenOf(second.link) })).status).toBe(404);
    expect((await alex.client.get('/api/space')).body.pendingInvite).toBeNull();
  });

  it('holds two people at most', async () => {
    const { alex } = await couple(app.http);
    const third = await alex.client.post('/api/space/invites');
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('SPACE_FULL');
  });

  it('does not let the inviter use their own invitation', async () => {
    const alex = await signUp(app.http, 'Alex');
    await alex.client.post('/api/space');
    const invite = (await alex.client.post('/api/space/invites')).body;
    const reply = await alex.client.post('/api/space/join', { token: tokenOf(invite.link) });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('OWN_INVITE');
  });

  it('lets someone who started alone join their partner instead', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    await alex.client.post('/api/space');
    await sam.client.post('/api/space');
    const invite = (await alex.client.post('/api/space/invites')).body;
    const joined = await sam.client.post('/api/space/join', { token: tokenOf(invite.link) });
    expect(joined.status).toBe(200);
    expect((await sam.client.get('/api/space')).body.members).toHaveLength(2);
  });

  it('refuses to join a second partner while sharing a space with someone', async () => {
    const { sam } = await couple(app.http);
    const other = await signUp(app.http, 'Other');
    await other.client.post('/api/space');
    const invite = (await other.client.post('/api/space/invites')).body;
    const reply = await sam.client.post('/api/space/join', { token: tokenOf(invite.link) });
    expect(reply.status).toBe(409);
    expect(reply.body.error.message).toMatch(/Leave it first/);
  });

  it('throttles guessing codes', async () => {
    const guesser = await signUp(app.http, 'Guesser');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await guesser.client.post('/api/space/join', { code: `ABCD-EFG${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('leaving', () => {
  it('leaves the partner with the space; the one who left can start again', async () => {
    const { alex, sam } = await couple(app.http);
    expect((await sam.client.post('/api/space/leave')).status).toBe(204);
    expect((await sam.client.get('/api/home')).body.space).toBeNull();
    const alexSpace = (await alex.client.get('/api/space')).body;
    expect(alexSpace.members.map((m: { name: string }) => m.name)).toEqual(['Alex']);
    expect((await sam.client.post('/api/space')).status).toBe(201);
    expect((await alex.client.post('/api/space/invites')).status).toBe(201);
  });
});
