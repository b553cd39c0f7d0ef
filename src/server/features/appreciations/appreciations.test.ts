import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple, signUp } from '../../testing/client';
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
const NOTE = 'Thank you for waiting up for me last night.';

describe('appreciations', () => {
  it('reach the partner live, with a notification that names the sender and never the words', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const sent = await alex.client.post('/api/appreciations', { text: NOTE });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ text: NOTE, from: { name: 'Alex', isYou: true }, readAt: null });
    const event = await screen.next((e) => e.type === 'appreciation.changed');
    expect(JSON.stringify(event)).not.toContain('waiting up');
    screen.close();

    const samSees = (await sam.client.get('/api/appreciations')).body;
    expect(samSees.received).toHaveLength(1);
    expect(samSees.received[0]).toMatchObject({ id: sent.body.id, text: NOTE, from: { name: 'Alex' } });
    expect((await alex.client.get('/api/appreciations')).body).toMatchObject({
      received: [],
      sent: [{ id: sent.body.id }],
    });

    const centre = (await sam.client.get('/api/notifications')).body;
    expect(JSON.stringify(centre)).toContain('Alex');
    expect(JSON.stringify(centre)).not.toContain('waiting up');
  });

  it('are marked read by the one they are for, and deleted only by the one who wrote them', async () => {
    const { alex, sam } = await couple(app.http);
    const { id } = (await alex.client.post('/api/appreciations', { text: NOTE })).body;
    expect((await alex.client.post(`/api/appreciations/${id}/read`)).status).toBe(403);
    const read = await sam.client.post(`/api/appreciations/${id}/read`);
    expect(read.body.readAt).not.toBeNull();
    expect((await sam.client.delete(`/api/appreciations/${id}`)).status).toBe(403);
    expect((await sam.client.get('/api/appreciations')).body.received).toHaveLength(1);
    expect((await alex.client.delete(`/api/appreciations/${id}`)).status).toBe(204);
    expect((await sam.client.get('/api/appreciations')).body.received).toHaveLength(0);
  });

  it('stay between the two of them: another space gets "not found"', async () => {
    const { alex } = await couple(app.http);
    const other = await couple(app.http);
    const { id } = (await alex.client.post('/api/appreciations', { text: NOTE })).body;
    expect((await other.sam.client.post(`/api/appreciations/${id}/read`)).status).toBe(404);
    expect((await other.alex.client.delete(`/api/appreciations/${id}`)).status).toBe(404);
    expect(JSON.stringify((await other.sam.client.get('/api/appreciations')).body)).not.toContain(id);
  });

  it('need a partner in the space and a few words', async () => {
    const { alex } = await couple(app.http);
    expect((await alex.client.post('/api/appreciations', { text: '   ' })).status).toBe(400);
    expect((await alex.client.post('/api/appreciations', { text: 'x'.repeat(1001) })).status).toBe(400);
  });
});

describe('small gestures', () => {
  it('are logged from the list or in one’s own words and shared with the partner', async () => {
    const { alex, sam } = await couple(app.http);
    const logged = await alex.client.post('/api/gestures', { kind: 'coffee', isForPartner: true });
    expect(logged.status).toBe(200);
    app.clock.advance(MIN);
    await sam.client.post('/api/gestures', {
      kind: 'custom',
      text: 'Fixed the bike light',
      isForPartner: false,
    });
    const gestures = (await alex.client.get('/api/appreciations')).body.gestures;
    expect(gestures).toMatchObject([
      { kind: 'custom', text: 'Fixed the bike light', by: { name: 'Sam', isYou: false } },
      { kind: 'coffee', isForPartner: true, by: { name: 'Alex', isYou: true } },
    ]);
    expect((await alex.client.post('/api/gestures', { kind: 'custom', isForPartner: false })).status).toBe(
      400,
    );
    expect((await alex.client.post('/api/gestures', { kind: 'flowers', isForPartner: false })).status).toBe(
      400,
    );
    const other = await couple(app.http);
    expect((await other.alex.client.get('/api/appreciations')).body.gestures).toEqual([]);
  });
});

