import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { claimDue, findJob } from './store';

let app: TestApp;
const ran: string[] = [];
let failuresLeft = 0;
let isGone = false;

beforeAll(async () => {
  app = await startTestApp();
  const { jobs } = app.platform;
  jobs.register('test.record', async (payload) => {
    ran.push(String(payload.itemId));
  });
  jobs.register('test.flaky', async (payload) => {
    if (failuresLeft > 0) {
      failuresLeft--;
      const error = new Error(`could not reach ${String(payload.itemId)}@example.org`) as Error & {
        code: string;
      };
      error.code = 'ECONNREFUSED';
      throw error;
    }
    ran.push(String(payload.itemId));
  });
  jobs.register('test.maybe-gone', async (payload) => {
    if (isGone) return 'gone';
    ran.push(String(payload.itemId));
  });
});
afterAll(() => app.close());

const later = (ms: number) => new Date(app.clock.now().getTime() + ms);
const job = (key: string) => findJob(app.platform.database.db, key);

describe('the scheduler', () => {
  it('runs a job once, at its time and not before', async () => {
    ran.length = 0;
    await app.platform.jobs.schedule({
      kind: 'test.record',
      payload: { itemId: 'a' },
      runAt: later(60_000),
      dedupeKey: 'once',
    });
    expect(await app.platform.jobs.runDue()).toMatchObject({ done: 0 });
    app.clock.advance(60_000);
    expect(await app.platform.jobs.runDue()).toMatchObject({ done: 1 });
    expect(await app.platform.jobs.runDue()).toMatchObject({ done: 0 });
    expect(ran).toEqual(['a']);
    expect((await job('once'))?.outcome).toBe('done');
  });

  it('schedules the same reminder once however often it is asked for', async () => {
    ran.length = 0;
    const again = () =>
      app.platform.jobs.schedule({
        kind: 'test.record',
        payload: { itemId: 'b' },
        runAt: app.clock.now(),
        dedupeKey: 'twice',
      });
    expect(await again()).toBe(true);
    expect(await again()).toBe(false);
    await app.platform.jobs.runDue();
    expect(await again()).toBe(false);
    await app.platform.jobs.runDue();
    expect(ran).toEqual(['b']);
  });

  it('retries a failing job with growing delays, keeping only the error’s kind', async () => {
    ran.length = 0;
    failuresLeft = 2;
    await app.platform.jobs.schedule({
      kind: 'test.flaky',
      payload: { itemId: 'c' },
      runAt: app.clock.now(),
      dedupeKey: 'flaky',
    });
    expect(await app.platform.jobs.runDue()).toMatchObject({ retried: 1 });
    const first = await job('flaky');
    expect(first?.lastError).toBe('Error:ECONNREFUSED');
    expect((first?.runAt.getTime() ?? 0) - app.clock.now().getTime()).toBe(30_000);
    app.clock.advance(30_000);
    expect(await app.platform.jobs.runDue()).toMatchObject({ retried: 1 });
    expect(((await job('flaky'))?.runAt.getTime() ?? 0) - app.clock.now().getTime()).toBe(60_000);
    app.clock.advance(59_000);
    expect(await app.platform.jobs.runDue()).toMatchObject({ done: 0, retried: 0 });
    app.clock.advance(1_000);
    expect(await app.platform.jobs.runDue()).toMatchObject({ done: 1 });
    expect(ran).toEqual(['c']);
    expect((await job('flaky'))?.attempts).toBe(3);
    expect(app.logs.join('')).not.toContain('example.org');
  });

  it('gives up after the last attempt', async () => {
    failuresLeft = 10;
    await app.platform.jobs.schedule({
      kind: 'test.flaky',
      payload: { itemId: 'd' },
      runAt: app.clock.now(),
      dedupeKey: 'hopeless',
      maxAttempts: 2,
    });
    await app.platform.jobs.runDue();
    app.clock.advance(30_000);
    expect(await app.platform.jobs.runDue()).toMatchObject({ failed: 1 });
    expect(await job('hopeless')).toMatchObject({ outcome: 'failed', attempts: 2 });
    failuresLeft = 0;
  });

  it('skips a job whose item is gone', async () => {
    ran.length = 0;
    isGone = true;
    await app.platform.jobs.schedule({
      kind: 'test.maybe-gone',
      payload: { itemId: 'e' },
      runAt: app.clock.now(),
      dedupeKey: 'gone',
    });
    expect(await app.platform.jobs.runDue()).toMatchObject({ skipped: 1 });
    expect((await job('gone'))?.outcome).toBe('skipped');
    expect(ran).toEqual([]);
  });

  it('lets a job be withdrawn before it runs', async () => {
    ran.length = 0;
    await app.platform.jobs.schedule({
      kind: 'test.record',
      payload: { itemId: 'f' },
      runAt: later(1000),
      dedupeKey: 'withdrawn',
    });
    expect(await app.platform.jobs.cancel('withdrawn')).toBe(true);
    app.clock.advance(1000);
    await app.platform.jobs.runDue();
    expect(ran).toEqual([]);
  });

  it('takes over a job whose instance stopped mid-run once its lease ends', async () => {
    ran.length = 0;
    const { db } = app.platform.database;
    await app.platform.jobs.schedule({
      kind: 'test.record',
      payload: { itemId: 'g' },
      runAt: app.clock.now(),
      dedupeKey: 'orphaned',
    });
    // Another instance claims it and is never heard from again.
    const now = app.clock.now();
    expect(await claimDue(db, now, new Date(now.getTime() + 5 * 60_000), 10)).toHaveLength(1);
    await app.platform.jobs.runDue();
    expect(ran).toEqual([]);
    app.clock.advance(5 * 60_000);
    await app.platform.jobs.runDue();
    expect(ran).toEqual(['g']);
    expect(await job('orphaned')).toMatchObject({ outcome: 'done', attempts: 2 });
  });

  it('wakes its worker when a job is scheduled for now', async () => {
    ran.length = 0;
    await app.startJobs();
    await app.platform.jobs.schedule({
      kind: 'test.record',
      payload: { itemId: 'h' },
      runAt: app.clock.now(),
      dedupeKey: 'woken',
    });
    await expect.poll(() => ran, { timeout: 3000 }).toEqual(['h']);
    await app.platform.jobs.stop();
  });
});
