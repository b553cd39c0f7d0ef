import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple, signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createAgreementService } from './service';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

const port = () => (app.http.server.address() as AddressInfo).port;
const PHONES = 'Phones stay in the hall during dinner.';
const PHONES_WEEKDAYS = 'Phones stay in the hall during dinner on weekdays.';

describe('an agreement', () => {
  it('holds only once both accepted it, and keeps every version with who and when', async () => {
    const { alex, sam } = await couple(app.http);
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const proposed = await alex.client.post('/api/agreements', { category: 'technology', wording: PHONES });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', latest: 1, active: null, reviewOn: null });
    expect(proposed.body.pending).toMatchObject({ number: 1, reviewOn: '2026-03-30', wording: PHONES });
    const event = await screen.next((e) => e.type === 'agreement.changed');
    expect(JSON.stringify(event)).not.toContain('hall');
    screen.close();
    const id = proposed.body.id as string;

    // The proposer cannot accept their own words.
    expect((await alex.client.post(`/api/agreements/${id}/accept`, { basedOn: 1 })).status).toBe(409);

    const counter = await sam.client.post(`/api/agreements/${id}/versions`, {
      basedOn: 1,
      category: 'technology',
      wording: PHONES_WEEKDAYS,
    });
    expect(counter.status).toBe(200);
    expect(counter.body).toMatchObject({ status: 'proposed', latest: 2, canAnswer: false });
    expect((await sam.client.post(`/api/agreements/${id}/accept`, { basedOn: 2 })).status).toBe(409);

    app.clock.advance(60_000);
    const accepted = await alex.client.post(`/api/agreements/${id}/accept`, { basedOn: 2 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'active',
      pending: null,
      reviewOn: '2026-03-30',
      isDue: false,
      active: { number: 2, wording: PHONES_WEEKDAYS, status: 'accepted' },
    });
    const history = accepted.body.versions as Array<Record<string, unknown>>;
    expect(history.map((v) => [v.number, v.status])).toEqual([
      [2, 'accepted'],
      [1, 'replaced'],
    ]);
    expect(history[0]).toMatchObject({
      proposed: { by: { name: 'Sam', isYou: false } },
      accepted: { by: { name: 'Alex', isYou: true }, at: '2026-03-02T09:01:00.000Z' },
    });
    expect(history[1]).toMatchObject({ wording: PHONES, proposed: { by: { name: 'Alex' } }, accepted: null });

    const ledger = (await sam.client.get('/api/agreements')).body;
    expect(ledger.agreements[0]).toMatchObject({
      id,
      status: 'active',
      active: { wording: PHONES_WEEKDAYS },
    });
  });

  it('stands on its own in the ledger beside others waiting for an answer', async () => {
    const { alex, sam } = await couple(app.http);
    const held = (await alex.client.post('/api/agreements', { category: 'technology', wording: PHONES }))
      .body;
    await sam.client.post(`/api/agreements/${held.id}/accept`, { basedOn: 1 });
    app.clock.advance(60_000);
    await sam.client.post('/api/agreements', {
      category: 'chores',
      wording: 'Whoever cooks does not wash up.',
    });
    const ledger = (await alex.client.get('/api/agreements')).body.agreements;
    expect(
      ledger.map((a: { status: string; pending: unknown; canAnswer: boolean }) => [
        a.status,
        !!a.pending,
        a.canAnswer,
      ]),
    ).toEqual([
      ['proposed', true, true],
      ['active', false, false],
    ]);
  });

  it('never overwrites a partner silently: the second edit gets a 409 with the other’s version', async () => {
    const { alex, sam } = await couple(app.http);
    const { id } = (
      await alex.client.post('/api/agreements', { category: 'time', wording: 'Sunday is ours.' })
    ).body;
    await sam.client.post(`/api/agreements/${id}/accept`, { basedOn: 1 });
    // Both open the agreement at version 1 and revise it at the same moment.
    const [first, second] = await Promise.all([
      alex.client.post(`/api/agreements/${id}/versions`, {
        basedOn: 1,
        category: 'time',
        wording: 'Sunday mornings are ours.',
      }),
      sam.client.post(`/api/agreements/${id}/versions`, {
        basedOn: 1,
        category: 'time',
        wording: 'Sunday afternoons are ours.',
      }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [won, lost] = first.status === 200 ? [first, second] : [second, first];
    expect(lost.body.error.code).toBe('AGREEMENT_CHANGED');
    expect(lost.body.error.details.agreement).toMatchObject({
      latest: 2,
      pending: { number: 2, wording: won.body.pending.wording },
      active: { number: 1, wording: 'Sunday is ours.' },
    });
    const versions = (await alex.client.get(`/api/agreements/${id}`)).body.versions;
    expect(versions).toHaveLength(2);
    // Reconciled on top of the other's version, the change goes through.
    const loser = first.status === 409 ? alex : sam;
    const retry = await loser.client.post(`/api/agreements/${id}/versions`, {
      basedOn: 2,
      category: 'time',
      wording: 'Sunday mornings are ours, afternoons free.',
    });
    expect(retry.body).toMatchObject({ latest: 3, pending: { number: 3 }, active: { number: 1 } });
    expect(retry.body.versions.map((v: { status: string }) => v.status)).toEqual([
      'proposed',
      'replaced',
      'accepted',
    ]);
  });

  it('can be talked over: the proposer is invited to a talk on its words', async () => {
    const { alex, sam } = await couple(app.http);
    const { id } = (
      await alex.client.post('/api/agreements', { category: 'money', wording: 'We ask before spending 100.' })
    ).body;
    const discussed = await sam.client.post(`/api/agreements/${id}/discuss`, { basedOn: 1 });
    expect(discussed.status).toBe(200);
    expect(discussed.body.pending.discussion).toMatchObject({ by: { name: 'Sam', isYou: true } });
    const talkId = discussed.body.pending.discussion.talkId as string;
    const talk = (await alex.client.get(`/api/talks/${talkId}`)).body;
    expect(talk).toMatchObject({ topic: 'We ask before spending 100.', phase: 'invited' });
    const centre = JSON.stringify((await alex.client.get('/api/notifications')).body);
    expect(centre).toContain('Sam would like to talk');
    expect(centre).not.toContain('spending');
    // The proposal still waits for an answer.
    expect(discussed.body).toMatchObject({ status: 'proposed', canAnswer: true });
    expect((await alex.client.post(`/api/agreements/${id}/discuss`, { basedOn: 1 })).status).toBe(409);
    // Asked once is enough: a second request would only send a second invitation.
    const again = await sam.client.post(`/api/agreements/${id}/discuss`, { basedOn: 1 });
    expect(again.status).toBe(409);
    expect((await alex.client.get('/api/talks')).body.talks).toHaveLength(1);
  });

  it('refuses what does not fit: no partner, a past review date, a stranger', async () => {
    const alone = await signUp(app.http, 'Robin');
    await alone.client.post('/api/space');
    const solo = await alone.client.post('/api/agreements', {
      category: 'time',
      wording: 'Walks on Fridays.',
    });
    expect(solo.status).toBe(409);
    expect(solo.body.error.code).toBe('NO_PARTNER');

    const { alex } = await couple(app.http);
    const past = await alex.client.post('/api/agreements', {
      category: 'time',
      wording: 'Walks on Fridays.',
      reviewOn: '2026-03-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields.reviewOn).toBeTruthy();
    const unreal = await alex.client.post('/api/agreements', {
      category: 'time',
      wording: 'Walks.',
      reviewOn: '2026-02-30',
    });
    expect(unreal.status).toBe(400);
    const bad = await alex.client.post('/api/agreements', { category: 'weather', wording: 'Sun.' });
    expect(bad.status).toBe(400);

    const { id } = (
      await alex.client.post('/api/agreements', { category: 'chores', wording: 'Dishes by ten.' })
    ).body;
    const other = await couple(app.http);
    expect((await other.sam.client.get(`/api/agreements/${id}`)).status).toBe(404);
    expect((await other.sam.client.post(`/api/agreements/${id}/accept`, { basedOn: 1 })).status).toBe(404);
    expect(JSON.stringify((await other.sam.client.get('/api/agreements')).body)).not.toContain('Dishes');
  });

  it('can be proposed from another room, on someone’s behalf, as a proposal like any other', async () => {
    const { alex, sam, spaceId } = await couple(app.http);
    const agreements = createAgreementService(app.platform);
    const fromRepair = await agreements.proposeFrom(
      { personId: alex.id, spaceId },
      { category: 'tone', wording: 'We take a pause before voices rise.', source: 'repair' },
    );
    expect(fromRepair).toMatchObject({ status: 'proposed', source: 'repair', pending: { number: 1 } });
    const seen = (await sam.client.get('/api/agreements')).body.agreements[0];
    expect(seen).toMatchObject({ id: fromRepair.id, source: 'repair', canAnswer: true });
    expect(seen.pending.proposed.by).toMatchObject({ name: 'Alex', isYou: false });
    const accepted = await sam.client.post(`/api/agreements/${fromRepair.id}/accept`, { basedOn: 1 });
    expect(accepted.body.status).toBe('active');
  });
});

describe('personal needs', () => {
  it('need no acceptance and reach the partner only when shared', async () => {
    const { alex, sam } = await couple(app.http);
    const quiet = await alex.client.post('/api/needs', {
      wording: 'I need twenty minutes alone after work.',
      isShared: false,
    });
    expect(quiet.status).toBe(201);
    expect(JSON.stringify((await sam.client.get('/api/agreements')).body.needs)).not.toContain('twenty');
    expect((await sam.client.patch(`/api/needs/${quiet.body.id}`, { isShared: true })).status).toBe(404);

    const shared = await alex.client.patch(`/api/needs/${quiet.body.id}`, { isShared: true });
    expect(shared.body).toMatchObject({ isShared: true, by: { isYou: true } });
    const samSees = (await sam.client.get('/api/agreements')).body.needs;
    expect(samSees).toEqual([
      expect.objectContaining({ wording: 'I need twenty minutes alone after work.' }),
    ]);
    expect(samSees[0].by).toMatchObject({ name: 'Alex', isYou: false });
    expect((await sam.client.delete(`/api/needs/${quiet.body.id}`)).status).toBe(403);
    expect((await alex.client.delete(`/api/needs/${quiet.body.id}`)).status).toBe(204);
    expect((await sam.client.get('/api/agreements')).body.needs).toEqual([]);
  });
});
