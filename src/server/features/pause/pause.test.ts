import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

const MIN = 60_000;
const port = () => (app.http.server.address() as AddressInfo).port;

describe('asking for a pause', () => {
  it('tells the partner at once, with who asked and the return time', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const asked = await alex.client.post('/api/pause', { minutes: 20 });
    expect(asked.status).toBe(200);
    const { pause } = asked.body;
    expect(Date.parse(pause.returnAt) - Date.parse(pause.startedAt)).toBe(20 * MIN);
    expect(await screen.next((e) => e.type === 'pause.changed')).toEqual({
      type: 'pause.changed',
      pauseId: pause.id,
    });
    const seen = (await sam.client.get('/api/pause')).body.pause;
    expect(seen).toMatchObject({ id: pause.id, phase: 'resting', remainingMs: 20 * MIN, canExtend: false });
    expect(seen.askedBy).toEqual({ id: alex.id, name: 'Alex', isYou: false });
    screen.close();
  });

  it('gives the second one who asks the pause already running', async () => {
    const { alex, sam } = await couple(app.http);
    const [first, second] = await Promise.all([
      alex.client.post('/api/pause', { minutes: 1 }),
      sam.client.post('/api/pause', { minutes: 30 }),
    ]);
    expect(first.body.pause.id).toBe(second.body.pause.id);
  });

  it('asks both whether they are ready once the return time comes, and records it as on time', async () => {
    const { alex, sam } = await couple(app.http);
    const pause = (await alex.client.post('/api/pause', { minutes: 1 })).body.pause;
    expect((await sam.client.post(`/api/pause/${pause.id}/return`)).status).toBe(409);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    app.clock.advance(MIN);
    expect((await alex.client.get('/api/pause')).body.pause.phase).toBe('due');
    await screen.next((e) => e.type === 'pause.changed');
    const back = await sam.client.post(`/api/pause/${pause.id}/return`);
    expect(back.body.pause).toMatchObject({ phase: 'over', isOnTime: true });
    expect((await alex.client.get('/api/pause')).body.pause).toBeNull();
    screen.close();
  });

  it('lets only the one who asked extend once, or end early', async () => {
    const { alex, sam } = await couple(app.http);
    const pause = (await alex.client.post('/api/pause', { minutes: 20 })).body.pause;
    expect((await sam.client.post(`/api/pause/${pause.id}/extend`, { minutes: 10 })).status).toBe(403);
    const extended = (await alex.client.post(`/api/pause/${pause.id}/extend`, { minutes: 10 })).body.pause;
    expect(Date.parse(extended.returnAt) - Date.parse(pause.returnAt)).toBe(10 * MIN);
    expect(extended.canExtend).toBe(false);
    expect((await alex.client.post(`/api/pause/${pause.id}/extend`, { minutes: 10 })).status).toBe(409);
    expect((await sam.client.post(`/api/pause/${pause.id}/end`)).status).toBe(403);
    expect((await alex.client.post(`/api/pause/${pause.id}/end`)).body.pause.phase).toBe('over');
  });

  it('records a late return as not on time, and closes a forgotten pause after a day', async () => {
    const { alex } = await couple(app.http);
    const late = (await alex.client.post('/api/pause', { minutes: 20 })).body.pause;
    app.clock.advance(60 * MIN);
    expect((await alex.client.post(`/api/pause/${late.id}/return`)).body.pause.isOnTime).toBe(false);
    await alex.client.post('/api/pause', { minutes: 20 });
    app.clock.advance(25 * 60 * MIN);
    expect((await alex.client.get('/api/pause')).body.pause).toBeNull();
  });

  it('starts a fresh pause when the open one was forgotten a day ago, without reading it first', async () => {
    const { alex, sam } = await couple(app.http);
    const forgotten = (await alex.client.post('/api/pause', { minutes: 20 })).body.pause;
    app.clock.advance(25 * 60 * MIN);
    // Nobody opened the pause screen in between: the forgotten pause is still the open row.
    const fresh = (await sam.client.post('/api/pause', { minutes: 30 })).body.pause;
    expect(fresh.id).not.toBe(forgotten.id);
    expect(fresh.askedBy.name).toBe('Sam');
    expect((await alex.client.get('/api/pause')).body.pause.id).toBe(fresh.id);
  });

  it('holds a running talk’s countdown while the pause lasts', async () => {
    const { alex, sam } = await couple(app.http);
    const talk = (
      await alex.client.post('/api/talks', {
        topic: 'Us',
        formatId: 'check-in',
        mode: 'remote',
        startsAt: null,
      })
    ).body;
    await sam.client.post(`/api/talks/${talk.id}/reply`, { answer: 'accept' });
    await alex.client.post(`/api/talks/${talk.id}/rules`);
    await sam.client.post(`/api/talks/${talk.id}/rules`);
    app.clock.advance(MIN);
    const pause = (await sam.client.post('/api/pause', { minutes: 20 })).body.pause;
    app.clock.advance(10 * MIN);
    const held = (await alex.client.get(`/api/talks/${talk.id}`)).body;
    expect(held).toMatchObject({ isFrozen: true, remainingMs: 2 * MIN });
    expect((await alex.client.post(`/api/talks/${talk.id}/turn-end`, { text: 'x' })).status).toBe(409);
    const during = await alex.client.post('/api/talks', {
      topic: 'Later',
      formatId: 'repair',
      mode: 'remote',
      startsAt: null,
    });
    expect(during.status).toBe(409);
    expect(during.body.error.code).toBe('ON_PAUSE');
    await sam.client.post(`/api/pause/${pause.id}/end`);
    app.clock.advance(30_000);
    expect((await alex.client.get(`/api/talks/${talk.id}`)).body).toMatchObject({
      isFrozen: false,
      remainingMs: 90_000,
    });
  });

  it('lifts the pause for the one who stays when the one who asked leaves the space', async () => {
    const { alex, sam } = await couple(app.http);
    await sam.client.post('/api/pause', { minutes: 30 });
    await sam.client.post('/api/space/leave');
    expect((await alex.client.get('/api/pause')).body.pause).toBeNull();
    expect((await alex.client.post('/api/pause', { minutes: 1 })).body.pause.askedBy.name).toBe('Alex');
  });

  it('shows nothing of a pause to another space', async () => {
    const { alex } = await couple(app.http);
    const pause = (await alex.client.post('/api/pause', { minutes: 20 })).body.pause;
    const other = await couple(app.http);
    expect((await other.sam.client.get('/api/pause')).body.pause).toBeNull();
    expect((await other.sam.client.post(`/api/pause/${pause.id}/return`)).status).toBe(404);
  });
});
