import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

// Two app instances behind one load balancer share one PostgreSQL: an event raised on one must
// reach a screen connected to the other.
let first: TestApp;
let second: TestApp;
let screen: LiveClient | null = null;

beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({}, first);
  await second.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  screen?.close();
  await second.close();
  await first.close();
});

it("delivers the partner's arrival on one instance to the inviter's screen on the other", async () => {
  const alex = await signUp(first.http, 'Alex');
  const sam = await signUp(first.http, 'Sam');
  await alex.client.post('/api/space');
  const link = (await alex.client.post('/api/space/invites')).body.link as string;
  screen = new LiveClient((second.http.server.address() as AddressInfo).port, alex.client);
  await screen.next((e) => e.type === 'hello');
  await sam.client.post('/api/space/join', { token: link.split('/join/')[1] });
  // Other events (the invitation being made) may arrive first; the arrival must come.
  const joined = await screen.next((e) => e.type === 'space.changed' && e.reason === 'joined');
  expect(joined).toEqual({ type: 'space.changed', reason: 'joined' });
});
