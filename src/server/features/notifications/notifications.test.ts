import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple, signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
let world: Awaited<ReturnType<typeof couple>>;

beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  world = await couple(app.http);
});
afterAll(() => app.close());

const at = (iso: string) => new Date(iso);
const titles = async (client = world.alex.client) =>
  (await client.get('/api/notifications')).body.items.map((n: { title: string }) => n.title);

describe('the notification centre', () => {
  it('shows a new notification at once and updates the unread count live', async () => {
    const { alex } = world;
    const screen = new LiveClient((app.http.server.address() as AddressInfo).port, alex.client);
    await screen.next((e) => e.type === 'hello');
    await app.notifications.notify(alex.id, 'appreciation.received', { partnerName: 'Sam' });
    await screen.next((e) => e.type === 'notifications.changed');
    const list = (await alex.client.get('/api/notifications')).body;
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({ title: 'Sam sent you an appreciation', readAt: null });

    screen.events.length = 0;
    expect((await alex.client.post(`/api/notifications/${list.items[0].id}/read`)).status).toBe(204);
    await screen.next((e) => e.type === 'notifications.changed');
    expect((await alex.client.get('/api/notifications')).body.unread).toBe(0);
    screen.close();
  });

  it('marks everything read in one go', async () => {
    const { sam } = world;
    await app.notifications.notify(sam.id, 'talk.invitation', { partnerName: 'Alex' });
    await app.notifications.notify(sam.id, 'agreement.review', { partnerName: 'Alex' });
    expect((await sam.client.get('/api/notifications')).body.unread).toBe(2);
    await sam.client.post('/api/notifications/read-all');
    expect((await sam.client.get('/api/notifications')).body.unread).toBe(0);
  });

  it('leaves the centre out when a person turned in-app off for a kind', async () => {
    const robin = await signUp(app.http, 'Robin');
    await robin.client.patch('/api/notifications/preferences', {
      kinds: [{ kind: 'summary.weekly', inApp: false, email: false }],
    });
    await app.notifications.notify(robin.id, 'summary.weekly');
    expect((await robin.client.get('/api/notifications')).body).toEqual({ items: [], unread: 0 });
  });
});

