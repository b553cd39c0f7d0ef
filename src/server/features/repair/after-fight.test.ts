import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, couple, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const stepUrl = (id: string, step: string) => `/api/after-fights/${id}/steps/${step}`;

async function begun(alex: Client, sam: Client): Promise<string> {
  const { id } = (await alex.post('/api/after-fights')).body;
  await sam.post(`/api/after-fights/${id}/join`);
  return id as string;
}

describe('after a fight', () => {
  it('goes step by step for both, in order, and ends with a plan from each that both can read', async () => {
    const { alex, sam } = await couple(app.http);
    const started = await alex.client.post('/api/after-fights');
    expect(started.body).toMatchObject({ phase: 'waiting', starter: { name: 'Alex', isYou: true } });
    const id = started.body.id as string;
    expect((await alex.client.post('/api/after-fights')).status).toBe(409);
    expect((await sam.client.post(`/api/after-fights/${id}/join`)).body.phase).toBe('feelings');

    await alex.client.post(stepUrl(id, 'feelings'), { feelings: ['hurt', 'tired'], text: 'Mostly tired.' });
    // Sam does not see Alex's feelings until Sam has named theirs.
    expect((await sam.client.get(`/api/after-fights/${id}`)).body.entries).toEqual([]);
    const both = await sam.client.post(stepUrl(id, 'feelings'), { feelings: ['lonely'] });
    expect(both.body.phase).toBe('account');
    expect(both.body.entries.map((e: { feelings: string[] }) => e.feelings)).toEqual([
      ['hurt', 'tired'],
      ['lonely'],
    ]);

    const early = await sam.client.post(stepUrl(id, 'account'), { text: 'My side.' });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'AFTER_FIGHT_STATE',
      message: 'Your partner tells their side first; yours comes next.',
    });
    await alex.client.post(stepUrl(id, 'account'), { text: 'I came home late and the kitchen was a mess.' });
    const heard = (await sam.client.get(`/api/after-fights/${id}`)).body;
    expect(heard.turnOf).toEqual([heard.partner.id]);
    expect(JSON.stringify(heard.entries)).toContain('came home late');
    await sam.client.post(stepUrl(id, 'account'), { text: 'I had been waiting all evening.' });

    for (const step of ['triggers', 'ownPart', 'plan']) {
      await alex.client.post(stepUrl(id, step), { text: `Alex at ${step}` });
      await sam.client.post(stepUrl(id, step), { text: `Sam at ${step}` });
    }
    const done = (await alex.client.get(`/api/after-fights/${id}`)).body;
    expect(done.phase).toBe('done');
    expect(done.endedAt).not.toBeNull();
    const plans = done.entries.filter((e: { step: string }) => e.step === 'plan');
    expect(plans.map((p: { text: string }) => p.text)).toEqual(['Alex at plan', 'Sam at plan']);
    expect((await sam.client.get('/api/repair')).body.afterFights[0]).toMatchObject({ id, phase: 'done' });
  });

  it('is one at a time, even when both ask at the same moment', async () => {
    const { alex, sam } = await couple(app.http);
    const replies = await Promise.all([
      alex.client.post('/api/after-fights'),
      sam.client.post('/api/after-fights'),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = replies.find((r) => r.status === 409);
    expect(refused?.body.error.code).toBe('AFTER_FIGHT_OPEN');
    expect((await alex.client.get('/api/repair')).body.afterFights).toHaveLength(1);
  });

  it('refuses a step out of order with a 409 that says where they are', async () => {
    const { alex, sam } = await couple(app.http);
    const { id } = (await alex.client.post('/api/after-fights')).body;
    const waiting = await alex.client.post(stepUrl(id, 'feelings'), { feelings: ['sad'] });
    expect(waiting.status).toBe(409);
    expect(waiting.body.error.message).toBe('Your partner has not said they are calm and ready yet.');
    expect((await alex.client.post(`/api/after-fights/${id}/join`)).status).toBe(409);
    await sam.client.post(`/api/after-fights/${id}/join`);
    const ahead = await alex.client.post(stepUrl(id, 'plan'), { text: 'A plan' });
    expect(ahead.status).toBe(409);
    expect(ahead.body.error.message).toBe('Not yet: a plan comes after naming your feelings.');
    await alex.client.post(stepUrl(id, 'feelings'), { feelings: ['sad'] });
    const twice = await alex.client.post(stepUrl(id, 'feelings'), { feelings: ['sad'] });
    expect(twice.body.error.message).toBe('You have done this step; your partner is still on it.');
    expect((await alex.client.post(stepUrl(id, 'nonsense'), { text: 'x' })).status).toBe(400);
  });

  it('asks for feelings from the list at the first step and words at the others', async () => {
    const { alex, sam } = await couple(app.http);
    const id = await begun(alex.client, sam.client);
    expect((await alex.client.post(stepUrl(id, 'feelings'), { feelings: ['betrayed'] })).status).toBe(400);
    const noFeelings = await alex.client.post(stepUrl(id, 'feelings'), { text: 'Just words' });
    expect(noFeelings.status).toBe(400);
    expect(noFeelings.body.error.fields).toHaveProperty('feelings');
    await alex.client.post(stepUrl(id, 'feelings'), { feelings: ['sad'] });
    await sam.client.post(stepUrl(id, 'feelings'), { feelings: ['numb'] });
    const noWords = await alex.client.post(stepUrl(id, 'account'), { feelings: ['sad'] });
    expect(noWords.status).toBe(400);
    expect((await alex.client.get(`/api/after-fights/${id}`)).body.phase).toBe('account');
  });

  it('can be stopped by either, needs a partner, and is seen by nobody outside the two', async () => {
    const { alex, sam } = await couple(app.http);
    const id = await begun(alex.client, sam.client);
    const other = await couple(app.http);
    expect((await other.alex.client.get(`/api/after-fights/${id}`)).status).toBe(404);
    expect((await other.alex.client.post(`/api/after-fights/${id}/stop`)).status).toBe(404);
    expect((await sam.client.post(`/api/after-fights/${id}/stop`)).body.phase).toBe('stopped');
    expect((await alex.client.post(stepUrl(id, 'feelings'), { feelings: ['sad'] })).status).toBe(409);
    expect((await alex.client.post('/api/after-fights')).status).toBe(200);

    const robin = await signUp(app.http, 'Robin');
    await robin.client.post('/api/space');
    const alone = await robin.client.post('/api/after-fights');
    expect(alone.status).toBe(409);
    expect(alone.body.error.code).toBe('NO_PARTNER');
  });
});
