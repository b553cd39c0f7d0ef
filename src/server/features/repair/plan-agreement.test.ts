import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const stepUrl = (id: string, step: string) => `/api/after-fights/${id}/steps/${step}`;

/** Alex and Sam go through a conversation to the plans; Alex's plan is the words given. */
async function toPlans(alex: Client, sam: Client, alexPlan: string) {
  const id = (await alex.post('/api/after-fights')).body.id as string;
  await sam.post(`/api/after-fights/${id}/join`);
  await alex.post(stepUrl(id, 'feelings'), { feelings: ['hurt'] });
  await sam.post(stepUrl(id, 'feelings'), { feelings: ['tired'] });
  for (const step of ['account', 'triggers', 'ownPart']) {
    await alex.post(stepUrl(id, step), { text: `Alex at ${step}` });
    await sam.post(stepUrl(id, step), { text: `Sam at ${step}` });
  }
  await alex.post(stepUrl(id, 'plan'), { text: alexPlan });
  return id;
}

type Entry = { id: string; step: string; by: { isYou: boolean }; agreementId: string | null };
const planOf = (fight: { entries: Entry[] }, isYou: boolean) =>
  fight.entries.find((e) => e.step === 'plan' && e.by.isYou === isYou);

describe('a plan from after a fight', () => {
  it('becomes a proposal its author makes once, which the partner accepts in the ledger', async () => {
    const { alex, sam } = await couple(app.http);
    const plan = 'When one of us raises their voice, we take ten minutes and come back.';
    const id = await toPlans(alex.client, sam.client, plan);
    const waiting = (await alex.client.get(`/api/after-fights/${id}`)).body;
    const early = await alex.client.post(
      `/api/after-fights/${id}/plans/${planOf(waiting, true)?.id}/agreement`,
      {
        category: 'tone',
      },
    );
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('AFTER_FIGHT_STATE');

    const done = (await sam.client.post(stepUrl(id, 'plan'), { text: 'I say when I need a pause.' })).body;
    const alexPlanId = planOf(done, false)?.id as string;
    const samPlanId = planOf(done, true)?.id as string;
    const notTheirs = await sam.client.post(`/api/after-fights/${id}/plans/${alexPlanId}/agreement`, {
      category: 'tone',
    });
    expect(notTheirs.status).toBe(403);

    const url = `/api/after-fights/${id}/plans/${alexPlanId}/agreement`;
    const proposed = await alex.client.post(url, { category: 'tone' });
    expect(proposed.status).toBe(200);
    const agreementId = planOf(proposed.body, true)?.agreementId;
    expect(agreementId).toEqual(expect.any(String));
    expect(planOf(proposed.body, false)).toMatchObject({ id: samPlanId, agreementId: null });
    const again = await alex.client.post(url, { category: 'time' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PLAN_PROPOSED');

    const ledger = (await sam.client.get('/api/agreements')).body.agreements;
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({
      id: agreementId,
      status: 'proposed',
      pending: { category: 'tone', wording: plan },
    });
    const accepted = await sam.client.post(`/api/agreements/${agreementId}/accept`, { basedOn: 1 });
    expect(accepted.body.status).toBe('active');
    // Sam's screen of the conversation shows Alex's plan as proposed.
    expect(planOf((await sam.client.get(`/api/after-fights/${id}`)).body, false)?.agreementId).toBe(
      agreementId,
    );
  });

  it('asks for fewer words when the plan is longer than an agreement holds', async () => {
    const { alex, sam } = await couple(app.http);
    const id = await toPlans(alex.client, sam.client, `We try this: ${'a small step, '.repeat(25)}`);
    const done = (await sam.client.post(stepUrl(id, 'plan'), { text: 'Mine.' })).body;
    const url = `/api/after-fights/${id}/plans/${planOf(done, false)?.id}/agreement`;
    const long = await alex.client.post(url, { category: 'other' });
    expect(long.status).toBe(400);
    expect(long.body.error.fields.wording).toMatch(/280 characters/);
    const shorter = await alex.client.post(url, {
      category: 'other',
      wording: 'We take one small step at a time.',
    });
    expect(shorter.status).toBe(200);
  });
});
