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

async function startedTalk(mode: 'remote' | 'in_person' = 'remote') {
  const pair = await couple(app.http);
  const { alex, sam } = pair;
  const talk = (
    await alex.client.post('/api/talks', {
      topic: 'How the week felt',
      formatId: 'state-of-us',
      mode,
      startsAt: null,
      turnMinutes: 3,
    })
  ).body;
  await sam.client.post(`/api/talks/${talk.id}/reply`, { answer: 'accept' });
  await alex.client.post(`/api/talks/${talk.id}/rules`);
  const started = await sam.client.post(`/api/talks/${talk.id}/rules`);
  return { ...pair, talkId: talk.id as string, started };
}

const at = (talkId: string, path = '') => `/api/talks/${talkId}${path}`;

describe('inviting to a talk', () => {
  it('asks the partner, who can propose another time that the inviter accepts', async () => {
    const { alex, sam } = await couple(app.http);
    const later = new Date(app.clock.now().getTime() + 60 * MIN).toISOString();
    const invited = await alex.client.post('/api/talks', {
      topic: 'Money for the holidays',
      formatId: 'money',
      mode: 'remote',
      startsAt: later,
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ phase: 'invited', turnSeconds: 240, proposedBy: alex.id });
    const evening = new Date(app.clock.now().getTime() + 120 * MIN).toISOString();
    const yesterday = new Date(app.clock.now().getTime() - 24 * 60 * MIN).toISOString();
    const past = await sam.client.post(at(invited.body.id, '/reply'), {
      answer: 'propose',
      startsAt: yesterday,
    });
    expect(past.status).toBe(400);
    const proposed = await sam.client.post(at(invited.body.id, '/reply'), {
      answer: 'propose',
      startsAt: evening,
    });
    expect(proposed.body).toMatchObject({ proposedBy: sam.id, startsAt: evening });
    const again = await sam.client.post(at(invited.body.id, '/reply'), { answer: 'accept' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/partner answers/);
    expect((await alex.client.post(at(invited.body.id, '/reply'), { answer: 'accept' })).body.phase).toBe(
      'rules',
    );
  });

  it('lets the partner decline, and needs a partner in the space at all', async () => {
    const { alex, sam } = await couple(app.http);
    const talk = (
      await alex.client.post('/api/talks', {
        topic: 'Us',
        formatId: 'check-in',
        mode: 'remote',
        startsAt: null,
      })
    ).body;
    expect((await sam.client.post(at(talk.id, '/reply'), { answer: 'decline' })).body.phase).toBe('declined');
    const alone = await signUp(app.http, 'Robin');
    await alone.client.post('/api/space');
    const reply = await alone.client.post('/api/talks', {
      topic: 'Us',
      formatId: 'check-in',
      mode: 'remote',
      startsAt: null,
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('NO_PARTNER');
  });
});

describe('the list of talks', () => {
  it('opens on every talk still going and the ten latest past ones, and shows more when asked', async () => {
    const { alex, sam } = await couple(app.http);
    const talkAbout = async (topic: string) => {
      app.clock.advance(MIN);
      const body = { topic, formatId: 'check-in', mode: 'remote', startsAt: null };
      return (await alex.client.post('/api/talks', body)).body.id as string;
    };
    for (let n = 1; n <= 12; n++)
      await sam.client.post(at(await talkAbout(`Week ${n}`), '/reply'), { answer: 'decline' });
    await talkAbout('Still to come');

    const first = (await sam.client.get('/api/talks')).body;
    expect(first.talks.map((t: { topic: string }) => t.topic)).toEqual([
      'Still to come',
      ...[12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((n) => `Week ${n}`),
    ]);
    expect(first.hasOlder).toBe(true);
    const all = (await sam.client.get('/api/talks?limit=20')).body;
    expect(all.talks).toHaveLength(13);
    expect(all.talks.at(-1).topic).toBe('Week 1');
    expect(all.hasOlder).toBe(false);
    for (const limit of ['0', 'ten', '1001'])
      expect((await sam.client.get(`/api/talks?limit=${limit}`)).status).toBe(400);
  });
});

describe('a remote talk', () => {
  it('runs turn, reflection, "partly", retry, "yes", and switches roles', async () => {
    const { alex, sam, talkId, started } = await startedTalk();
    expect(started.body).toMatchObject({
      phase: 'turn',
      speakerId: alex.id,
      turnNumber: 1,
      remainingMs: 3 * MIN,
    });
    expect((await sam.client.post(at(talkId, '/turn-end'), { text: 'Me first' })).status).toBe(409);
    app.clock.advance(MIN);
    expect((await sam.client.get(at(talkId))).body.remainingMs).toBe(2 * MIN);
    await alex.client.post(at(talkId, '/turn-end'), { text: 'I missed our walks this week.' });
    const noWords = await sam.client.post(at(talkId, '/reflection'), {});
    expect(noWords.status).toBe(400);
    await sam.client.post(at(talkId, '/reflection'), { text: 'You were busy.' });
    const partly = await alex.client.post(at(talkId, '/confirmation'), {
      answer: 'partly',
      text: 'I meant that I missed time with you.',
    });
    expect(partly.body).toMatchObject({ phase: 'reflect', attempt: 2 });
    await sam.client.post(at(talkId, '/reflection'), { text: 'You missed time with me on our walks.' });
    const yes = await alex.client.post(at(talkId, '/confirmation'), { answer: 'yes' });
    expect(yes.body).toMatchObject({ phase: 'turn', speakerId: sam.id, turnNumber: 2 });
    const entries = yes.body.entries;
    expect(entries.map((e: { kind: string }) => e.kind)).toEqual([
      'turn',
      'reflection',
      'clarification',
      'reflection',
    ]);
    expect(entries.filter((e: { isConfirmed: boolean }) => e.isConfirmed)).toHaveLength(1);
    expect((await sam.client.get(at(talkId))).body.entries[0].text).toBe('I missed our walks this week.');
  });

  it('sends both phones a talk.changed event that carries the id and no words', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const talk = (
      await alex.client.post('/api/talks', {
        topic: 'Private words',
        formatId: 'repair',
        mode: 'remote',
        startsAt: null,
      })
    ).body;
    const event = await screen.next((e) => e.type === 'talk.changed');
    expect(event).toEqual({ type: 'talk.changed', talkId: talk.id });
    screen.close();
  });

  it('lets only the author remove their words, and keeps ratings private', async () => {
    const { alex, sam, talkId } = await startedTalk();
    await alex.client.post(at(talkId, '/turn-end'), { text: 'Something I may take back' });
    const entryId = (await alex.client.get(at(talkId))).body.entries[0].id;
    expect((await sam.client.delete(at(talkId, `/entries/${entryId}`))).status).toBe(403);
    expect((await alex.client.delete(at(talkId, `/entries/${entryId}`))).status).toBe(204);
    const removed = (await sam.client.get(at(talkId))).body.entries[0];
    expect(removed).toMatchObject({ text: null, isRemoved: true });

    expect((await alex.client.put(at(talkId, '/rating'), { feltHeard: 4 })).status).toBe(409);
    await sam.client.post(at(talkId, '/finish'));
    expect((await alex.client.put(at(talkId, '/rating'), { feltHeard: 4 })).body.myRating).toBe(4);
    expect((await sam.client.get(at(talkId))).body.myRating).toBeNull();
    const history = (await sam.client.get('/api/talks')).body.talks.find(
      (t: { id: string }) => t.id === talkId,
    );
    expect(history).toMatchObject({
      phase: 'ended',
      turns: 1,
      confirmedReflections: 0,
      topic: 'How the week felt',
    });
  });
});

describe('an in-person talk', () => {
  it('keeps nothing typed: reflections are marked done', async () => {
    const { alex, sam, talkId } = await startedTalk('in_person');
    expect((await alex.client.post(at(talkId, '/turn-end'), { text: 'typed' })).status).toBe(400);
    await alex.client.post(at(talkId, '/turn-end'), {});
    expect((await sam.client.post(at(talkId, '/reflection'), {})).body.phase).toBe('confirm');
    const yes = await alex.client.post(at(talkId, '/confirmation'), { answer: 'yes' });
    expect(yes.body.entries.every((e: { text: string | null }) => e.text === null)).toBe(true);
  });
});

describe('when things go off course', () => {
  it('survives a restart mid-turn: the countdown comes from stored times', async () => {
    const { alex, talkId } = await startedTalk();
    app.clock.advance(90_000);
    const reply = await alex.client.get(at(talkId));
    expect(reply.body.remainingMs).toBe(90_000);
    expect(Date.parse(reply.body.serverNow)).toBe(app.clock.now().getTime());
  });

  it('ends the talk cleanly when a partner leaves the space', async () => {
    const { alex, sam, talkId } = await startedTalk();
    await sam.client.post('/api/space/leave');
    const talk = (await alex.client.get(at(talkId))).body;
    expect(talk).toMatchObject({ phase: 'ended', endReason: 'left' });
    expect((await sam.client.get(at(talkId))).status).toBe(403);
  });

  it('closes a talk nobody touched for a day', async () => {
    const { alex, talkId } = await startedTalk();
    app.clock.advance(24 * 60 * MIN);
    expect((await alex.client.get(at(talkId))).body).toMatchObject({
      phase: 'ended',
      endReason: 'abandoned',
    });
  });

  it('shows nothing of a talk to another space', async () => {
    const { talkId } = await startedTalk();
    const other = await couple(app.http);
    expect((await other.alex.client.get(at(talkId))).status).toBe(404);
    expect((await other.alex.client.post(at(talkId, '/finish'))).status).toBe(404);
  });
});
