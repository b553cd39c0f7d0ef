import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/client';
import { couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REMINDER = 'An agreement to look at again';
const reminders = async (client: Client) =>
  ((await client.get('/api/notifications')).body.items as Array<{ title: string; link: string }>).filter(
    (n) => n.title === REMINDER,
  );

async function agreed(wording: string) {
  const { alex, sam } = await couple(app.http);
  const { id } = (await alex.client.post('/api/agreements', { category: 'family', wording })).body;
  await sam.client.post(`/api/agreements/${id}/accept`, { basedOn: 1 });
  return { alex, sam, id: id as string };
}

// The clock starts on 2 March 2026; four weeks on is 30 March, after Europe moved to summer time
// (Berlin UTC+2) and three weeks after New York did (UTC−4).
describe('the review date', () => {
  it('reminds each partner in the morning of their own time zone, once', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam, id } = await agreed('We call your parents on Sundays.');
    app.clock.set(new Date('2026-03-30T06:59:00Z'));
    await app.platform.jobs.runDue();
    expect(await reminders(alex.client)).toHaveLength(0);
    expect((await alex.client.get(`/api/agreements/${id}`)).body.isDue).toBe(true);

    app.clock.set(new Date('2026-03-30T07:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await reminders(alex.client)).toEqual([expect.objectContaining({ link: '/agreements' })]);
    expect(await reminders(sam.client)).toHaveLength(0);
    app.clock.set(new Date('2026-03-30T13:00:00Z'));
    await app.platform.jobs.runDue();
    await app.platform.jobs.runDue();
    expect(await reminders(sam.client)).toHaveLength(1);
    expect(await reminders(alex.client)).toHaveLength(1);
    expect(JSON.stringify((await sam.client.get('/api/notifications')).body)).not.toContain('parents');
  });

  it('offers keep, revise or retire once due; keeping moves the review on and plans a new reminder', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { alex, sam, id } = await agreed('We visit my sister once a month.');
    const early = await alex.client.post(`/api/agreements/${id}/keep`, { basedOn: 1 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('AGREEMENT_STATE');

    app.clock.set(new Date('2026-03-30T14:00:00Z'));
    await app.platform.jobs.runDue();
    const kept = await alex.client.post(`/api/agreements/${id}/keep`, { basedOn: 1 });
    expect(kept.body).toMatchObject({
      status: 'active',
      isDue: false,
      reviewOn: '2026-04-27',
      kept: { by: { name: 'Alex' }, at: '2026-03-30T14:00:00.000Z' },
    });
    app.clock.set(new Date('2026-04-27T13:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await reminders(sam.client)).toHaveLength(2);
  });

  it('sends nothing for an agreement retired or revised before its review date', async () => {
    app.clock.set(new Date('2026-03-02T09:00:00Z'));
    const retired = await agreed('We share the car on weekends.');
    await retired.alex.client.post(`/api/agreements/${retired.id}/retire`, { basedOn: 1 });
    const revised = await agreed('Laundry on Tuesdays.');
    const next = await revised.sam.client.post(`/api/agreements/${revised.id}/versions`, {
      basedOn: 1,
      category: 'chores',
      wording: 'Laundry on Tuesdays and Saturdays.',
      reviewOn: '2026-05-04',
    });
    await revised.alex.client.post(`/api/agreements/${revised.id}/accept`, { basedOn: 2 });
    expect(next.body.active).toMatchObject({ number: 1 });

    app.clock.set(new Date('2026-03-31T12:00:00Z'));
    await app.platform.jobs.runDue();
    expect(await reminders(retired.alex.client)).toHaveLength(0);
    expect(await reminders(revised.alex.client)).toHaveLength(0);
    const after = (await revised.alex.client.get(`/api/agreements/${revised.id}`)).body;
    expect(after).toMatchObject({ reviewOn: '2026-05-04', isDue: false, active: { number: 2 } });
    const gone = (await retired.sam.client.get(`/api/agreements/${retired.id}`)).body;
    expect(gone).toMatchObject({ status: 'retired', retired: { by: { name: 'Alex' } }, isDue: false });
    expect(
      (await retired.sam.client.post(`/api/agreements/${retired.id}/accept`, { basedOn: 1 })).status,
    ).toBe(409);
  });
});
