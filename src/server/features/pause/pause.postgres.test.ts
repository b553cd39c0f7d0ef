import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { couple } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

// One partner's phone is connected to one app instance, the other asks for a pause through
// another: the pause must still reach the first screen at once.
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

it("delivers a pause asked for on one instance to the partner's screen on the other", async () => {
  const { alex, sam } = await couple(first.http);
  screen = new LiveClient((second.http.server.address() as AddressInfo).port, sam.client);
  await screen.next((e) => e.type === 'hello');
  const pause = (await alex.client.post('/api/pause', { minutes: 20 })).body.pause;
  expect(await screen.next((e) => e.type === 'pause.changed')).toEqual({
    type: 'pause.changed',
    pauseId: pause.id,
  });
  // The second instance reads the same pause, with the same return time.
  const onSecond = await second.http.inject({
    method: 'GET',
    url: '/api/pause',
    headers: { cookie: sam.client.cookieHeader() },
  });
  expect(JSON.parse(onSecond.body).pause).toMatchObject({ id: pause.id, returnAt: pause.returnAt });
});
