import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { AppError } from '../http/errors';
import type { Scheduler } from '../jobs/scheduler';
import * as store from './store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;
/** A retry comes within seconds; an hour covers a phone that lost its connection for a while. */
const KEPT_MS = 60 * 60_000;
/** A first request unanswered this long was cut off with its server: a retry may run it again. */
const ABANDONED_MS = 30_000;
/** How long a retry waits for the first request's answer before it is told to try again. */
const WAIT_MS = 10_000;
const SWEEP = 'idempotency.sweep';
const HOUR = 60 * 60_000;

export interface Answer {
  status: number;
  body: unknown;
}

export interface RetriedRequest {
  personId: string;
  route: string;
  key: string;
  request: FastifyRequest;
}

export type Idempotency = ReturnType<typeof createIdempotency>;

/** The `Idempotency-Key` a request carries, or null; a malformed one is a 400. */
export function readKey(request: FastifyRequest): string | null {
  const key = request.headers[IDEMPOTENCY_HEADER];
  if (key === undefined) return null;
  if (typeof key === 'string' && KEY_PATTERN.test(key)) return key;
  const rule = 'must be 8–200 letters, digits, dots, colons, dashes or underscores';
  throw new AppError('VALIDATION', 400, `Idempotency-Key: ${rule}`, { 'Idempotency-Key': rule });
}

/**
 * Answers a request sent with an `Idempotency-Key` once: the first runs, and a retry with the same
 * key (same person, same route) gets the first answer. A retry arriving while the first is still
 * running waits for its answer. Only successes are kept; after a refusal or a failure a retry runs
 * again. The same key with another request is a 422.
 */
export function createIdempotency(db: Db, clock: Clock, jobs: Scheduler) {
  async function once(
    retried: RetriedRequest,
    run: () => Promise<Answer>,
    attempt = 0,
  ): Promise<Answer & { isReplay: boolean }> {
    const { personId, route, key, request } = retried;
    const id = { personId, route, key };
    const fingerprint = fingerprintOf(request);
    const now = clock.now();
    const row = {
      ...id,
      fingerprint,
      status: null,
      body: null,
      startedAt: now,
      expiresAt: new Date(now.getTime() + KEPT_MS),
    };
    if (await store.claim(db, row, now, new Date(now.getTime() - ABANDONED_MS))) {
      let answer: Answer;
      try {
        answer = await run();
      } catch (error) {
        await store.release(db, id);
        throw error;
      }
      if (answer.status < 300) await store.answer(db, id, answer.status, JSON.stringify(answer.body ?? null));
      else await store.release(db, id);
      return { ...answer, isReplay: false };
    }
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const first = await store.find(db, id);
      // The first request failed and let the key go: this one runs in its place.
      if (!first) {
        if (attempt < 3) return once(retried, run, attempt + 1);
        throw inProgress();
      }
      if (first.fingerprint !== fingerprint)
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          422,
          'This Idempotency-Key was already used for another request. Send a new key for a new request.',
        );
      if (first.status !== null)
        return { status: first.status, body: JSON.parse(first.body ?? 'null') as unknown, isReplay: true };
      if (Date.now() > deadline) throw inProgress();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function planSweep(after: Date): Promise<void> {
    const runAt = new Date(Math.floor(after.getTime() / HOUR) * HOUR + HOUR);
    await jobs.schedule({ kind: SWEEP, payload: {}, runAt, dedupeKey: `${SWEEP}:${runAt.toISOString()}` });
  }

  jobs.register(SWEEP, async (_payload, { now }) => {
    await store.deleteExpired(db, now);
    await planSweep(now);
  });

  return {
    once,
    /** Plans the hourly sweep of expired answers; every instance may ask, one job runs each hour. */
    planSweep: () => planSweep(clock.now()),
  };
}

const inProgress = () =>
  new AppError('REQUEST_IN_PROGRESS', 409, 'This request is still being answered. Try again in a moment.');

function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
}
