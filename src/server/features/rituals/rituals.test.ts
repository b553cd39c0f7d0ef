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
beforeEach(() => app.clock.set(new Date('2026-03-02T09:00:00Z')));

const port = () => (app.http.server.address() as AddressInfo).port;
const walk = { libraryId: 'evening-walk', minutes: 15, rule: 'FREQ=DAILY', time: '19:30', isProposed: true };
const DAY = '2026-03-02';

describe('a ritual proposed by one and joined by the other', () => {
  it('starts from the library, waits for the partner, and is theirs once they join', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const made = await alex.client.post('/api/rituals', walk);
    expect(made.status).toBe(201);
    expect(made.body.ritual).toMatchObject({
      title: '15-minute evening walk',
      timeZone: 'Europe/Berlin',
      startDay: DAY,
      partnerAnswer: 'waiting',
      isTakingPart: true,
      // 19:30 in Berlin is 18:30 UTC in March.
      next: { day: DAY, startsAt: '2026-03-02T18:30:00.000Z' },
    });
    await screen.next((e) => e.type === 'ritual.changed');
    screen.close();

    const id = made.body.ritual.id as string;
    const seen = (await sam.client.get('/api/rituals')).body;
    expect(seen.rituals).toMatchObject([
      { id, proposer: { name: 'Alex', isYou: false }, isTakingPart: false },
    ]);
    expect(seen.next).toBeNull();
    // Not joined yet: Sam cannot log it.
    expect((await sam.client.put(`/api/rituals/${id}/occurrences/${DAY}`, { status: 'done' })).status).toBe(
      403,
    );

    const joined = await sam.client.post(`/api/rituals/${id}/answer`, { answer: 'join' });
    expect(joined.body.ritual).toMatchObject({ partnerAnswer: 'joined', isTakingPart: true });
    expect((await sam.client.get('/api/rituals')).body.next).toMatchObject({
      ritualId: id,
      title: '15-minute evening walk',
      startsAt: '2026-03-02T18:30:00.000Z',
    });
  });

  it('can be declined, and only its proposer changes or ends it', async () => {
    const { alex, sam } = await couple(app.http);
    const id = (await alex.client.post('/api/rituals', walk)).body.ritual.id;
    const declined = await sam.client.post(`/api/rituals/${id}/answer`, { answer: 'decline' });
    expect(declined.body.ritual.partnerAnswer).toBe('declined');
    expect((await sam.client.patch(`/api/rituals/${id}`, { time: '20:00' })).status).toBe(403);
    const changed = await alex.client.patch(`/api/rituals/${id}`, { time: '20:00' });
    expect(changed.body.ritual.next.startsAt).toBe('2026-03-02T19:00:00.000Z');
    expect((await sam.client.delete(`/api/rituals/${id}`)).status).toBe(403);
    expect((await alex.client.delete(`/api/rituals/${id}`)).status).toBe(204);
    expect((await alex.client.get('/api/rituals')).body.rituals).toEqual([]);
    expect((await sam.client.get(`/api/rituals/${id}`)).status).toBe(404);
  });

  it('tells the partner it was proposed, and again when asked once more after "not for now"', async () => {
    const { alex, sam } = await couple(app.http);
    const proposals = async () =>
      (
        (await sam.client.get('/api/notifications')).body.items as Array<{ title: string; link: string }>
      ).filter((n) => n.title === 'Alex suggested a ritual for you two');
    const own = { ...walk, libraryId: null, title: 'Morning pages', isProposed: false };
    const kept = (await alex.client.post('/api/rituals', own)).body.ritual.id;
    expect(await proposals()).toEqual([]);
    const id = (await alex.client.post('/api/rituals', walk)).body.ritual.id;
    expect((await proposals()).map((n) => n.link)).toEqual([`/rituals/${id}`]);

    await sam.client.post(`/api/rituals/${id}/answer`, { answer: 'decline' });
    // Changing its time is not asking again.
    await alex.client.patch(`/api/rituals/${id}`, { time: '20:00' });
    expect(await proposals()).toHaveLength(1);
    const again = await alex.client.patch(`/api/rituals/${id}`, { isProposed: true });
    expect(again.body.ritual.partnerAnswer).toBe('waiting');
    expect(await proposals()).toHaveLength(2);
    // A ritual kept alone until now, proposed: that is asking too.
    await alex.client.patch(`/api/rituals/${kept}`, { isProposed: true });
    expect((await proposals()).map((n) => n.link)).toContain(`/rituals/${kept}`);
    // None of it reaches Alex.
    const alexCentre = JSON.stringify((await alex.client.get('/api/notifications')).body);
    expect(alexCentre).not.toContain('suggested a ritual');
  });

  it('kept for oneself stays invisible to the partner', async () => {
    const { alex, sam } = await couple(app.http);
    const own = {
      libraryId: null,
      title: 'Morning pages',
      minutes: 10,
      rule: 'FREQ=DAILY',
      time: '07:00',
      isProposed: false,
    };
    const id = (await alex.client.post('/api/rituals', own)).body.ritual.id;
    expect((await sam.client.get('/api/rituals')).body.rituals).toEqual([]);
    expect((await sam.client.get(`/api/rituals/${id}`)).status).toBe(404);
    expect((await alex.client.post('/api/rituals', { ...own, title: '  ' })).status).toBe(400);
    expect((await alex.client.post('/api/rituals', { ...own, rule: 'FREQ=HOURLY' })).status).toBe(400);
  });
});

