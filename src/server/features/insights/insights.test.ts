import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/client';
import { couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
// Monday 2 March 2026, 10:00 in Berlin (Alex), 04:00 in New York (Sam).
const START = new Date('2026-03-02T09:00:00Z');
beforeEach(() => app.clock.set(START));

const DAY = 86_400_000;
const dayAfterStart = (n: number) => new Date(START.getTime() + n * DAY).toISOString().slice(0, 10);
const checkIn = (client: Client, day: string, closeness: number, change: Record<string, unknown> = {}) =>
  client.put(`/api/pulse/days/${day}`, {
    closeness,
    energy: 3,
    stressors: [],
    note: null,
    isNoteShared: false,
    answer: null,
    isAnswerShared: false,
    ...change,
  });

/**
 * Twenty days of Alex's check-ins. Sam sends an appreciation on every other day from the first to
 * the seventeenth; Alex's closeness is 5 on the day after one and 2 on every other day. The first
 * check-in has no day before it on record, so 19 check-ins count: 9 after an appreciation, 10
 * without, a difference of exactly 3 points.
 */
async function twentyDays(alex: Client, sam: Client) {
  for (let n = 0; n < 20; n++) {
    const closeness = n % 2 === 1 && n <= 17 ? 5 : 2;
    const stressors = n === 3 ? ['kids'] : [];
    const reply = await checkIn(alex, dayAfterStart(n), closeness, {
      stressors,
      note: 'Alex’s private note',
    });
    expect(reply.status).toBe(200);
    if (n % 2 === 0 && n <= 16)
      expect((await sam.post('/api/appreciations', { text: 'Thank you for the tea' })).status).toBe(200);
    if (n < 19) app.clock.advance(DAY);
  }
}

describe('what helps, from days seeded through the API', () => {
  it('finds closeness higher after an appreciation received, with its days and interval', async () => {
    const { alex, sam } = await couple(app.http);
    await twentyDays(alex.client, sam.client);
    const mine = (await alex.client.get('/api/insights')).body;
    expect(mine.today).toBe('2026-03-21');
    expect(mine.minDays).toBe(8);
    expect(mine.whatHelps).toHaveLength(1);
    const [helps] = mine.whatHelps;
    expect(helps).toMatchObject({
      practice: 'appreciation',
      withDays: 9,
      withoutDays: 10,
      difference: 3,
      reading: 'higher',
    });
    expect(helps.interval.low).toBeGreaterThan(0);
    expect(helps.interval.high).toBeLessThanOrEqual(3);
    expect(mine.trend).toHaveLength(20);
    expect(mine.trend.at(-1)).toMatchObject({ day: '2026-03-21', count: 7 });
    // Every day alone is too few for the one marked stressor.
    expect(mine.stressors).toMatchObject([{ stressor: 'kids', withDays: 1, reading: 'too-few' }]);
    expect(mine.partnerTrend).toBeNull();
  });

  it('counts a ritual on the days it was done, and not on the days it was skipped', async () => {
    const { alex } = await couple(app.http);
    const stretch = { libraryId: null, title: 'Morning stretch', how: null, minutes: 10, rule: 'FREQ=DAILY' };
    const started = await alex.client.post('/api/rituals', { ...stretch, time: '08:00', isProposed: false });
    const ritualId = started.body.ritual.id as string;
    for (let n = 0; n < 20; n++) {
      const closeness = n % 2 === 1 && n <= 17 ? 5 : 2;
      expect((await checkIn(alex.client, dayAfterStart(n), closeness)).status).toBe(200);
      const status = n % 2 === 0 && n <= 16 ? 'done' : 'skipped';
      const logged = await alex.client.put(`/api/rituals/${ritualId}/occurrences/${dayAfterStart(n)}`, {
        status,
      });
      expect(logged.status).toBe(200);
      if (n < 19) app.clock.advance(DAY);
    }
    const [helps] = (await alex.client.get('/api/insights')).body.whatHelps;
    expect(helps).toMatchObject({
      practice: `ritual:${ritualId}`,
      withDays: 9,
      withoutDays: 10,
      difference: 3,
    });
  });

  it('reads a withdrawal from one’s own "I pulled away" marks, and never shows them to the partner', async () => {
    const { alex, sam } = await couple(app.http);
    for (let n = 0; n < 4; n++) {
      const pulledAway = n === 1 || n === 2;
      expect((await checkIn(alex.client, dayAfterStart(n), 4, { pulledAway })).status).toBe(200);
      if (n < 3) app.clock.advance(DAY);
    }
    expect((await alex.client.get('/api/pulse')).body.mine.pulledAway).toBe(false);
    const { withdrawal } = (await alex.client.get('/api/insights')).body;
    expect(withdrawal).toEqual([
      { first: dayAfterStart(1), last: dayAfterStart(2), days: 2, isMarked: true },
    ]);
    await checkIn(sam.client, dayAfterStart(3), 3);
    expect(JSON.stringify((await sam.client.get('/api/pulse')).body.partner)).not.toContain('pulledAway');
    expect((await sam.client.get('/api/insights')).body.withdrawal).toEqual([]);
  });

  it('sums up the week: wins, what helped, one gentle suggestion', async () => {
    const { alex, sam } = await couple(app.http);
    await twentyDays(alex.client, sam.client);
    const summary = (await alex.client.get('/api/insights/summary')).body;
    expect(summary).toMatchObject({ first: '2026-03-15', last: '2026-03-21' });
    expect(summary.wins).toEqual([
      { key: 'win.appreciation', values: { count: 2, sent: 0 } },
      { key: 'win.check-ins', values: { count: 7 } },
    ]);
    expect(summary.helped).toMatchObject({ key: 'helped.this-week', values: { practice: 'appreciation' } });
    expect(summary.suggestion).toEqual({ key: 'suggest.appreciate', values: {} });
  });
});

describe('privacy between the two', () => {
  it('shows the partner’s numbers only while they share them, and never their words or stressors', async () => {
    const { alex, sam } = await couple(app.http);
    await twentyDays(alex.client, sam.client);
    const seen = (await sam.client.get('/api/insights')).body;
    expect(seen.partnerName).toBe('Alex');
    expect(seen.partnerTrend).toHaveLength(20);
    expect(seen.partnerTrend.at(-1)).toMatchObject({ day: '2026-03-21', count: 7 });
    expect(seen.stressors).toEqual([]);
    expect(seen.whatHelps).toEqual([]);
    const text = JSON.stringify(seen);
    expect(text).not.toContain('private');
    expect(text).not.toContain('kids');

    await alex.client.patch('/api/pulse/settings', { sharesNumbers: false });
    const hidden = (await sam.client.get('/api/insights')).body;
    expect(hidden.partnerTrend).toBeNull();
    expect(hidden.partnerName).toBeNull();
  });

  it('leaves out a day whose numbers the partner kept to themselves', async () => {
    const { alex, sam } = await couple(app.http);
    await alex.client.patch('/api/pulse/settings', { sharesNumbers: false });
    await checkIn(alex.client, dayAfterStart(0), 4);
    app.clock.advance(DAY);
    await alex.client.patch('/api/pulse/settings', { sharesNumbers: true });
    await checkIn(alex.client, dayAfterStart(1), 1);
    const seen = (await sam.client.get('/api/insights')).body;
    expect(seen.partnerTrend).toEqual([{ day: dayAfterStart(1), closeness: 1, energy: 3, count: 1 }]);
  });
});

describe('the suggestion of professional support', () => {
  /** Low closeness every day, with an appreciation every third day: low despite practice. */
  async function lowDays(alex: Client, sam: Client, from: number, count: number) {
    for (let n = from; n < from + count; n++) {
      app.clock.set(new Date(START.getTime() + n * DAY));
      await checkIn(alex, dayAfterStart(n), 2);
      if (n % 3 === 0) await sam.post('/api/appreciations', { text: 'Thank you' });
    }
  }

  it('shows after three low weeks, stays until set aside, then keeps away for four weeks', async () => {
    const { alex, sam } = await couple(app.http);
    await lowDays(alex.client, sam.client, 0, 14);
    expect((await alex.client.get('/api/insights')).body.distance).toBeNull();
    await lowDays(alex.client, sam.client, 14, 14);
    const shown = (await alex.client.get('/api/insights')).body.distance;
    expect(shown).toEqual({ key: 'distance.stays-low', values: {} });
    // Showing it is not setting it aside: it is still there the next day.
    await lowDays(alex.client, sam.client, 28, 1);
    expect((await alex.client.get('/api/insights')).body.distance).toEqual(shown);
    // Sam's own insights never carry Alex's suggestion.
    expect((await sam.client.get('/api/insights')).body.distance).toBeNull();

    const dismissed = await alex.client.post('/api/insights/distance/dismiss', {});
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.distance).toBeNull();
    await lowDays(alex.client, sam.client, 29, 27);
    expect((await alex.client.get('/api/insights')).body.distance).toBeNull();
    await lowDays(alex.client, sam.client, 56, 1);
    expect((await alex.client.get('/api/insights')).body.distance).toEqual(shown);
  });

  it('refuses a body with anything in it', async () => {
    const { alex } = await couple(app.http);
    const reply = await alex.client.post('/api/insights/distance/dismiss', { forever: true });
    expect(reply.status).toBe(400);
  });
});
