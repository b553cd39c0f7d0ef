import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { throttle } from './tables';

/** Counts one attempt against `key` in a window; returns the count and when the window ends. */
export async function countAttempt(db: Db, key: string, now: Date, windowMs: number) {
  const windowEndsAt = new Date(now.getTime() + windowMs);
  const [row] = await db
    .insert(throttle)
    .values({ key, attempts: 1, windowEndsAt })
    .onConflictDoUpdate({
      target: throttle.key,
      set: {
        attempts: sql`case when ${throttle.windowEndsAt} <= ${now.toISOString()}::timestamptz then 1 else ${throttle.attempts} + 1 end`,
        windowEndsAt: sql`case when ${throttle.windowEndsAt} <= ${now.toISOString()}::timestamptz then ${windowEndsAt.toISOString()}::timestamptz else ${throttle.windowEndsAt} end`,
      },
    })
    .returning({ attempts: throttle.attempts, windowEndsAt: throttle.windowEndsAt });
  return row ?? { attempts: 1, windowEndsAt };
}