describe('joining a partner after starting alone', () => {
  it('brings the gestures and wins logged alone into the shared space', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    await alex.client.post('/api/space');
    await sam.client.post('/api/space');
    await sam.client.post('/api/wins', { text: 'I went for a walk to cool down' });
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    await sam.client.post('/api/space/join', { token: link.split('/join/')[1] });
    expect(JSON.stringify((await alex.client.get('/api/wins')).body)).toContain(
      'I went for a walk to cool down',
    );
  });
});

describe('wins', () => {
  it('can be noticed by hand and show on both walls, newest first', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    await alex.client.post('/api/wins', { text: 'We laughed at dinner' });
    await screen.next((e) => e.type === 'win.changed');
    screen.close();
    app.clock.advance(MIN);
    await sam.client.post('/api/wins', { text: 'A calm Sunday' });
    const wall = (await alex.client.get('/api/wins')).body.wins;
    expect(wall.map((w: { text: string }) => w.text)).toEqual(['A calm Sunday', 'We laughed at dinner']);
    expect((await sam.client.get('/api/wins')).body.wins).toHaveLength(2);
  });

  it('open on the latest twenty, and show older ones when asked', async () => {
    const { alex, sam } = await couple(app.http);
    for (let n = 1; n <= 22; n++) {
      app.clock.advance(MIN);
      await alex.client.post('/api/wins', { text: `Win ${n}` });
    }
    const first = (await sam.client.get('/api/wins')).body;
    expect(first.wins).toHaveLength(20);
    expect([first.wins[0].text, first.wins[19].text]).toEqual(['Win 22', 'Win 3']);
    expect(first.hasOlder).toBe(true);
    const all = (await sam.client.get('/api/wins?limit=40')).body;
    expect(all.wins.map((w: { text: string }) => w.text).slice(-2)).toEqual(['Win 2', 'Win 1']);
    expect(all.hasOlder).toBe(false);
    expect((await sam.client.get('/api/wins?limit=-1')).status).toBe(400);
  });

  it('are recorded when a reflection is confirmed “yes, that’s it”', async () => {
    const { alex, sam } = await couple(app.http);
    const talk = (
      await alex.client.post('/api/talks', {
        topic: 'Our week',
        formatId: 'state-of-us',
        mode: 'remote',
        startsAt: null,
      })
    ).body;
    const at = (path: string) => `/api/talks/${talk.id}${path}`;
    await sam.client.post(at('/reply'), { answer: 'accept' });
    await alex.client.post(at('/rules'));
    await sam.client.post(at('/rules'));
    await alex.client.post(at('/turn-end'), { text: 'I missed our walks.' });
    await sam.client.post(at('/reflection'), { text: 'You missed walking with me.' });
    await alex.client.post(at('/confirmation'), { answer: 'partly', text: 'Mostly the talking.' });
    expect((await alex.client.get('/api/wins')).body.wins).toEqual([]);
    await sam.client.post(at('/reflection'), { text: 'You missed talking on our walks.' });
    expect((await alex.client.post(at('/confirmation'), { answer: 'yes' })).status).toBe(200);
    const wins = (await sam.client.get('/api/wins')).body.wins;
    expect(wins).toMatchObject([{ source: 'reflection', by: { name: 'Alex' }, text: null }]);
    expect(JSON.stringify(wins)).not.toContain('walks');
  });

  it('are recorded when a pause is honoured on time, and not when it is late', async () => {
    const { alex, sam } = await couple(app.http);
    const pause = (await alex.client.post('/api/pause', { minutes: 1 })).body.pause;
    app.clock.advance(MIN);
    expect((await sam.client.post(`/api/pause/${pause.id}/return`)).body.pause.isOnTime).toBe(true);
    expect((await alex.client.get('/api/wins')).body.wins).toMatchObject([{ source: 'pause' }]);

    const late = (await alex.client.post('/api/pause', { minutes: 1 })).body.pause;
    app.clock.advance(60 * MIN);
    expect((await alex.client.post(`/api/pause/${late.id}/return`)).body.pause.isOnTime).toBe(false);
    expect((await alex.client.get('/api/wins')).body.wins).toHaveLength(1);
  });
});
