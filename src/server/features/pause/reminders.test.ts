import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MINUTE = 60_000;
const titles = async (client: { get(url: string): Promise<{ body: { items: Array<{ title: string }> } }> }) =>
  (await client.get('/api/notifications')).body.items.map((n) => n.title);

describe('the pause return time, through the scheduler', () => {
  it('reminds both partners when the pause is over, once, and tells their screens', async () => {
    const { alex, sam } = await couple(app.http);
    await alex.client.post('/api/pause', { minutes: 20 });
    app.clock.advance(19 * MINUTE);
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).not.toContain('Your pause is over');
    app.clock.advance(2 * MINUTE);
    await app.platform.jobs.runDue();
    expect(await titles(alex.client)).toContain('Your pause is over');
    expect(await titles(sam.client)).toContain('Your pause is over');
    await app.platform.jobs.runDue();
    expect((await titles(sam.client)).filter((t) => t === 'Your pause is over')).toHaveLength(1);
  });

  it('moves the reminder when the one who paused extends it', async () => {
    const { alex, sam } = await couple(app.http);
    const pause = (await alex.client.post('/api/pause', { minutes: 20 })).body.pause;
    await alex.client.post(`/api/pause/${pause.id}/extend`, { minutes: 10 });
    app.clock.advance(21 * MINUTE);
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).not.toContain('Your pause is over');
    app.clock.advance(10 * MINUTE);
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).toContain('Your pause is over');
  });

  it('sends nothing when the pause ended early', async () => {
    const { alex, sam } = await couple(app.http);
    const pause = (await alex.client.post('/api/pause', { minutes: 20 })).body.pause;
    await alex.client.post(`/api/pause/${pause.id}/end`);
    app.clock.advance(25 * MINUTE);
    await app.platform.jobs.runDue();
    expect(await titles(sam.client)).not.toContain('Your pause is over');
  });
});

describe('talk invitations', () => {
  it('tell the partner who would like to talk, without the topic', async () => {
    const { alex, sam } = await couple(app.http);
    const talk = (
      await alex.client.post('/api/talks', {
        topic: 'the holidays with my parents',
        formatId: 'check-in',
        mode: 'remote',
        startsAt: null,
      })
    ).body;
    expect(talk.id).toBeDefined();
    const notice = (await sam.client.get('/api/notifications')).body.items[0];
    expect(notice.title).toBe('Alex would like to talk');
    expect(JSON.stringify(notice)).not.toContain('holidays');
    expect(notice.link).toBe(`/talks/${talk.id}`);
    expect(await titles(alex.client)).not.toContain('Alex would like to talk');
  });
});
