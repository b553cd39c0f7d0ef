import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../src/server/platform/db/database';
import { openPostgres } from '../src/server/platform/db/postgres';
import { Scheduler } from '../src/server/platform/jobs/scheduler';
import type { BenchResult } from './result';

// 100,000 due reminders drained from one PostgreSQL by two app instances (two connection pools,
// two workers), against one instance draining the same number as the baseline. Every job is
// counted where it ran, so a job run twice shows up as a duplicate.

const JOBS = 100_000;
const silent = { error: () => {} };

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function enqueue(database: Database, count: number): Promise<void> {
  await database.db.execute(sql`
    insert into job (id, kind, payload, run_at, dedupe_key, created_at)
    select gen_random_uuid(), 'bench.remind', jsonb_build_object('itemId', g::text),
           now() - interval '1 minute', 'bench:' || g || ':' || ${randomBytes(4).toString('hex')}, now()
    from generate_series(1, ${count}) as g`);
}

/** Drains every due job with `instances` workers; returns jobs per second and how many ran twice. */
async function drain(instances: Database[]): Promise<{ perSecond: number; duplicates: number; ran: number }> {
  const runs = new Map<string, number>();
  const clock = { now: () => new Date() };
  const workers = instances.map((database) => {
    const scheduler = new Scheduler(database, clock, silent);
    scheduler.register('bench.remind', async (payload) => {
      const id = String(payload.itemId);
      runs.set(id, (runs.get(id) ?? 0) + 1);
    });
    return scheduler;
  });
  const started = performance.now();
  await Promise.all(workers.map((worker) => worker.runDue(new Date())));
  const seconds = (performance.now() - started) / 1000;
  let duplicates = 0;
  let ran = 0;
  for (const count of runs.values()) {
    ran += count;
    duplicates += count - 1;
  }
  return { perSecond: Math.round(JOBS / seconds), duplicates, ran };
}

export async function runSchedulerBench(): Promise<BenchResult[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl)
    throw new Error(
      'Set BENCH_DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:55432/postgres',
    );
  const name = `tend_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const first = await openPostgres(withDatabase(adminUrl, name));
  const second = await openPostgres(withDatabase(adminUrl, name));
  try {
    await enqueue(first, JOBS);
    const single = await drain([first]);
    await enqueue(first, JOBS);
    const pair = await drain([first, second]);
    if (pair.ran < JOBS || single.ran < JOBS)
      throw new Error(`not every job ran: ${single.ran}, ${pair.ran}`);
    return [
      {
        name: 'scheduler: 100,000 due reminders, two instances on PostgreSQL',
        value: pair.perSecond,
        unit: 'jobs/s',
        baseline: single.perSecond,
        ratio: Math.round((pair.perSecond / single.perSecond) * 100) / 100,
        goal: '>= 2,000 jobs/s',
        met: pair.perSecond >= 2000,
      },
      {
        name: 'scheduler: jobs run more than once (two instances)',
        value: pair.duplicates,
        unit: 'jobs',
        baseline: null,
        ratio: null,
        goal: '0',
        met: pair.duplicates === 0,
      },
    ];
  } finally {
    await second.close();
    await first.close();
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const result of await runSchedulerBench()) {
    const baseline = result.baseline === null ? '' : ` (one instance: ${result.baseline} ${result.unit})`;
    console.log(
      `${result.met ? 'ok  ' : 'MISS'} ${result.name}: ${result.value} ${result.unit}${baseline}; goal ${result.goal}`,
    );
  }
}
