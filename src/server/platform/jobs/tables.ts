import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Work to do at a time: a reminder to send, a notification to deliver. The payload holds ids only,
 * never anything a person wrote; `last_error` holds an error's kind, never its message.
 */
export const job = pgTable(
  'job',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<JobPayload>().notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    /** While set and in the future, one instance is running the job. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** done, skipped (what it referred to is gone) or failed (out of attempts). */
    outcome: text('outcome'),
    /** The same key is never enqueued twice, so a reminder is scheduled once however often it is asked for. */
    dedupeKey: text('dedupe_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('job_due_idx').on(t.runAt).where(sql`done_at is null`)],
);

/** Ids only: a job's payload never carries text a person wrote. */
export type JobPayload = Record<string, string | number | boolean | null>;
