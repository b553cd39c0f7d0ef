import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveClose } from '../../../core/contracts/live';
import { Client, signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
let port: number;
const sockets: LiveClient[] = [];
const open = (client: Client | null, origin?: string) => {
  const socket = new LiveClient(port, client, origin);
  sockets.push(socket);
  return socket;
};

beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  port = (app.http.server.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await app.close();
});

describe('the live channel', () => {
  it('refuses a screen that is not signed in', async () => {
    expect(await open(null).closed()).toBe(LiveClose.signedOut);
  });

  it('refuses a connection opened from another site', async () => {
    const { client } = await signUp(app.http, 'Alex');
    expect(await open(client, 'https://evil.example').closed()).toBe(LiveClose.foreignOrigin);
  });

  it("updates the inviter's screen the moment the partner joins", async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    await alex.client.post('/api/space');
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    const screen = open(alex.client);
    await screen.next((e) => e.type === 'hello');
    await sam.client.post('/api/space/join', { token: link.split('/join/')[1] });
    // Other events (the invitation being made) may arrive first; the arrival must come.
    const joined = await screen.next((e) => e.type === 'space.changed' && e.reason === 'joined');
    expect(joined).toEqual({ type: 'space.changed', reason: 'joined' });
  });

  it('greets a new screen with how long ago the last event went out to its person, if lately', async () => {
    const alex = await signUp(app.http, 'Alex');
    const first = await open(alex.client).next((e) => e.type === 'hello');
    expect(first).toMatchObject({ personId: alex.id, lastEventMsAgo: null });
    await alex.client.post('/api/space');
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    expect(link).toContain('/join/');
    const screen = open(alex.client);
    const second = await screen.next((e) => e.type === 'hello');
    expect(second.type === 'hello' && second.lastEventMsAgo).toEqual(expect.any(Number));
    expect(second.type === 'hello' && (second.lastEventMsAgo ?? Infinity) < 60_000).toBe(true);
  });

  it('sends nothing about a space to someone outside it', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    const stranger = await signUp(app.http, 'Kim');
    await alex.client.post('/api/space');
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    const strangerScreen = open(stranger.client);
    const alexScreen = open(alex.client);
    await Promise.all([
      strangerScreen.next((e) => e.type === 'hello'),
      alexScreen.next((e) => e.type === 'hello'),
    ]);
    await sam.client.post('/api/space/join', { token: link.split('/join/')[1] });
    await alexScreen.next((e) => e.type === 'space.changed' && e.reason === 'joined');
    expect(strangerScreen.events.map((e) => e.type)).toEqual(['hello']);
  });

  it('closes the screens of a session that was signed out elsewhere', async () => {
    const { client: phone, email } = await signUp(app.http, 'Alex');
    const laptop = new Client(app.http);
    await laptop.post('/api/account/sign-in', { email, password: 'a long enough password' });
    const laptopScreen = open(laptop);
    await laptopScreen.next((e) => e.type === 'hello');
    const laptopSession = (await phone.get('/api/sessions')).body.find(
      (s: { isCurrent: boolean }) => !s.isCurrent,
    );
    await phone.delete(`/api/sessions/${laptopSession.id}`);
    expect(await laptopScreen.closed()).toBe(LiveClose.signedOut);
  });
});
