import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Client, couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() => app.clock.set(new Date('2026-03-02T09:00:00Z')));

const at = (iso: string) => new Date(iso);
const reminders = async (client: Client) =>
  ((await client.get('/api/notifications')).body.items as Array<{ kind: string; link: string }>).filter(
    (n) => n.kind === 'ritual.reminder',
  );
async function runAt(iso: string) {
  app.clock.set(at(iso));
  await app.platform.jobs.runDue();
}

describe('ritual reminders', () => {
  it('come the chosen time before each occurrence, to each partner who asked, and skip a skipped one', async () => {
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
    expect(
      (await alex.client.put(`/api/rituals/${id}/reminder`, { leadMinutes: 15 })).body.ritual.reminderLead,
    ).toBe(15);
    await sam.client.put(`/api/rituals/${id}/reminder`, { leadMinutes: 60 });
    expect((await alex.client.put(`/api/rituals/${id}/reminder`, { leadMinutes: 7 })).status).toBe(400);

    // 19:30 in Berlin is 18:30 UTC: Sam is reminded at 17:30, Alex at 18:15.
    await runAt('2026-03-02T17:29:00Z');
    expect(await reminders(sam.client)).toHaveLength(0);
    await runAt('2026-03-02T17:30:00Z');
    expect(await reminders(sam.client)).toMatchObject([{ link: `/rituals/${id}` }]);
    expect(await reminders(alex.client)).toHaveLength(0);
    await runAt('2026-03-02T18:15:00Z');
    expect(await reminders(alex.client)).toHaveLength(1);

    // Tuesday is skipped ahead of time: no reminder that day; Wednesday's comes as usual.
    await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-03`, { status: 'skipped' });
    await runAt('2026-03-03T18:20:00Z');
    expect(await reminders(alex.client)).toHaveLength(1);
    await runAt('2026-03-04T18:15:00Z');
    expect(await reminders(alex.client)).toHaveLength(2);

    // Turned off: nothing more.
    await alex.client.put(`/api/rituals/${id}/reminder`, { leadMinutes: null });
    await runAt('2026-03-05T18:15:00Z');
    expect(await reminders(alex.client)).toHaveLength(2);
  });

  it('follow the local time across daylight saving, and hold email for quiet hours', async () => {
    const { alex } = await couple(app.http);
    await alex.client.patch('/api/notifications/preferences', {
      quietHours: { start: '22:00', end: '07:00' },
      kinds: [{ kind: 'ritual.reminder', email: true }],
    });
    app.clock.set(at('2026-03-28T12:00:00Z'));
    const talk = {
      libraryId: 'bedtime-talk',
      minutes: 5,
      rule: 'FREQ=DAILY',
      time: '22:30',
      isProposed: false,
    };
    const id = (await alex.client.post('/api/rituals', talk)).body.ritual.id;
    await alex.client.put(`/api/rituals/${id}/reminder`, { leadMinutes: 10 });
    app.mail.length = 0;
    // Saturday 22:20 in Berlin (winter time) is 21:20 UTC: in the centre at once, by email at 07:00.
    await runAt('2026-03-28T21:20:00Z');
    expect(await reminders(alex.client)).toHaveLength(1);
    expect(app.mail).toHaveLength(0);
    // Sunday 07:00 is already summer time: 05:00 UTC.
    await runAt('2026-03-29T05:00:00Z');
    expect(app.mail.map((m) => m.subject)).toEqual(['Time for your ritual']);
    // Sunday 22:20 summer time is 20:20 UTC.
    await runAt('2026-03-29T20:19:00Z');
    expect(await reminders(alex.client)).toHaveLength(1);
    await runAt('2026-03-29T20:20:00Z');
    expect(await reminders(alex.client)).toHaveLength(2);
  });
});
