import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { couple, signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());
// Monday 2 March 2026: 10:00 in Berlin (Alex), 04:00 in New York (Sam).
beforeEach(() => app.clock.set(new Date('2026-03-02T09:00:00Z')));

const port = () => (app.http.server.address() as AddressInfo).port;
const TODAY = '2026-03-02';
const entry = (change: Record<string, unknown> = {}) => ({
  closeness: 4,
  energy: 2,
  stressors: [],
  note: null,
  isNoteShared: false,
  answer: null,
  isAnswerShared: false,
  ...change,
});

describe('checking in', () => {
  it('keeps one pulse a day: a second check-in the same day changes the first', async () => {
    const { alex } = await couple(app.http);
    const first = await alex.client.put(`/api/pulse/days/${TODAY}`, entry());
    expect(first.status).toBe(200);
    expect(first.body.mine).toMatchObject({ day: TODAY, closeness: 4, energy: 2 });
    const second = await alex.client.put(
      `/api/pulse/days/${TODAY}`,
      entry({ closeness: 2, stressors: ['sleep'] }),
    );
    expect(second.body.mine.id).toBe(first.body.mine.id);
    expect(second.body.mine).toMatchObject({ closeness: 2, stressors: ['sleep'] });
    expect((await alex.client.get('/api/pulse')).body.mine.closeness).toBe(2);
  });

  it('takes today in the person’s own time zone, and only today', async () => {
    const { alex, sam } = await couple(app.http);
    // At 04:00 UTC on the 3rd it is the 3rd in Berlin and still the 2nd in New York.
    app.clock.set(new Date('2026-03-03T04:00:00Z'));
    expect((await alex.client.get('/api/pulse')).body.day).toBe('2026-03-03');
    expect((await sam.client.get('/api/pulse')).body.day).toBe(TODAY);
    const late = await alex.client.put(`/api/pulse/days/${TODAY}`, entry());
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('NOT_TODAY');
    expect((await sam.client.put(`/api/pulse/days/${TODAY}`, entry())).status).toBe(200);
  });

  it('refuses numbers outside 1–5 and unknown stressors, saying which field', async () => {
    const { alex } = await couple(app.http);
    const reply = await alex.client.put(
      `/api/pulse/days/${TODAY}`,
      entry({ closeness: 6, stressors: ['boss'] }),
    );
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.error.fields)).toEqual(expect.arrayContaining(['closeness']));
  });

  it('gives the same question to both partners all day', async () => {
    const { alex, sam } = await couple(app.http);
    const question = (await alex.client.get('/api/pulse')).body.question;
    expect(question.text).toMatch(/\?$/);
    expect((await sam.client.get('/api/pulse')).body.question).toEqual(question);
  });
});

describe('the reveal', () => {
  it('shows the partner’s numbers only after your own are in, and never a private note', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const alexIn = await alex.client.put(
      `/api/pulse/days/${TODAY}`,
      entry({
        closeness: 5,
        stressors: ['work'],
        note: 'only for me',
        answer: 'a walk by the river',
        isAnswerShared: true,
      }),
    );
    const event = await screen.next((e) => e.type === 'pulse.changed');
    expect(JSON.stringify(event)).not.toMatch(/only for me|"closeness"/);

    const before = (await sam.client.get('/api/pulse')).body;
    expect(before.partner).toMatchObject({ name: 'Alex', hasCheckedIn: true, pulse: null, gesture: null });
    expect(JSON.stringify(before)).not.toContain('river');

    await sam.client.put(`/api/pulse/days/${TODAY}`, entry({ closeness: 3 }));
    const after = (await sam.client.get('/api/pulse')).body;
    expect(after.partner.pulse).toMatchObject({
      id: alexIn.body.mine.id,
      closeness: 5,
      energy: 2,
      stressors: ['work'],
      note: null,
      answer: 'a walk by the river',
    });
    expect(JSON.stringify(after)).not.toContain('only for me');
    // Outside stress: a gesture of support, not a discussion.
    expect(after.partner.gesture).toEqual(expect.any(String));
    expect((await alex.client.get('/api/pulse')).body.partner.pulse.closeness).toBe(3);
    screen.close();
  });

  it('shows a shared note, and keeps numbers back when a person turned sharing off', async () => {
    const { alex, sam } = await couple(app.http);
    await alex.client.patch('/api/pulse/settings', { sharesNumbers: false });
    await alex.client.put(
      `/api/pulse/days/${TODAY}`,
      entry({ stressors: ['money'], note: 'long day', isNoteShared: true }),
    );
    await sam.client.put(`/api/pulse/days/${TODAY}`, entry());
    const partner = (await sam.client.get('/api/pulse')).body.partner;
    expect(partner.pulse).toMatchObject({ closeness: null, energy: null, stressors: null, note: 'long day' });
    expect(partner.gesture).toBeNull();
    await alex.client.patch('/api/pulse/settings', { sharesNumbers: true });
    expect((await sam.client.get('/api/pulse')).body.partner.pulse.closeness).toBe(4);
  });
});