describe('reminders at a local time', () => {
  it('come at 20:00 in Berlin on both sides of the October change', async () => {
    const kim = await signUp(app.http, 'Kim', 'Europe/Berlin');
    const { scheduleAtLocalTime } = app.notifications;
    await scheduleAtLocalTime(
      kim.id,
      'ritual.reminder',
      { year: 2026, month: 10, day: 24 },
      '20:00',
      'r-kim-24',
    );
    await scheduleAtLocalTime(
      kim.id,
      'ritual.reminder',
      { year: 2026, month: 10, day: 25 },
      '20:00',
      'r-kim-25',
    );

    app.clock.set(at('2026-10-24T17:59:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(kim.client)).toEqual([]);
    app.clock.set(at('2026-10-24T18:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(kim.client)).toEqual(['Time for your ritual']);

    // On the 25th Berlin is back on UTC+1: 18:00 UTC is 19:00 there, too early.
    app.clock.set(at('2026-10-25T18:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(kim.client)).toHaveLength(1);
    app.clock.set(at('2026-10-25T19:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(kim.client)).toHaveLength(2);
  });

  it('come at 08:30 in New York on both sides of the November change', async () => {
    const lee = await signUp(app.http, 'Lee', 'America/New_York');
    const { scheduleAtLocalTime } = app.notifications;
    await scheduleAtLocalTime(
      lee.id,
      'pulse.reminder',
      { year: 2026, month: 10, day: 31 },
      '08:30',
      'p-lee-31',
    );
    await scheduleAtLocalTime(
      lee.id,
      'pulse.reminder',
      { year: 2026, month: 11, day: 1 },
      '08:30',
      'p-lee-01',
    );
    app.clock.set(at('2026-10-31T12:30:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(lee.client)).toHaveLength(1);
    app.clock.set(at('2026-11-01T12:30:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(lee.client)).toHaveLength(1);
    app.clock.set(at('2026-11-01T13:30:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(lee.client)).toHaveLength(2);
  });

  it('are scheduled once however often a feature asks', async () => {
    const sky = await signUp(app.http, 'Sky', 'Europe/Berlin');
    const date = { year: 2026, month: 11, day: 3 };
    await app.notifications.scheduleAtLocalTime(sky.id, 'pulse.reminder', date, '09:00', 'p-sky');
    await app.notifications.scheduleAtLocalTime(sky.id, 'pulse.reminder', date, '09:00', 'p-sky');
    app.clock.set(at('2026-11-03T08:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await titles(sky.client)).toHaveLength(1);
  });

  it('are skipped when the item they refer to was deleted', async () => {
    const agreements = new Set(['agreement-1', 'agreement-2']);
    app.notifications.whenGone('agreement.review', async (ids) => agreements.has(ids.agreementId ?? ''));
    const { alex } = world;
    app.clock.set(at('2026-11-04T08:00:00Z'));
    for (const agreementId of agreements) {
      await app.notifications.schedule(
        alex.id,
        'agreement.review',
        at('2026-11-04T09:00:00Z'),
        `review-${agreementId}`,
        {
          agreementId,
        },
      );
    }
    agreements.delete('agreement-2');
    app.clock.set(at('2026-11-04T09:00:00Z'));
    expect(await app.platform.jobs.runDue()).toMatchObject({ skipped: 1 });
    const reviews = (await alex.client.get('/api/notifications')).body.items.filter(
      (n: { kind: string }) => n.kind === 'agreement.review',
    );
    expect(reviews).toHaveLength(1);
  });

  it('are skipped when the space they belong to is gone', async () => {
    const pair = await couple(app.http);
    app.clock.set(at('2026-11-04T10:00:00Z'));
    await app.notifications.schedule(pair.alex.id, 'pause.return', at('2026-11-04T10:20:00Z'), 'pause-x', {
      spaceId: pair.spaceId,
    });
    await pair.alex.client.post('/api/space/leave');
    app.clock.set(at('2026-11-04T10:20:00Z'));
    expect(await app.platform.jobs.runDue()).toMatchObject({ done: 0, skipped: 1 });
    expect(await titles(pair.alex.client)).toEqual([]);
  });
});

describe('quiet hours', () => {
  it('hold email until they end, while the centre shows it at once', async () => {
    const ash = await signUp(app.http, 'Ash', 'Europe/Berlin');
    await ash.client.patch('/api/notifications/preferences', {
      quietHours: { start: '22:00', end: '07:00' },
    });
    app.mail.length = 0;
    app.clock.set(at('2026-11-05T21:30:00Z')); // 22:30 in Berlin
    await app.notifications.notify(ash.id, 'talk.invitation', { partnerName: 'Sam' });
    await app.platform.jobs.runDue();
    expect(await titles(ash.client)).toEqual(['Sam would like to talk']);
    expect(app.mail).toHaveLength(0);

    app.clock.set(at('2026-11-06T05:59:00Z'));
    await app.platform.jobs.runDue();
    expect(app.mail).toHaveLength(0);
    app.clock.set(at('2026-11-06T06:00:00Z')); // 07:00 in Berlin
    await app.platform.jobs.runDue();
    expect(app.mail.map((m) => m.subject)).toEqual(['Sam would like to talk']);
  });

  it('drop what was held when it was read in the app meanwhile', async () => {
    const jo = await signUp(app.http, 'Jo', 'Europe/Berlin');
    await jo.client.patch('/api/notifications/preferences', { quietHours: { start: '22:00', end: '07:00' } });
    app.mail.length = 0;
    app.clock.set(at('2026-11-05T21:30:00Z'));
    await app.notifications.notify(jo.id, 'talk.invitation', { partnerName: 'Sam' });
    await jo.client.post('/api/notifications/read-all');
    app.clock.set(at('2026-11-06T06:00:00Z'));
    expect(await app.platform.jobs.runDue()).toMatchObject({ skipped: 1 });
    expect(app.mail).toHaveLength(0);
  });
});

describe('unsubscribing from an email', () => {
  it('turns that kind of email off with one click, needs no sign-in, and can be repeated', async () => {
    const pat = await signUp(app.http, 'Pat', 'Europe/Berlin');
    app.mail.length = 0;
    await app.notifications.notify(pat.id, 'agreement.review', { partnerName: 'Sam' });
    await app.platform.jobs.runDue();
    const [mail] = app.mail;
    const endpoint = /^<(.+)>$/.exec(mail?.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';
    expect(mail?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail?.text).toContain('/unsubscribe/');
    const path = new URL(endpoint).pathname;
    for (let i = 0; i < 2; i++) {
      // As a mail program does it: a form post, no cookie, no Origin.
      const reply = await app.http.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toEqual({ kind: 'agreement.review' });
    }
    const kinds = (await pat.client.get('/api/notifications/preferences')).body.kinds;
    expect(kinds.find((k: { kind: string }) => k.kind === 'agreement.review')).toMatchObject({
      inApp: true,
      email: false,
    });
    expect(kinds.find((k: { kind: string }) => k.kind === 'talk.invitation').email).toBe(true);
  });

  it('refuses a link that was changed', async () => {
    const reply = await app.http.inject({ method: 'POST', url: `/api/unsubscribe/${'x'.repeat(30)}.abc` });
    expect(reply.statusCode).toBe(404);
    expect(reply.json().error.code).toBe('UNSUBSCRIBE_LINK_INVALID');
  });
});
