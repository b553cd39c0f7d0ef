import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple, signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

const port = () => (app.http.server.address() as AddressInfo).port;
const SCRIPT = {
  apology: 'I am sorry I snapped at you about the dishes.',
  understanding: 'You were tired too, and it landed on you.',
  plan: 'Next time I will say I need a minute before I answer.',
};

describe('a repair', () => {
  it('is a private draft until sent, then reaches the partner live with a notification without its words', async () => {
    const { alex, sam } = await couple(app.http);
    const draft = await alex.client.post('/api/repairs', SCRIPT);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', to: null, from: { name: 'Alex', isYou: true } });
    const id = draft.body.id as string;
    expect((await sam.client.get(`/api/repairs/${id}`)).status).toBe(404);
    expect((await sam.client.get('/api/repair')).body).toMatchObject({ drafts: [], received: [] });
    expect((await alex.client.get('/api/repair')).body.drafts).toHaveLength(1);

    const changed = await alex.client.put(`/api/repairs/${id}`, {
      ...SCRIPT,
      plan: 'I will ask for a pause.',
    });
    expect(changed.body.plan).toBe('I will ask for a pause.');

    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const sent = await alex.client.post(`/api/repairs/${id}/send`);
    expect(sent.body).toMatchObject({ status: 'sent', to: { name: 'Sam' } });
    const event = await screen.next((e) => e.type === 'repair.changed');
    expect(JSON.stringify(event)).not.toContain('dishes');
    screen.close();

    const samRoom = (await sam.client.get('/api/repair')).body;
    expect(samRoom.received).toMatchObject([{ id, apology: SCRIPT.apology, from: { name: 'Alex' } }]);
    const centre = JSON.stringify((await sam.client.get('/api/notifications')).body);
    expect(centre).toContain('Alex reached out to you');
    expect(centre).toContain(`/repair/${id}`);
    expect(centre).not.toContain('dishes');
    expect(centre).not.toContain('pause');

    expect((await alex.client.put(`/api/repairs/${id}`, SCRIPT)).status).toBe(409);
    expect((await alex.client.post(`/api/repairs/${id}/send`)).status).toBe(409);
    expect((await alex.client.delete(`/api/repairs/${id}`)).status).toBe(409);
  });

  it('tells the author’s other screens about a draft, and the partner only about what is sent', async () => {
    const { alex, sam } = await couple(app.http);
    const alexPhone = new LiveClient(port(), alex.client);
    const samPhone = new LiveClient(port(), sam.client);
    await Promise.all([alexPhone, samPhone].map((s) => s.next((e) => e.type === 'hello')));
    const kept = (await alex.client.post('/api/repairs', SCRIPT)).body.id as string;
    await alexPhone.next((e) => e.type === 'repair.changed' && e.repairId === kept);
    const sent = (await alex.client.post('/api/repairs', SCRIPT)).body.id as string;
    await alex.client.post(`/api/repairs/${sent}/send`);
    await samPhone.next((e) => e.type === 'repair.changed');
    const samHeard = samPhone.events.filter((e) => e.type === 'repair.changed');
    expect(samHeard).toEqual([{ type: 'repair.changed', repairId: sent }]);
    alexPhone.close();
    samPhone.close();
  });

  it('can be given time, replied to, and accepted once, which puts a win on both walls', async () => {
    const { alex, sam } = await couple(app.http);
    const { id } = (await alex.client.post('/api/repairs', SCRIPT)).body;
    await alex.client.post(`/api/repairs/${id}/send`);
    expect((await alex.client.post(`/api/repairs/${id}/answer`, { answer: 'accept' })).status).toBe(403);
    const time = await sam.client.post(`/api/repairs/${id}/answer`, { answer: 'time' });
    expect(time.body.status).toBe('time');
    expect((await sam.client.post(`/api/repairs/${id}/answer`, { answer: 'reply' })).status).toBe(400);
    const replied = await sam.client.post(`/api/repairs/${id}/answer`, {
      answer: 'reply',
      text: 'Thank you. I need the evening, then let’s talk.',
    });
    expect(replied.body).toMatchObject({
      status: 'replied',
      reply: 'Thank you. I need the evening, then let’s talk.',
    });
    expect((await alex.client.get(`/api/repairs/${id}`)).body.reply).toContain('need the evening');
    expect((await alex.client.get('/api/wins')).body.wins).toHaveLength(0);

    const accepted = await sam.client.post(`/api/repairs/${id}/answer`, { answer: 'accept' });
    expect(accepted.body.status).toBe('accepted');
    const again = await sam.client.post(`/api/repairs/${id}/answer`, { answer: 'accept' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('You have already accepted this repair.');
    for (const who of [alex, sam]) {
      const wins = (await who.client.get('/api/wins')).body.wins;
      expect(wins).toMatchObject([{ source: 'repair', by: { name: 'Alex' }, text: null }]);
    }
  });

  it('can be drafted alone before a partner joins, and follows its author into the space they join', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    await alex.client.post('/api/space');
    await sam.client.post('/api/space');
    const { id } = (await sam.client.post('/api/repairs', SCRIPT)).body;
    const alone = await sam.client.post(`/api/repairs/${id}/send`);
    expect(alone.status).toBe(409);
    expect(alone.body.error.code).toBe('NO_PARTNER');
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    await sam.client.post('/api/space/join', { token: link.split('/join/')[1] });
    expect((await sam.client.get('/api/repair')).body.drafts).toMatchObject([{ id }]);
    expect((await alex.client.get(`/api/repairs/${id}`)).status).toBe(404);
    expect((await sam.client.post(`/api/repairs/${id}/send`)).body.to.name).toBe('Alex');
  });

  it('stays between the two: a member of another space sees nothing and changes nothing', async () => {
    const { alex } = await couple(app.http);
    const other = await couple(app.http);
    const { id } = (await alex.client.post('/api/repairs', SCRIPT)).body;
    await alex.client.post(`/api/repairs/${id}/send`);
    expect((await other.sam.client.get(`/api/repairs/${id}`)).status).toBe(404);
    expect((await other.sam.client.post(`/api/repairs/${id}/answer`, { answer: 'accept' })).status).toBe(404);
    expect(JSON.stringify((await other.sam.client.get('/api/repair')).body)).not.toContain(id);
  });

  it('needs an apology to be sent and refuses empty or oversized drafts', async () => {
    const { alex } = await couple(app.http);
    expect(
      (await alex.client.post('/api/repairs', { apology: '', understanding: ' ', plan: '' })).status,
    ).toBe(400);
    expect((await alex.client.post('/api/repairs', { ...SCRIPT, plan: 'x'.repeat(1001) })).status).toBe(400);
    const { id } = (
      await alex.client.post('/api/repairs', { apology: '', understanding: 'I see it now.', plan: '' })
    ).body;
    const reply = await alex.client.post(`/api/repairs/${id}/send`);
    expect(reply.status).toBe(409);
    expect(reply.body.error.message).toBe('Write your apology before you send it.');
    expect((await alex.client.delete(`/api/repairs/${id}`)).status).toBe(204);
    expect((await alex.client.get('/api/repair')).body.drafts).toHaveLength(0);
  });
});
