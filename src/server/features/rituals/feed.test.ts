import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Client, couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() => app.clock.set(new Date('2026-03-02T09:00:00Z')));

const pathOf = (url: string) => new URL(url).pathname;

/** The feed read by a real iCalendar parser: each event's title, uid, status and start. */
async function eventsIn(client: Client, path: string) {
  const reply = await client.get(path);
  expect(reply.status).toBe(200);
  expect(String(reply.headers['content-type'])).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(reply.body as string));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      title: event.summary,
      uid: event.uid,
      status: String(v.getFirstPropertyValue('status')),
      start: event.startDate.toJSDate(),
      minutes: event.duration.toSeconds() / 60,
    };
  });
}

/** What a wall clock in `timeZone` shows at `date`: "2026-03-09 14:30". */
const localTime = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);

describe('the private calendar feed', () => {
  it('shows a joined ritual at each partner’s own local time, across both daylight-saving changes', async () => {
    const { alex, sam } = await couple(app.http);
    const walk = {
      libraryId: 'evening-walk',
      minutes: 15,
      rule: 'FREQ=DAILY',
      time: '19:30',
      isProposed: true,
    };
    const id = (await alex.client.post('/api/rituals', walk)).body.ritual.id;
    await sam.client.post(`/api/rituals/${id}/answer`, { answer: 'join' });
    const coffee = {
      libraryId: null,
      title: 'Coffee, just me',
      minutes: 10,
      rule: 'FREQ=WEEKLY;BYDAY=SA',
      time: '07:00',
      isProposed: false,
    };
    await sam.client.post('/api/rituals', coffee);
    await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-03`, { status: 'skipped' });

    const alexFeed = pathOf((await alex.client.post('/api/rituals-feed')).body.url);
    const samFeed = pathOf((await sam.client.post('/api/rituals-feed')).body.url);
    expect(alexFeed).toMatch(/^\/api\/calendar\/[\w-]{43}\.ics$/);

    const forAlex = await eventsIn(alex.client, alexFeed);
    const forSam = await eventsIn(sam.client, samFeed);
    expect(forAlex.every((e) => e.title === '15-minute evening walk' && e.minutes === 15)).toBe(true);
    expect(forSam.filter((e) => e.title === 'Coffee, just me').length).toBeGreaterThan(0);

    const walkOn = (events: typeof forAlex, day: string) => events.find((e) => e.uid === `${id}-${day}@tend`);
    // Berlin keeps 19:30 through its change on 29 March.
    for (const day of ['2026-03-02', '2026-03-10', '2026-03-30'])
      expect(localTime(walkOn(forAlex, day)?.start ?? new Date(0), 'Europe/Berlin')).toBe(`${day} 19:30`);
    // New York sees the same moment: 13:30, then 14:30 once its own clocks change on 8 March, and
    // 13:30 again once Berlin's change on 29 March catches up.
    expect(localTime(walkOn(forSam, '2026-03-02')?.start ?? new Date(0), 'America/New_York')).toBe(
      '2026-03-02 13:30',
    );
    expect(localTime(walkOn(forSam, '2026-03-10')?.start ?? new Date(0), 'America/New_York')).toBe(
      '2026-03-10 14:30',
    );
    expect(localTime(walkOn(forSam, '2026-03-30')?.start ?? new Date(0), 'America/New_York')).toBe(
      '2026-03-30 13:30',
    );
    // Sam's coffee is at 07:00 New York time, and only in Sam's feed.
    const firstCoffee = forSam.find((e) => e.title === 'Coffee, just me');
    expect(localTime(firstCoffee?.start ?? new Date(0), 'America/New_York')).toBe('2026-03-07 07:00');
    expect(forAlex.some((e) => e.title === 'Coffee, just me')).toBe(false);
    // A skipped occurrence is cancelled, not dropped.
    expect(walkOn(forAlex, '2026-03-03')?.status).toBe('CANCELLED');
  });

  it('answers 404 once revoked or replaced, and never for a guessed address', async () => {
    const { alex } = await couple(app.http);
    const first = pathOf((await alex.client.post('/api/rituals-feed')).body.url);
    const second = pathOf((await alex.client.post('/api/rituals-feed')).body.url);
    expect((await alex.client.get(first)).status).toBe(404);
    expect((await alex.client.get(second)).status).toBe(200);
    expect((await alex.client.get('/api/rituals')).body.hasFeed).toBe(true);
    expect((await alex.client.delete('/api/rituals-feed')).status).toBe(204);
    const revoked = await alex.client.get(second);
    expect(revoked.status).toBe(404);
    expect(revoked.body.error.code).toBe('NOT_FOUND');
    expect((await alex.client.get('/api/rituals')).body.hasFeed).toBe(false);
    expect((await alex.client.get(`/api/calendar/${'b'.repeat(43)}.ics`)).status).toBe(404);
    // The secret never lands in the request log.
    const secret = second.split('/').pop()?.replace('.ics', '') ?? '';
    expect(app.logs.some((line) => line.includes('/api/calendar/:feedToken'))).toBe(true);
    expect(app.logs.some((line) => line.includes(secret))).toBe(false);
  });
});
