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
beforeEach(() => app.clock.set(new Date('2026-03-02T09:00:00Z')));

const TITLE = 'Your week in Tend';
const summaries = async (client: Client) =>
  (
    (await client.get('/api/notifications')).body.items as { title: string; body: string; link: string }[]
  ).filter((n) => n.title === TITLE);
const mailTo = (email: string) => app.mail.filter((m) => m.to === email && m.subject === TITLE);
const at = async (iso: string) => {
  app.clock.set(new Date(iso));
  await app.platform.jobs.runDue();
};
const checkIn = (client: Client, day: string, change: Record<string, unknown> = {}) =>
  client.put(`/api/pulse/days/${day}`, {
    closeness: 4,
    energy: 3,
    stressors: [],
    note: null,
    isNoteShared: false,
    answer: null,
    isAnswerShared: false,
    ...change,
  });

describe('the weekly summary', () => {
  it('comes on Sunday at 18:00 in each person’s own time zone, in the app and by email', async () => {
    const { alex, sam } = await couple(app.http);
    expect((await checkIn(alex.client, '2026-03-02')).status).toBe(200);
    expect(
      (
        await checkIn(sam.client, '2026-03-02', {
          stressors: ['money'],
          note: 'Sam’s private note',
        })
      ).status,
    ).toBe(200);
    // Berlin is on winter time (UTC+1); New York moved to summer time (UTC−4) that very morning.
    await at('2026-03-08T16:59:00Z');
    expect(await summaries(alex.client)).toEqual([]);
    await at('2026-03-08T17:00:00Z');
    const [alexWeek] = await summaries(alex.client);
    expect(alexWeek?.body).toContain('You checked in on 1 day.');
    expect(alexWeek?.link).toBe('/insights');
    expect(await summaries(sam.client)).toEqual([]);
    const [alexMail] = mailTo(alex.email);
    expect(alexMail?.text).toContain('You checked in on 1 day.');
    expect(alexMail?.html).toContain('<p>You checked in on 1 day.</p>');
    for (const private_ of ['Sam’s private note', 'money']) {
      expect(alexMail?.text).not.toContain(private_);
      expect(JSON.stringify(alexWeek)).not.toContain(private_);
    }

    await at('2026-03-08T21:59:00Z');
    expect(await summaries(sam.client)).toEqual([]);
    await at('2026-03-08T22:00:00Z');
    expect(await summaries(sam.client)).toHaveLength(1);
    expect(mailTo(sam.email)).toHaveLength(1);

    // Each one plans the next Sunday.
    await at('2026-03-15T17:00:00Z');
    expect(await summaries(alex.client)).toHaveLength(2);
    expect(await summaries(sam.client)).toHaveLength(1);
  });

  it('follows the person’s choices: email off, then nothing at all', async () => {
    const { alex, sam } = await couple(app.http);
    expect((await checkIn(alex.client, '2026-03-02')).status).toBe(200);
    expect((await checkIn(sam.client, '2026-03-02')).status).toBe(200);
    await alex.client.patch('/api/notifications/preferences', {
      kinds: [{ kind: 'summary.weekly', email: false }],
    });
    await sam.client.patch('/api/notifications/preferences', {
      kinds: [{ kind: 'summary.weekly', inApp: false, email: false }],
    });
    await at('2026-03-08T22:00:00Z');
    expect(await summaries(alex.client)).toHaveLength(1);
    expect(mailTo(alex.email)).toEqual([]);
    expect(await summaries(sam.client)).toEqual([]);
    expect(mailTo(sam.email)).toEqual([]);
  });
});
