import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

type Item = { id: string; text: string; source: string; status: string; isShared: boolean };
const mine = async (client: Client) => (await client.get('/api/commitments')).body.mine as Item[];
const partners = async (client: Client) => (await client.get('/api/commitments')).body.partners as Item[];

/** A talk Alex invites Sam to at `startsAt` (ISO), which Sam accepts. */
async function agreedTalk(alex: Client, sam: Client, startsAt: string, topic = 'Evenings') {
  const talk = (await alex.post('/api/talks', { topic, formatId: 'check-in', mode: 'remote', startsAt }))
    .body;
  expect((await sam.post(`/api/talks/${talk.id}/reply`, { answer: 'accept' })).body.phase).toBe('rules');
  return talk.id as string;
}

async function begin(alex: Client, sam: Client, talkId: string) {
  await alex.post(`/api/talks/${talkId}/rules`);
  expect((await sam.post(`/api/talks/${talkId}/rules`)).body.phase).toBe('turn');
}

describe('follow-through', () => {
  it('puts a sent repair’s plan on its author’s own list, private until they share it', async () => {
    const { alex, sam } = await couple(app.http);
    const draft = await alex.client.post('/api/repairs', {
      apology: 'I am sorry I snapped at you.',
      understanding: 'You had a long day and needed quiet.',
      plan: 'I will tell you when I need a minute instead of snapping.',
    });
    expect(await mine(alex.client)).toEqual([]);
    await alex.client.post(`/api/repairs/${draft.body.id}/send`);
    const [kept] = await mine(alex.client);
    expect(kept).toMatchObject({
      text: 'I will tell you when I need a minute instead of snapping.',
      source: 'repair',
      sourceId: draft.body.id,
      status: 'open',
      isShared: false,
    });
    // Sam received the repair, but Alex's list is Alex's.
    expect(await mine(sam.client)).toEqual([]);
    expect(await partners(sam.client)).toEqual([]);
    expect((await sam.client.patch(`/api/commitments/${kept?.id}`, { status: 'done' })).status).toBe(404);

    const shared = await alex.client.patch(`/api/commitments/${kept?.id}`, { isShared: true });
    expect(shared.body.isShared).toBe(true);
    expect((await partners(sam.client)).map((c) => c.text)).toEqual([kept?.text]);
    const notTheirs = await sam.client.patch(`/api/commitments/${kept?.id}`, { status: 'not_done' });
    expect(notTheirs.status).toBe(403);
    expect((await sam.client.delete(`/api/commitments/${kept?.id}`)).status).toBe(403);
    expect((await mine(alex.client))[0]?.status).toBe('open');
  });

  it('puts each partner’s after-a-fight plan on their own list, once', async () => {
    const { alex, sam } = await couple(app.http);
    const id = (await alex.client.post('/api/after-fights')).body.id as string;
    await sam.client.post(`/api/after-fights/${id}/join`);
    const step = (who: Client, name: string, body: object) =>
      who.post(`/api/after-fights/${id}/steps/${name}`, body);
    await step(alex.client, 'feelings', { feelings: ['hurt'] });
    await step(sam.client, 'feelings', { feelings: ['tired'] });
    for (const name of ['account', 'triggers', 'ownPart']) {
      await step(alex.client, name, { text: `Alex at ${name}` });
      await step(sam.client, name, { text: `Sam at ${name}` });
    }
    await step(alex.client, 'plan', { text: 'I put my phone away at dinner.' });
    await step(sam.client, 'plan', { text: 'I say when I am tired before it turns sharp.' });
    // A second plan from Alex is refused by the conversation and adds nothing to the list.
    expect((await step(alex.client, 'plan', { text: 'Again' })).status).toBe(409);
    expect((await mine(alex.client)).map((c) => [c.source, c.text])).toEqual([
      ['after_fight', 'I put my phone away at dinner.'],
    ]);
    expect((await mine(sam.client)).map((c) => c.text)).toEqual([
      'I say when I am tired before it turns sharp.',
    ]);
  });

  it('keeps what was said in a talk with the talk’s topic, done or not, with its day checked', async () => {
    const { alex, sam } = await couple(app.http);
    const other = await couple(app.http);
    const talkId = await agreedTalk(
      alex.client,
      sam.client,
      new Date(app.clock.now().getTime() + 5 * MIN).toISOString(),
    );
    const strangersTalk = await agreedTalk(
      other.alex.client,
      other.sam.client,
      new Date(app.clock.now().getTime() + 5 * MIN).toISOString(),
    );
    const words = { text: 'I plan Saturday', dueOn: '2026-03-07', isShared: true };
    expect((await alex.client.post('/api/commitments', { ...words, talkId: strangersTalk })).status).toBe(
      404,
    );
    const badDay = await alex.client.post('/api/commitments', { ...words, dueOn: '2026-02-30' });
    expect(badDay.status).toBe(400);
    expect(badDay.body.error.fields).toEqual({ dueOn: 'that day does not exist on the calendar' });

    const added = await alex.client.post('/api/commitments', { ...words, talkId });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      source: 'talk',
      sourceId: talkId,
      sourceTitle: 'Evenings',
      dueOn: '2026-03-07',
    });
    expect((await partners(sam.client)).map((c) => c.text)).toEqual(['I plan Saturday']);

    app.clock.advance(MIN);
    const done = await alex.client.patch(`/api/commitments/${added.body.id}`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', settledAt: app.clock.now().toISOString() });
    app.clock.advance(MIN);
    const reworded = await alex.client.patch(`/api/commitments/${added.body.id}`, { text: 'I plan Sunday' });
    // Rewording keeps the moment it was settled; reopening clears it.
    expect(reworded.body).toMatchObject({
      status: 'done',
      settledAt: done.body.settledAt,
      text: 'I plan Sunday',
    });
    const reopened = await alex.client.patch(`/api/commitments/${added.body.id}`, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', settledAt: null });
    expect((await alex.client.patch(`/api/commitments/${added.body.id}`, {})).status).toBe(400);

    expect((await alex.client.delete(`/api/commitments/${added.body.id}`)).status).toBe(204);
    expect(await mine(alex.client)).toEqual([]);
    expect(await partners(sam.client)).toEqual([]);
  });

  it('reminds its person alone on the morning of its day, unless it was settled or moved first', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam } = await couple(app.http);
    const due = async (client: Client) =>
      (
        (await client.get('/api/notifications')).body.items as Array<{
          title: string;
          body: string;
          link: string;
        }>
      ).filter((n) => n.title === 'Today is a day you gave yourself');
    const words = 'Ring the landlord about the heating';
    const kept = await alex.client.post('/api/commitments', {
      text: words,
      dueOn: '2026-03-04',
      isShared: true,
    });
    const settled = await alex.client.post('/api/commitments', {
      text: 'Book the dentist',
      dueOn: '2026-03-04',
      isShared: false,
    });
    const moved = await alex.client.post('/api/commitments', {
      text: 'Sort the photos',
      dueOn: '2026-03-04',
      isShared: false,
    });
    // Today's morning has passed in Berlin (10:00): nothing is planned for a day the person just chose.
    await alex.client.post('/api/commitments', {
      text: 'Water the plants',
      dueOn: '2026-03-02',
      isShared: false,
    });
    await alex.client.patch(`/api/commitments/${settled.body.id}`, { status: 'done' });
    await alex.client.patch(`/api/commitments/${moved.body.id}`, { dueOn: '2026-03-05' });

    // 09:00 in Berlin on the 4th is 08:00 UTC.
    app.clock.set(new Date('2026-03-04T07:59:00Z'));
    await app.platform.jobs.runDue();
    expect(await due(alex.client)).toEqual([]);
    app.clock.set(new Date('2026-03-04T08:00:00Z'));
    await app.platform.jobs.runDue();
    const reminded = await due(alex.client);
    expect(reminded).toEqual([expect.objectContaining({ link: '/commitments' })]);
    expect(JSON.stringify(reminded)).not.toContain('landlord');
    // Shared or not, the reminder is Alex's own.
    expect(await due(sam.client)).toEqual([]);
    app.clock.set(new Date('2026-03-05T08:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await due(alex.client)).toHaveLength(2);
    expect(kept.status).toBe(201);
  });

  it('counts talks begun at the agreed time and commitments done in one’s own insights only', async () => {
    const { alex, sam } = await couple(app.http);
    const inThreeDays = new Date(app.clock.now().getTime() + 3 * DAY).toISOString();
    const kept = await agreedTalk(alex.client, sam.client, inThreeDays, 'Kept');
    const missed = await agreedTalk(
      alex.client,
      sam.client,
      new Date(app.clock.now().getTime() + 3 * DAY + 2 * 60 * MIN).toISOString(),
      'Missed',
    );
    // Agreed days ahead, the talk waits for its time instead of closing after a quiet day.
    app.clock.advance(3 * DAY + 10 * MIN);
    expect((await alex.client.get(`/api/talks/${kept}`)).body.phase).toBe('rules');
    await begin(alex.client, sam.client, kept);
    app.clock.advance(4 * 60 * MIN);
    expect((await alex.client.get(`/api/talks/${missed}`)).body.phase).toBe('rules');

    const promised = await alex.client.post('/api/commitments', {
      text: 'Call your mother back',
      dueOn: null,
      isShared: false,
    });
    const other = await alex.client.post('/api/commitments', {
      text: 'Fix the shelf',
      dueOn: null,
      isShared: false,
    });
    await alex.client.patch(`/api/commitments/${promised.body.id}`, { status: 'done' });
    await alex.client.patch(`/api/commitments/${other.body.id}`, { status: 'not_done' });
    await alex.client.post('/api/commitments', { text: 'Still open', dueOn: null, isShared: false });

    const week = (await alex.client.get('/api/insights')).body.responsiveness.at(-1);
    expect(week.talkTimes).toEqual({ done: 1, of: 2 });
    expect(week.commitments).toEqual({ done: 1, of: 2 });
    const samWeek = (await sam.client.get('/api/insights')).body.responsiveness.at(-1);
    // The talks were Sam's too; Alex's list is not.
    expect(samWeek.talkTimes).toEqual({ done: 1, of: 2 });
    expect(samWeek.commitments).toEqual({ done: 0, of: 0 });
  });
});