describe('partners a date apart', () => {
  it('each see the other’s check-in for the other’s own today', async () => {
    const { alex, sam } = await couple(app.http);
    await alex.client.put(`/api/pulse/days/${TODAY}`, entry({ closeness: 1 }));
    await sam.client.put(`/api/pulse/days/${TODAY}`, entry({ closeness: 5 }));
    // 04:00 UTC on the 3rd: a new day in Berlin, still the 2nd in New York.
    app.clock.set(new Date('2026-03-03T04:00:00Z'));
    const alexMorning = (await alex.client.get('/api/pulse')).body;
    expect(alexMorning.mine).toBeNull();
    expect(alexMorning.partner).toMatchObject({ hasCheckedIn: true, pulse: null });
    expect((await sam.client.get('/api/pulse')).body.partner).toMatchObject({ hasCheckedIn: false });

    const alexIn = (await alex.client.put('/api/pulse/days/2026-03-03', entry({ closeness: 2 }))).body;
    expect(alexIn.mine).toMatchObject({ day: '2026-03-03', closeness: 2 });
    expect(alexIn.partner.pulse).toMatchObject({ day: TODAY, closeness: 5 });
    const samView = (await sam.client.get('/api/pulse')).body;
    expect(samView.mine).toMatchObject({ day: TODAY, closeness: 5 });
    expect(samView.partner.pulse).toMatchObject({ day: '2026-03-03', closeness: 2 });
  });
});

describe('a partner who leaves', () => {
  it('takes their check-in with them', async () => {
    const { alex, sam } = await couple(app.http);
    await sam.client.put(`/api/pulse/days/${TODAY}`, entry({ note: 'mine to keep', isNoteShared: true }));
    await alex.client.put(`/api/pulse/days/${TODAY}`, entry());
    expect((await alex.client.get('/api/pulse')).body.partner.pulse.note).toBe('mine to keep');
    await sam.client.post('/api/space/leave');
    const after = (await alex.client.get('/api/pulse')).body;
    expect(after.partner).toBeNull();
    expect(JSON.stringify(after)).not.toContain('mine to keep');
  });
});

describe('joining a partner after starting alone', () => {
  it('brings the check-ins along into the shared space', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    await alex.client.post('/api/space');
    await sam.client.post('/api/space');
    await sam.client.put(`/api/pulse/days/${TODAY}`, entry({ closeness: 5 }));
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    expect((await sam.client.post('/api/space/join', { token: link.split('/join/')[1] })).status).toBe(200);
    expect((await sam.client.get('/api/pulse')).body.mine).toMatchObject({ day: TODAY, closeness: 5 });
    await alex.client.put(`/api/pulse/days/${TODAY}`, entry());
    expect((await alex.client.get('/api/pulse')).body.partner.pulse.closeness).toBe(5);
  });
});

