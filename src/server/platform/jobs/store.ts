import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { type JobPayload, job } from './tables';

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: JobPayload;
  attempts: number;
  maxAttempts: number;
}

/** Adds a job unless one with the same dedupe key exists; true when it was added. */
export async function insertJob(db: Db, row: typeof job.$inferInsert): Promise<boolean> {
  const rows = await db.insert(job).values(row).onConflictDoNothing().returning({ id: job.id });
  return rows.length > 0;
}

/**
 * Takes up to `limit` due jobs for this instance in one statement: rows another instance holds
 * are skipped, not waited for, and the lease keeps them this instance's until it ends.
 */
export async function claimDue(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedJob[]> {
  const result = await db.execute(sql`
    update job set locked_until = ${leaseUntil.toISOString()}::timestamptz, attempts = attempts + 1
    where id in (
      select id from job
      where done_at is null
        and run_at <= ${now.toISOString()}::timestamptz
        and (locked_until is null or locked_until <= ${now.toISOString()}::timestamptz)
      order by run_at
      limit ${limit}
      for update skip locked
    )
    returning id, kind, payload, attempts, max_attempts`);
  const rows = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
  return rows.map((r) => ({
    id: String(r.id),
    kind: String(r.kind),
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as JobPayload,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
  }));
}

export async function finishJobs(
  db: Db,
  ids: string[],
  outcome: 'done' | 'skipped' | 'failed',
  now: Date,
  lastError: string | null = null,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(job)
    .set({ doneAt: now, outcome, lockedUntil: null, ...(lastError && { lastError }) })
    .where(inArray(job.id, ids));
}

export async function retryJob(db: Db, id: string, runAt: Date, lastError: string): Promise<void> {
  await db.update(job).set({ runAt, lockedUntil: null, lastError }).where(eq(job.id, id));
}

/** Withdraws a job that has not run yet; true when there was one. */
export async function deletePendingJob(db: Db, dedupeKey: string): Promise<boolean> {
  const rows = await db
    .delete(job)
    .where(and(eq(job.dedupeKey, dedupeKey), isNull(job.doneAt)))
    .returning({ id: job.id });
  return rows.length > 0;
}

export async function findJob(db: Db, dedupeKey: string) {
  const [row] = await db.select().from(job).where(eq(job.dedupeKey, dedupeKey));
  return row ?? null;
}
