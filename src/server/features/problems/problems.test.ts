import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/client';
import { couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REMINDER = 'Your experiment has run its course';
const reminders = async (client: Client) =>
  ((await client.get('/api/notifications')).body.items as Array<{ title: string; link: string }>).filter(
    (n) => n.title === REMINDER,
  );

/** A couple with a problem whose brainstorm is over: one idea from each. */
async function choosing(challenge = 'Mornings are chaotic') {
  const { alex, sam } = await couple(app.http);
  const id = (await alex.client.post('/api/problems', { challenge })).body.id as string;
  const first = await alex.client.post(`/api/problems/${id}/ideas`, {
    text: 'Lay out clothes the night before',
  });
  app.clock.advance(1000);
  await sam.client.post(`/api/problems/${id}/ideas`, { text: 'Alarm ten minutes earlier' });
  await alex.client.post(`/api/problems/${id}/done`, {});
  await sam.client.post(`/api/problems/${id}/done`, {});
  const ideaId = first.body.ideas[0].id as string;
  return { alex, sam, id, ideaId };
}

describe('a problem', () => {
  it('starts with a brainstorm where ideas carry no rating, then moves to choosing once both are done', async () => {
    const { alex, sam } = await couple(app.http);
    const started = await alex.client.post('/api/problems', { challenge: 'Evenings feel rushed' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ phase: 'brainstorm', challenge: 'Evenings feel rushed', ideas: [] });
    const id = started.body.id as string;
    await alex.client.post(`/api/problems/${id}/ideas`, { text: 'Cook twice a week in bulk' });
    const done = await alex.client.post(`/api/problems/${id}/done`, {});
    expect(done.body).toMatchObject({ phase: 'brainstorm', doneBy: [alex.id] });
    const seen = (await sam.client.get(`/api/problems/${id}`)).body;
    expect(seen.ideas).toEqual([
      {
        id: expect.any(String),
        by: { id: alex.id, name: 'Alex', isYou: false },
        text: 'Cook twice a week in bulk',
        isTried: false,
      },
    ]);
    const choose = await sam.client.post(`/api/problems/${id}/experiment`, {
      ideaId: seen.ideas[0].id,
      endsOn: '2026-03-09',
    });
    expect(choose.status).toBe(409);
    expect(choose.body.error).toMatchObject({
      code: 'PROBLEM_STATE',
      message: expect.stringMatching(/brainstorm/),
    });
    expect((await sam.client.post(`/api/problems/${id}/done`, {})).body.phase).toBe('choosing');
    const late = await sam.client.post(`/api/problems/${id}/ideas`, { text: 'Late idea' });
    expect(late.status).toBe(409);
  });

  it('runs one experiment at a time in a space', async () => {
    const first = await choosing('Mornings are chaotic');
    const second = await first.alex.client.post('/api/problems', { challenge: 'Weekends slip away' });
    const otherId = second.body.id as string;
    const idea = await first.alex.client.post(`/api/problems/${otherId}/ideas`, {
      text: 'Plan Saturday on Friday',
    });
    await first.alex.client.post(`/api/problems/${otherId}/done`, {});
    await first.sam.client.post(`/api/problems/${otherId}/done`, {});

    const picked = await first.sam.client.post(`/api/problems/${first.id}/experiment`, {
      ideaId: first.ideaId,
      endsOn: '2026-03-09',
    });
    expect(picked.status).toBe(200);
    expect(picked.body).toMatchObject({
      phase: 'experimenting',
      experiment: { status: 'running', endsOn: '2026-03-09' },
    });
    const another = await first.alex.client.post(`/api/problems/${otherId}/experiment`, {
      ideaId: idea.body.ideas[0].id,
      endsOn: '2026-03-09',
    });
    expect(another.status).toBe(409);
    expect(another.body.error.message).toMatch(/One experiment at a time/);
    const past = await first.alex.client.post(`/api/problems/${otherId}/experiment`, {
      ideaId: idea.body.ideas[0].id,
      endsOn: '2026-03-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toEqual({ endsOn: 'choose today or a later day' });
  });

  it('reminds both on the trial’s last day in their own morning, without its words', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam, id, ideaId } = await choosing();
    await sam.client.post(`/api/problems/${id}/experiment`, { ideaId, endsOn: '2026-03-09' });
    const early = await alex.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'yes' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/still running/);

    app.clock.set(new Date('2026-03-09T07:59:00Z'));
    await app.platform.jobs.runDue();
    expect(await reminders(alex.client)).toHaveLength(0);
    app.clock.set(new Date('2026-03-09T08:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await reminders(alex.client)).toEqual([expect.objectContaining({ link: `/problems/${id}` })]);
    expect(await reminders(sam.client)).toHaveLength(0);
    app.clock.set(new Date('2026-03-09T14:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await reminders(sam.client)).toHaveLength(1);
    expect(JSON.stringify((await sam.client.get('/api/notifications')).body)).not.toMatch(/clothes|Mornings/);
    expect((await sam.client.get(`/api/problems/${id}`)).body.phase).toBe('evaluating');
    const kinds = (await sam.client.get('/api/notifications/preferences')).body.kinds as Array<{
      kind: string;
    }>;
    expect(kinds.find((k) => k.kind === 'experiment.review')).toMatchObject({ inApp: true, email: true });
  });

  it('shows each rating to the other only once both rated', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam, id, ideaId } = await choosing();
    await alex.client.post(`/api/problems/${id}/experiment`, { ideaId, endsOn: '2026-03-20' });
    expect((await sam.client.post(`/api/problems/${id}/experiment/end`, {})).body.phase).toBe('evaluating');
    const rated = await alex.client.post(`/api/problems/${id}/experiment/rating`, {
      helped: 'partly',
      comment: 'Alex’s thoughts on the mornings',
    });
    expect(rated.body.experiment).toMatchObject({ isRatedByYou: true, isRatedByPartner: false });
    expect(rated.body.experiment.ratings).toHaveLength(1);
    const samSees = (await sam.client.get(`/api/problems/${id}`)).body;
    expect(samSees.experiment).toMatchObject({ isRatedByYou: false, isRatedByPartner: true, ratings: [] });
    expect(JSON.stringify(samSees)).not.toContain('Alex’s thoughts');
    expect((await alex.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'yes' })).status).toBe(
      409,
    );

    await sam.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'yes' });
    const both = (await sam.client.get(`/api/problems/${id}`)).body.experiment.ratings;
    expect(both).toEqual([
      {
        by: { id: alex.id, name: 'Alex', isYou: false },
        helped: 'partly',
        comment: 'Alex’s thoughts on the mornings',
      },
      { by: { id: sam.id, name: 'Sam', isYou: true }, helped: 'yes', comment: null },
    ]);
  });

  it('shows a rating once the evaluation closes, and after a drop offers the next idea', async () => {
    const { alex, sam, id, ideaId } = await choosing();
    await alex.client.post(`/api/problems/${id}/experiment`, { ideaId, endsOn: '2026-03-20' });
    await alex.client.post(`/api/problems/${id}/experiment/end`, {});
    await alex.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'no', comment: 'Too rushed' });
    expect((await sam.client.post(`/api/problems/${id}/experiment/drop`, {})).body.error.message).toMatch(
      /Say how it went/,
    );
    const dropped = await alex.client.post(`/api/problems/${id}/experiment/drop`, {});
    expect(dropped.body).toMatchObject({ phase: 'dropped', experiment: { status: 'dropped' } });
    const samSees = (await sam.client.get(`/api/problems/${id}`)).body;
    expect(samSees.experiment.ratings).toEqual([
      expect.objectContaining({ helped: 'no', comment: 'Too rushed' }),
    ]);
    expect(samSees.ideas.map((i: { isTried: boolean }) => i.isTried)).toEqual([true, false]);
    const again = await sam.client.post(`/api/problems/${id}/experiment`, { ideaId, endsOn: '2026-03-20' });
    expect(again.body.error.message).toMatch(/already tried/);
    const next = await sam.client.post(`/api/problems/${id}/experiment`, {
      ideaId: samSees.ideas[1].id,
      endsOn: '2026-03-20',
    });
    expect(next.body).toMatchObject({ phase: 'experimenting', tried: [{ status: 'dropped' }] });
  });

  it('adopted as an agreement, becomes a proposal the partner accepts in the ledger', async () => {
    const { alex, sam, id, ideaId } = await choosing();
    await sam.client.post(`/api/problems/${id}/experiment`, { ideaId, endsOn: '2026-03-02' });
    await alex.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'yes' });
    await sam.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'yes' });
    const adopted = await alex.client.post(`/api/problems/${id}/experiment/adopt`, {
      as: 'agreement',
      category: 'chores',
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({
      phase: 'adopted',
      experiment: { status: 'adopted', adoptedAs: 'agreement' },
    });
    const agreementId = adopted.body.experiment.agreementId as string;
    const proposal = (await sam.client.get(`/api/agreements/${agreementId}`)).body;
    expect(proposal).toMatchObject({
      status: 'proposed',
      pending: { wording: 'Lay out clothes the night before' },
    });
    const accepted = await sam.client.post(`/api/agreements/${agreementId}/accept`, { basedOn: 1 });
    expect(accepted.body.status).toBe('active');
    expect((await alex.client.post(`/api/problems/${id}/experiment/adopt`, { as: 'kept' })).status).toBe(409);
    expect((await alex.client.post(`/api/problems/${id}/ideas`, { text: 'More' })).status).toBe(409);
  });

  it('adopted as a ritual, becomes a weekly ritual proposed to the partner', async () => {
    const { alex, sam, id, ideaId } = await choosing();
    await alex.client.post(`/api/problems/${id}/experiment`, { ideaId, endsOn: '2026-03-02' });
    await alex.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'yes' });
    const adopted = await alex.client.post(`/api/problems/${id}/experiment/adopt`, { as: 'ritual' });
    expect(adopted.status).toBe(200);
    expect(adopted.body.experiment).toMatchObject({
      status: 'adopted',
      adoptedAs: 'ritual',
      agreementId: null,
    });
    const ritualId = adopted.body.experiment.ritualId as string;
    const ritual = (await sam.client.get(`/api/rituals/${ritualId}`)).body;
    expect(ritual.ritual).toMatchObject({
      title: 'Lay out clothes the night before',
      rule: 'FREQ=WEEKLY',
      isProposed: true,
    });
    const joined = await sam.client.post(`/api/rituals/${ritualId}/answer`, { answer: 'join' });
    expect(joined.status).toBe(200);
    expect((await alex.client.post(`/api/problems/${id}/experiment/adopt`, { as: 'ritual' })).status).toBe(
      409,
    );
  });

  it('goes back to looking back when the ledger cannot take the proposal', async () => {
    const { alex, sam, id, ideaId } = await choosing();
    await alex.client.post(`/api/problems/${id}/experiment`, { ideaId, endsOn: '2026-03-02' });
    await alex.client.post(`/api/problems/${id}/experiment/rating`, { helped: 'yes' });
    await sam.client.post('/api/space/leave', {});
    const refused = await alex.client.post(`/api/problems/${id}/experiment/adopt`, {
      as: 'agreement',
      category: 'time',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('NO_PARTNER');
    const after = (await alex.client.get(`/api/problems/${id}`)).body;
    expect(after).toMatchObject({
      phase: 'evaluating',
      experiment: { status: 'running', agreementId: null },
    });
    expect((await alex.client.get('/api/agreements')).body.agreements).toEqual([]);
  });

  it('is the two partners’ alone', async () => {
    const { alex, id } = await choosing();
    const other = await couple(app.http);
    expect((await other.alex.client.get(`/api/problems/${id}`)).status).toBe(404);
    expect((await other.alex.client.post(`/api/problems/${id}/ideas`, { text: 'Hi' })).status).toBe(404);
    expect(JSON.stringify((await other.alex.client.get('/api/problems')).body)).not.toContain('Mornings');
    expect((await alex.client.get('/api/problems')).body.problems).toHaveLength(1);
  });
});