describe('logging occurrences', () => {
  it('keeps each feeling private until both said theirs, then records one win', async () => {
    const { alex, sam } = await couple(app.http);
    const id = (await alex.client.post('/api/rituals', walk)).body.ritual.id;
    await sam.client.post(`/api/rituals/${id}/answer`, { answer: 'join' });
    const at = `/api/rituals/${id}/occurrences/${DAY}`;
    expect((await alex.client.put(`${at}/feeling`, { feeling: 5 })).status).toBe(409);
    await alex.client.put(at, { status: 'done' });
    await alex.client.put(`${at}/feeling`, { feeling: 5 });

    const samSees = (await sam.client.get(`/api/rituals/${id}`)).body.occurrences.find(
      (o: { day: string }) => o.day === DAY,
    );
    expect(samSees).toMatchObject({
      status: 'done',
      myFeeling: null,
      partnerFeeling: null,
      hasPartnerRated: true,
    });
    expect(JSON.stringify((await sam.client.get(`/api/rituals/${id}`)).body)).not.toContain(
      '"averageFeeling":5',
    );
    expect((await sam.client.get('/api/wins')).body.wins).toEqual([]);

    const rated = (await sam.client.put(`${at}/feeling`, { feeling: 4 })).body;
    expect(rated.occurrences.find((o: { day: string }) => o.day === DAY)).toMatchObject({
      myFeeling: 4,
      partnerFeeling: 5,
    });
    expect(rated.stats).toMatchObject({ done: 1, averageFeeling: 4.5 });
    await alex.client.put(`${at}/feeling`, { feeling: 4 });
    expect((await alex.client.get('/api/wins')).body.wins).toMatchObject([{ source: 'ritual', by: null }]);
  });

  it('counts done, skipped and moved occurrences and suggests what to do next', async () => {
    const { alex } = await couple(app.http);
    const mine = {
      libraryId: 'mindful-minutes',
      minutes: 5,
      rule: 'FREQ=DAILY',
      time: '07:30',
      isProposed: false,
    };
    const id = (await alex.client.post('/api/rituals', { ...mine, startDay: '2026-02-23' })).body.ritual.id;
    for (const day of ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27']) {
      await alex.client.put(`/api/rituals/${id}/occurrences/${day}`, { status: 'done' });
      await alex.client.put(`/api/rituals/${id}/occurrences/${day}/feeling`, { feeling: 5 });
    }
    await alex.client.put(`/api/rituals/${id}/occurrences/2026-02-28`, {
      status: 'moved',
      movedTo: '2026-02-28T17:00:00Z',
    });
    const { stats } = (await alex.client.get(`/api/rituals/${id}`)).body;
    // Due: 23 Feb to 2 Mar (8 days) less the moved one; done 5.
    expect(stats).toMatchObject({ due: 7, done: 5, completion: 0.71, averageFeeling: 5 });
    expect(stats.suggestion).toEqual({ kind: 'keep', reason: 'steady' });

    await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-01`, { status: 'done' });
    await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-02`, { status: 'done' });
    const after = (await alex.client.get(`/api/rituals/${id}`)).body.stats;
    expect(after).toMatchObject({ due: 7, done: 7, completion: 1 });
    expect(after.suggestion).toEqual({ kind: 'expand', reason: 'close-and-kept' });
    expect(
      (await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-09`, { status: 'done' })).status,
    ).toBe(409);
  });

  it('kept for months: the numbers cover the last eight weeks, and the next one follows what was logged', async () => {
    const { alex } = await couple(app.http);
    const weekly = { ...walk, rule: 'FREQ=WEEKLY;BYDAY=MO', isProposed: false, startDay: '2025-12-01' };
    const id = (await alex.client.post('/api/rituals', weekly)).body.ritual.id;
    // Thirteen Mondays done, the first five of them before the eight weeks the numbers look at.
    for (let week = 0; week < 13; week++) {
      const day = new Date(Date.UTC(2025, 11, 1 + 7 * week)).toISOString().slice(0, 10);
      await alex.client.put(`/api/rituals/${id}/occurrences/${day}`, { status: 'done' });
    }
    expect((await alex.client.get(`/api/rituals/${id}`)).body.stats).toMatchObject({ due: 8, done: 8 });

    await alex.client.put(`/api/rituals/${id}/occurrences/${DAY}`, { status: 'skipped' });
    expect((await alex.client.get('/api/rituals')).body.next).toMatchObject({
      ritualId: id,
      startsAt: '2026-03-09T18:30:00.000Z',
    });
    await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-09`, {
      status: 'moved',
      movedTo: '2026-03-12T18:00:00Z',
    });
    expect((await alex.client.get('/api/rituals')).body.rituals[0].next).toEqual({
      day: '2026-03-09',
      startsAt: '2026-03-12T18:00:00.000Z',
    });
  });

  it('refuses a day the ritual does not happen', async () => {
    const { alex } = await couple(app.http);
    const weekly = { ...walk, rule: 'FREQ=WEEKLY;BYDAY=MO', isProposed: false };
    const id = (await alex.client.post('/api/rituals', weekly)).body.ritual.id;
    expect(
      (await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-03`, { status: 'done' })).status,
    ).toBe(404);
    expect(
      (await alex.client.put(`/api/rituals/${id}/occurrences/2026-03-02`, { status: 'moved' })).status,
    ).toBe(400);
  });
});

describe('a partner who leaves the space', () => {
  it('no longer takes part: the one who stays keeps the ritual and logs it alone', async () => {
    const { alex, sam } = await couple(app.http);
    const id = (await alex.client.post('/api/rituals', walk)).body.ritual.id;
    await sam.client.post(`/api/rituals/${id}/answer`, { answer: 'join' });
    await sam.client.post('/api/space/leave');
    const at = `/api/rituals/${id}/occurrences/${DAY}`;
    await alex.client.put(at, { status: 'done' });
    const rated = (await alex.client.put(`${at}/feeling`, { feeling: 4 })).body;
    expect(rated.ritual.partnerAnswer).not.toBe('joined');
    expect(rated.stats.averageFeeling).toBe(4);
    expect((await sam.client.get(`/api/rituals/${id}`)).status).toBeGreaterThanOrEqual(400);
  });
});

describe('joining a partner after starting alone', () => {
  it('brings rituals kept alone into the shared space, still one’s own', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam', 'America/New_York');
    await alex.client.post('/api/space');
    await sam.client.post('/api/space');
    const own = {
      libraryId: 'bedtime-talk',
      minutes: 5,
      rule: 'FREQ=DAILY',
      time: '22:30',
      isProposed: false,
    };
    const id = (await sam.client.post('/api/rituals', own)).body.ritual.id;
    await sam.client.put(`/api/rituals/${id}/occurrences/${DAY}`, { status: 'done' });
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    await sam.client.post('/api/space/join', { token: link.split('/join/')[1] });

    const mine = (await sam.client.get(`/api/rituals/${id}`)).body;
    expect(mine.ritual).toMatchObject({ title: 'Lights-out talk', isProposed: false });
    expect(mine.occurrences.find((o: { day: string }) => o.day === DAY).status).toBe('done');
    expect((await alex.client.get('/api/rituals')).body.rituals).toEqual([]);
    await sam.client.patch(`/api/rituals/${id}`, { isProposed: true });
    expect((await alex.client.get('/api/rituals')).body.rituals).toMatchObject([{ id }]);
  });
});