describe('the cadence, agreed together', () => {
  it('applies a proposal to its proposer at once and to both once accepted', async () => {
    const { alex, sam } = await couple(app.http);
    // Tuesdays and Thursdays; today is a Monday.
    const proposed = (await alex.client.put('/api/pulse/cadence', { kind: 'weekdays', weekdays: [4, 2] }))
      .body;
    expect(proposed).toMatchObject({ isPulseDay: false, nextPulseDay: '2026-03-03' });
    expect(proposed.cadence.proposal).toMatchObject({ kind: 'weekdays', weekdays: [2, 4], isYours: true });
    expect((await alex.client.put(`/api/pulse/days/${TODAY}`, entry())).body.error.code).toBe(
      'NOT_A_PULSE_DAY',
    );
    expect((await alex.client.post('/api/pulse/cadence/accept')).status).toBe(409);

    const samSees = (await sam.client.get('/api/pulse')).body;
    expect(samSees.isPulseDay).toBe(true);
    expect(samSees.cadence.proposal.isYours).toBe(false);
    const accepted = (await sam.client.post('/api/pulse/cadence/accept')).body;
    expect(accepted.isPulseDay).toBe(false);
    expect(accepted.cadence).toMatchObject({
      proposal: null,
      agreed: { kind: 'weekdays', weekdays: [2, 4] },
    });
    expect(accepted.cadence.acceptedAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('counts every other day from the day it was chosen, for someone still alone', async () => {
    const kim = await signUp(app.http, 'Kim', 'Asia/Tokyo');
    await kim.client.post('/api/space');
    expect((await kim.client.put('/api/pulse/cadence', { kind: 'alternate' })).body.isPulseDay).toBe(true);
    // In Tokyo it is already evening on the 2nd: Kim checks in alone.
    const alone = (await kim.client.put(`/api/pulse/days/${TODAY}`, entry())).body;
    expect(alone).toMatchObject({ partner: null, mine: { day: TODAY } });
    app.clock.advance(24 * 3600_000);
    const tomorrow = (await kim.client.get('/api/pulse')).body;
    expect(tomorrow).toMatchObject({ day: '2026-03-03', isPulseDay: false, nextPulseDay: '2026-03-04' });
  });
});

describe('reminders', () => {
  // Check-in reminders only: a check-in also plans the weekly summary, which is not counted here.
  const titles = async (client: {
    get(url: string): Promise<{ body: { items: Array<{ kind: string; title: string }> } }>;
  }) =>
    (await client.get('/api/notifications')).body.items
      .filter((n) => n.kind === 'pulse.reminder')
      .map((n) => n.title);

  it('come at the chosen local time on check-in days, and not after a check-in', async () => {
    const { alex } = await couple(app.http);
    await alex.client.patch('/api/pulse/settings', { reminderTime: '20:00' });
    // 20:00 in Berlin in March is 19:00 UTC.
    app.clock.set(new Date('2026-03-02T18:59:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(alex.client)).toEqual([]);
    app.clock.set(new Date('2026-03-02T19:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(alex.client)).toEqual(['A moment for your check-in']);

    // Tuesday: checked in in the morning and changed it at noon, so no reminder that evening.
    app.clock.set(new Date('2026-03-03T08:00:00Z'));
    await alex.client.put('/api/pulse/days/2026-03-03', entry());
    app.clock.set(new Date('2026-03-03T11:00:00Z'));
    await alex.client.put('/api/pulse/days/2026-03-03', entry({ closeness: 2 }));
    app.clock.set(new Date('2026-03-03T19:30:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(alex.client)).toHaveLength(1);

    // Wednesday: planned again for the next day.
    app.clock.set(new Date('2026-03-04T19:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(alex.client)).toHaveLength(2);
  });

  it('follow a daylight-saving change in the person’s zone and skip days off', async () => {
    const { sam } = await couple(app.http);
    // Sam in New York: Saturdays and Sundays, 08:30. Summer time starts Sunday 8 March.
    app.clock.set(new Date('2026-03-06T12:00:00Z'));
    await sam.client.put('/api/pulse/cadence', { kind: 'weekdays', weekdays: [0, 6] });
    await sam.client.patch('/api/pulse/settings', { reminderTime: '08:30' });
    app.clock.set(new Date('2026-03-07T13:30:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).toHaveLength(1);
    app.clock.set(new Date('2026-03-08T12:29:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).toHaveLength(1);
    app.clock.set(new Date('2026-03-08T12:30:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).toHaveLength(2);
    // Monday to Friday are days off.
    app.clock.set(new Date('2026-03-13T23:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).toHaveLength(2);
  });
});
