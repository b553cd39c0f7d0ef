import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app';

// Two app instances share one PostgreSQL: each due job must run on exactly one of them.
let first: TestApp;
let second: TestApp;
const runs = new Map<string, string[]>();

const record = (instance: string) => async (payload: Record<string, unknown>) => {
  const id = String(payload.itemId);
  runs.set(id, [...(runs.get(id) ?? []), instance]);
  // A little work, so both instances are busy at once.
  await new Promise((resolve) => setImmediate(resolve));
};

beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({}, first);
  first.platform.jobs.register('test.drain', record('first'));
  second.platform.jobs.register('test.drain', record('second'));
});
afterAll(async () => {
  await second.close();
  await first.close();
});

it('drains the same jobs from two instances without running any twice', async () => {
  const count = 600;
  for (let i = 0; i < count; i++) {
    await first.platform.jobs.schedule({
      kind: 'test.drain',
      payload: { itemId: `item-${i}` },
      runAt: first.clock.now(),
      dedupeKey: `drain-${i}`,
    });
  }
  const [a, b] = await Promise.all([first.platform.jobs.runDue(), second.platform.jobs.runDue()]);
  expect(a.done + b.done).toBe(count);
  expect(runs.size).toBe(count);
  expect([...runs.values()].filter((instances) => instances.length > 1)).toEqual([]);
  // Both took part (the claim skips rows the other holds instead of waiting for them).
  expect(new Set([...runs.values()].flat()).size).toBe(2);
});

it('keeps a job across an instance stopping: another one runs it', async () => {
  runs.clear();
  await first.platform.jobs.schedule({
    kind: 'test.drain',
    payload: { itemId: 'after-restart' },
    runAt: new Date(first.clock.now().getTime() + 60_000),
    dedupeKey: 'after-restart',
  });
  second.clock.set(new Date(first.clock.now().getTime() + 60_000));
  expect(await second.platform.jobs.runDue()).toMatchObject({ done: 1 });
  expect(runs.get('after-restart')).toEqual(['second']);
});
