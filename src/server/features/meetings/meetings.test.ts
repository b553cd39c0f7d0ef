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

describe('shared goals and the agenda', () => {
  it('are the space’s: either partner adds, changes and removes, and both see them', async () => {
    const { alex, sam } = await couple(app.http);
    const goal = await alex.client.post('/api/meetings/money/goals', { wording: 'Three months of savings' });
    expect(goal.status).toBe(201);
    expect(goal.body.by).toMatchObject({ name: 'Alex', isYou: true });
    const changed = await sam.client.patch(`/api/meeting-goals/${goal.body.id}`, {
      wording: 'Three months of rent saved',
    });
    expect(changed.body).toMatchObject({
      wording: 'Three months of rent saved',
      by: { name: 'Alex', isYou: false },
    });
    const other = await sam.client.post('/api/meetings/money/goals', {
      wording: 'A trip together in summer',
    });

    const car = await sam.client.post('/api/meetings/money/agenda', {
      wording: 'The car repair',
      goalId: goal.body.id,
    });
    const trip = await alex.client.post('/api/meetings/money/agenda', {
      wording: 'Booking dates',
      goalId: other.body.id,
    });
    const loose = await alex.client.post('/api/meetings/money/agenda', { wording: 'Who pays which bill' });
    expect(loose.body.goalId).toBeNull();
    const order = [loose.body.id, car.body.id, trip.body.id];
    expect((await alex.client.put('/api/meetings/money/agenda', { itemIds: order })).status).toBe(200);
    expect((await sam.client.delete(`/api/meeting-goals/${other.body.id}`)).status).toBe(204);

    const room = (await sam.client.get('/api/meetings/money')).body;
    expect(room.goals.map((g: { wording: string }) => g.wording)).toEqual(['Three months of rent saved']);
    expect(room.agenda.map((i: { id: string }) => i.id)).toEqual(order);
    // A goal let go leaves its items on the agenda, unlinked.
    expect(room.agenda[2]).toMatchObject({ wording: 'Booking dates', goalId: null });
    // Parenting keeps its own goals.
    expect((await alex.client.get('/api/meetings/parenting')).body.goals).toEqual([]);
  });

  it('refuses a goal of another topic, an order that leaves an item out, and empty words', async () => {
    const { alex } = await couple(app.http);
    const goal = await alex.client.post('/api/meetings/parenting/goals', { wording: 'Calm bedtimes' });
    const wrong = await alex.client.post('/api/meetings/money/agenda', {
      wording: 'Pocket money',
      goalId: goal.body.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('goalId');
    const item = await alex.client.post('/api/meetings/money/agenda', { wording: 'Pocket money' });
    await alex.client.post('/api/meetings/money/agenda', { wording: 'Gifts' });
    const partial = await alex.client.put('/api/meetings/money/agenda', { itemIds: [item.body.id] });
    expect(partial.status).toBe(409);
    expect(partial.body.error.code).toBe('AGENDA_CHANGED');
    const empty = await alex.client.post('/api/meetings/money/goals', { wording: '   ' });
    expect(empty.status).toBe(400);
    expect((await alex.client.get('/api/meetings/topics')).status).toBe(400);
  });
});

describe('a meeting', () => {
  it('starts as a talk of its format with the agenda as topic; notes conflict; a decision becomes an agreement once', async () => {
    const { alex, sam } = await couple(app.http);
    await alex.client.post('/api/meetings/money/agenda', { wording: 'Holiday budget' });
    await sam.client.post('/api/meetings/money/agenda', { wording: 'Saving for the roof' });
    const started = await alex.client.post('/api/meetings/money/start', { mode: 'in_person' });
    expect(started.status).toBe(201);
    expect(started.body.agenda).toHaveLength(2);

    const talks = (await sam.client.get('/api/talks')).body.talks as Array<Record<string, unknown>>;
    const talk = talks.find((t) => t.id === started.body.talkId);
    expect(talk).toMatchObject({
      formatId: 'money',
      phase: 'invited',
      topic: 'Money meeting: Holiday budget; Saving for the roof',
    });
    // The agenda moved into the meeting; the next one starts empty.
    expect((await sam.client.get('/api/meetings/money')).body.agenda).toEqual([]);

    const url = `/api/held-meetings/${started.body.id}/notes`;
    const mine = await alex.client.put(url, { text: 'We keep 200 a month for the roof.', basedOn: 0 });
    expect(mine.body.notes).toMatchObject({ version: 1, text: 'We keep 200 a month for the roof.' });
    const late = await sam.client.put(url, { text: 'Holiday: two weeks, camping.', basedOn: 0 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('NOTES_CHANGED');
    expect(late.body.error.details.meeting.notes).toMatchObject({
      version: 1,
      text: 'We keep 200 a month for the roof.',
      by: { name: 'Alex' },
    });
    const merged = await sam.client.put(url, {
      text: 'We keep 200 a month for the roof.\nHoliday: two weeks, camping.',
      basedOn: 1,
    });
    expect(merged.body.notes).toMatchObject({ version: 2, by: { name: 'Sam', isYou: true } });

    const decision = await alex.client.post(`/api/held-meetings/${started.body.id}/decisions`, {
      wording: 'We put 200 aside each month for the roof.',
    });
    expect(decision.status).toBe(201);
    const proposed = await alex.client.post(`/api/meeting-decisions/${decision.body.id}/agreement`);
    expect(proposed.status).toBe(200);
    expect(proposed.body.agreementId).toEqual(expect.any(String));
    const again = await sam.client.post(`/api/meeting-decisions/${decision.body.id}/agreement`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_PROPOSED');

    const ledger = (await sam.client.get('/api/agreements')).body;
    expect(ledger.agreements).toHaveLength(1);
    expect(ledger.agreements[0]).toMatchObject({
      id: proposed.body.agreementId,
      source: 'meeting',
      canAnswer: true,
      pending: { category: 'money', wording: 'We put 200 aside each month for the roof.' },
    });
    const accepted = await sam.client.post(`/api/agreements/${proposed.body.agreementId}/accept`, {
      basedOn: 1,
    });
    expect(accepted.body.status).toBe('active');
    const room = (await alex.client.get('/api/meetings/money')).body;
    expect(room.meetings[0].decisions[0].agreementId).toBe(proposed.body.agreementId);
  });

  it('makes one agreement from a decision tapped on both phones at once', async () => {
    const { alex, sam } = await couple(app.http);
    const started = await alex.client.post('/api/meetings/parenting/start', { mode: 'remote' });
    const decision = await sam.client.post(`/api/held-meetings/${started.body.id}/decisions`, {
      wording: 'Screens off at seven on school nights.',
    });
    const url = `/api/meeting-decisions/${decision.body.id}/agreement`;
    const replies = await Promise.all([alex.client.post(url), sam.client.post(url)]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const ledger = (await alex.client.get('/api/agreements')).body;
    expect(ledger.agreements).toHaveLength(1);
    expect(ledger.agreements[0].pending.category).toBe('parenting');
  });

  it('tells the partner’s screen what changed, never what was written, and keeps it out of the logs', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient((app.http.server.address() as AddressInfo).port, sam.client);
    await screen.next((e) => e.type === 'hello');
    await alex.client.post('/api/meetings/parenting/goals', { wording: 'Bedtime without shouting' });
    const event = await screen.next((e) => e.type === 'meeting.changed');
    expect(event).toEqual({ type: 'meeting.changed', topic: 'parenting' });
    screen.close();
    expect(app.logs.join('\n')).not.toContain('shouting');
  });
});

describe('the parenting plan', () => {
  it('holds routines with who and when, and gets a review date four weeks on', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam } = await couple(app.http);
    await alex.client.post('/api/parenting-plan/rows', {
      task: 'School run',
      who: 'me',
      when: 'Weekday mornings',
    });
    await sam.client.post('/api/parenting-plan/rows', {
      task: 'Bedtime story',
      who: 'both',
      when: 'Every evening',
    });
    const grandma = await sam.client.post('/api/parenting-plan/rows', {
      task: 'Swimming lessons',
      who: 'other',
      otherName: 'Grandma Jo',
      when: 'Saturdays',
    });
    const noName = await sam.client.post('/api/parenting-plan/rows', {
      task: 'Piano',
      who: 'other',
      when: 'Fridays',
    });
    expect(noName.status).toBe(400);
    expect(noName.body.error.fields).toHaveProperty('otherName');
    await alex.client.put(`/api/parenting-plan/rows/${grandma.body.id}`, {
      task: 'Swimming lessons',
      who: 'partner',
      when: 'Saturday mornings',
    });

    const plan = (await sam.client.get('/api/parenting-plan')).body;
    expect(plan.reviewOn).toBe('2026-03-30');
    expect(plan.isDue).toBe(false);
    expect(plan.rows).toEqual([
      expect.objectContaining({ task: 'School run', who: { kind: 'person', name: 'Alex', isYou: false } }),
      expect.objectContaining({ task: 'Bedtime story', who: { kind: 'both' } }),
      expect.objectContaining({
        task: 'Swimming lessons',
        when: 'Saturday mornings',
        who: { kind: 'person', name: 'Sam', isYou: true },
      }),
    ]);
  });
});
