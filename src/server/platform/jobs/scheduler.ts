import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { describeCause } from '../http/server';
import * as store from './store';
import type { JobPayload } from './tables';

/**
 * Runs one job. It resolves with `'gone'` when what the job refers to no longer exists (the job is
 * then skipped), with anything else when the job is done, and throws to have it retried.
 */
export type JobHandler = (payload: JobPayload, context: { now: Date; attempt: number }) => Promise<unknown>;

export interface NewJob {
  kind: string;
  payload: JobPayload;
  runAt: Date;
  /** Asking twice with the same key schedules one job. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export interface RunSummary {
  done: number;
  skipped: number;
  retried: number;
  failed: number;
}

export interface SchedulerOptions {
  /** How often an idle instance looks for due jobs; a NOTIFY wakes it sooner. */
  pollMs?: number;
  /** Jobs taken per claim. */
  batchSize?: number;
  /** How long a claimed job stays this instance's before another may take it over. */
  leaseMs?: number;
  /** The first retry's delay; each later one doubles, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

interface Log {
  error(object: unknown, message: string): void;
}

const CHANNEL = 'tend_jobs';

/**
 * Durable jobs in the database. Every app instance runs a worker; a job is claimed by one of them
 * with FOR UPDATE SKIP LOCKED, so several instances drain the same table without running a job
 * twice. A failed job is retried with exponential backoff until it runs out of attempts.
 */
export class Scheduler {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly options: Required<SchedulerOptions>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly log: Log,
    options: SchedulerOptions = {},
  ) {
    this.options = {
      pollMs: 5_000,
      batchSize: 100,
      leaseMs: 5 * 60_000,
      backoffMs: 30_000,
      maxBackoffMs: 6 * 60 * 60_000,
      ...options,
    };
  }

  /** Says what runs a kind of job. One handler per kind. */
  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`A handler for ${kind} jobs is already registered.`);
    this.handlers.set(kind, handler);
  }

  /** Adds a job; false when one with the same dedupe key already exists. */
  async schedule(next: NewJob): Promise<boolean> {
    const now = this.clock.now();
    const added = await store.insertJob(this.database.db, {
      id: randomUUID(),
      kind: next.kind,
      payload: next.payload,
      runAt: next.runAt,
      dedupeKey: next.dedupeKey ?? null,
      maxAttempts: next.maxAttempts ?? 5,
      createdAt: now,
    });
    if (added && next.runAt.getTime() <= now.getTime()) await this.database.notify(CHANNEL, '');
    return added;
  }

  /** Withdraws a job that has not run yet. */
  cancel(dedupeKey: string): Promise<boolean> {
    return store.deletePendingJob(this.database.db, dedupeKey);
  }

  /** Runs every job due at `now`, including jobs those jobs schedule for `now`. */
  async runDue(now: Date = this.clock.now()): Promise<RunSummary> {
    const summary: RunSummary = { done: 0, skipped: 0, retried: 0, failed: 0 };
    const { batchSize, leaseMs } = this.options;
    for (let round = 0; round < 10_000; round++) {
      const claimed = await store.claimDue(
        this.database.db,
        now,
        new Date(now.getTime() + leaseMs),
        batchSize,
      );
      if (claimed.length === 0) break;
      const done: string[] = [];
      const skipped: string[] = [];
      await Promise.all(
        claimed.map(async (job) => {
          try {
            const handler = this.handlers.get(job.kind);
            if (!handler) throw new UnknownKind(job.kind);
            const outcome = await handler(job.payload, { now, attempt: job.attempts });
            (outcome === 'gone' ? skipped : done).push(job.id);
          } catch (error) {
            await this.failed(job, error, now, summary);
          }
        }),
      );
      await store.finishJobs(this.database.db, done, 'done', now);
      await store.finishJobs(this.database.db, skipped, 'skipped', now);
      summary.done += done.length;
      summary.skipped += skipped.length;
    }
    return summary;
  }

  /** Starts this instance's worker: it polls, and wakes when a job is scheduled for now. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.database.listen(CHANNEL, () => this.wake());
    this.wake();
  }

  /** Stops the worker and waits for the jobs it is running. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.running = this.runDue()
      .then(() => undefined)
      .catch((error) => this.log.error({ err: describeCause(error) }, 'jobs: a run failed'))
      .finally(() => {
        this.running = null;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.wake();
          return;
        }
        this.timer = setTimeout(() => this.wake(), this.options.pollMs);
        this.timer.unref();
      });
  }

  private async failed(job: store.ClaimedJob, error: unknown, now: Date, summary: RunSummary): Promise<void> {
    const kind = errorKind(error);
    this.log.error({ job: job.kind, attempt: job.attempts, err: kind }, 'jobs: a job failed');
    if (job.attempts >= job.maxAttempts) {
      await store.finishJobs(this.database.db, [job.id], 'failed', now, kind);
      summary.failed++;
      return;
    }
    const delay = Math.min(this.options.backoffMs * 2 ** (job.attempts - 1), this.options.maxBackoffMs);
    await store.retryJob(this.database.db, job.id, new Date(now.getTime() + delay), kind);
    summary.retried++;
  }
}

class UnknownKind extends Error {
  override name = 'UnknownKind';
}

/** An error's kind and code, never its message: messages can carry addresses or people's words. */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? `:${code}` : ''}`.slice(0, 100);
}
