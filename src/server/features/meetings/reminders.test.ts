import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/client';
import { couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const reminders = async (client: Client, kind: string) =>
  ((await client.get('/api/notifications')).body.items as Array<{ kind: string; link: string }>).filter(
    (n) => n.kind === kind,
  );
const at = async (iso: string) => {
  app.clock.set(new Date(iso));
  await app.platform.jobs.runDue();
  await app.platform.jobs.runDue();
};

// The clock starts on Monday 2 March 2026. Four weeks on is 30 March, after Europe moved to
// summer time (Berlin UTC+2); New York moved on 8 March (UTC−4).
describe('the parenting plan’s review', () => {
  it('reminds each partner in the morning of their own zone, and keeping it moves the review on', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam } = await couple(app.http);
    await alex.client.post('/api/parenting-plan/rows', {
      task: 'Bath time',
      who: 'partner',
      when: 'Evenings',
    });
    const early = await sam.client.post('/api/parenting-plan/keep', {});
    expect(early.body.error.code).toBe('PLAN_NOT_DUE');

    await at('2026-03-30T06:59:00Z');
    expect(await reminders(alex.client, 'plan.review')).toHaveLength(0);
    expect((await alex.client.get('/api/meetings-due')).body.isPlanReviewDue).toBe(true);
    await at('2026-03-30T07:00:00Z');
    expect(await reminders(alex.client, 'plan.review')).toEqual([
      expect.objectContaining({ link: '/meetings/parenting' }),
    ]);
    expect(await reminders(sam.client, 'plan.review')).toHaveLength(0);
    await at('2026-03-30T13:00:00Z');
    expect(await reminders(sam.client, 'plan.review')).toHaveLength(1);
    expect(JSON.stringify((await sam.client.get('/api/notifications')).body)).not.toContain('Bath');

    const kept = await sam.client.post('/api/parenting-plan/keep', {});
    expect(kept.body).toMatchObject({ reviewOn: '2026-04-27', isDue: false });
    expect((await alex.client.get('/api/meetings-due')).body.isPlanReviewDue).toBe(false);
    await at('2026-04-27T13:00:00Z');
    expect(await reminders(alex.client, 'plan.review')).toHaveLength(2);
  });

  it('lets a reminder lapse when the review was moved to another day', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex } = await couple(app.http);
    await alex.client.post('/api/parenting-plan/rows', {
      task: 'Packed lunches',
      who: 'me',
      when: 'School days',
    });
    await alex.client.post('/api/parenting-plan/keep', { reviewOn: '2026-05-04' });
    await at('2026-03-30T20:00:00Z');
    expect(await reminders(alex.client, 'plan.review')).toHaveLength(0);
  });
});

describe('the meeting schedule', () => {
  it('reminds both at a Berlin proposer’s local time, once accepted, meeting after meeting', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam } = await couple(app.http);
    const proposed = await alex.client.put('/api/meetings/money/schedule', {
      rule: 'FREQ=WEEKLY;BYDAY=TH',
      startDay: '2026-03-02',
      time: '19:00',
    });
    expect(proposed.body).toMatchObject({ timeZone: 'Europe/Berlin', isAccepted: false, next: null });
    expect((await alex.client.post('/api/meetings/money/schedule/accept')).status).toBe(409);
    await at('2026-03-05T18:00:00Z');
    // Not accepted yet: nobody is reminded.
    expect(await reminders(sam.client, 'meeting.due')).toHaveLength(0);

    app.clock.set(new Date('2026-03-06T09:00:00Z'));
    const accepted = await sam.client.post('/api/meetings/money/schedule/accept');
    // Thursday 12 March, 19:00 in Berlin (UTC+1) is 18:00 UTC; Sam sees it as 14:00 in New York.
    expect(accepted.body).toMatchObject({ isAccepted: true, next: '2026-03-12T18:00:00.000Z' });
    await at('2026-03-12T10:00:00Z');
    expect((await sam.client.get('/api/meetings-due')).body.today).toEqual(['money']);
    expect((await alex.client.get('/api/meetings-due')).body.today).toEqual(['money']);
    await at('2026-03-12T17:59:00Z');
    expect(await reminders(alex.client, 'meeting.due')).toHaveLength(0);
    await at('2026-03-12T18:00:00Z');
    expect(await reminders(alex.client, 'meeting.due')).toEqual([
      expect.objectContaining({ link: '/meetings/money' }),
    ]);
    expect(await reminders(sam.client, 'meeting.due')).toHaveLength(1);
    await at('2026-03-19T18:00:00Z');
    expect(await reminders(sam.client, 'meeting.due')).toHaveLength(2);
    expect((await alex.client.get('/api/meetings-due')).body.today).toEqual(['money']);
    await at('2026-03-20T18:00:00Z');
    expect((await alex.client.get('/api/meetings-due')).body.today).toEqual([]);
  });

  it('keeps a New York proposer’s evening across their daylight-saving change, and lapses once stopped', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam } = await couple(app.http);
    await sam.client.put('/api/meetings/parenting/schedule', {
      rule: 'FREQ=WEEKLY;BYDAY=SU',
      startDay: '2026-03-02',
      time: '20:00',
    });
    const accepted = await alex.client.post('/api/meetings/parenting/schedule/accept');
    // Sunday 8 March is New York's first summer-time day: 20:00 there is 00:00 UTC on Monday.
    expect(accepted.body).toMatchObject({ timeZone: 'America/New_York', next: '2026-03-09T00:00:00.000Z' });
    await at('2026-03-08T23:59:00Z');
    expect(await reminders(alex.client, 'meeting.due')).toHaveLength(0);
    await at('2026-03-09T00:00:00Z');
    expect(await reminders(alex.client, 'meeting.due')).toEqual([
      expect.objectContaining({ link: '/meetings/parenting' }),
    ]);
    expect(await reminders(sam.client, 'meeting.due')).toHaveLength(1);

    expect((await alex.client.delete('/api/meetings/parenting/schedule')).status).toBe(204);
    await at('2026-03-16T00:00:00Z');
    expect(await reminders(sam.client, 'meeting.due')).toHaveLength(1);
  });
});
