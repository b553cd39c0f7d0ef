import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { preparedFor } from '../db/prepared';
import { authSession, person, throttle } from './tables';

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

const sessionLookup = preparedFor((db) =>
  db
    .select({
      sessionId: authSession.id,
      expiresAt: authSession.expiresAt,
      id: person.id,
      name: person.name,
      email: person.email,
      timeZone: person.timeZone,
      locale: person.locale,
    })
    .from(authSession)
    .innerJoin(person, eq(person.id, authSession.userId))
    .where(eq(authSession.token, sql.placeholder('token')))
    .prepare('tend_find_session'),
);

/** A session by its token, with the person it belongs to: one query per signed-in request. */
export async function findSessionByToken(db: Db, token: string) {
  const [row] = await sessionLookup(db).execute({ token });
  return row ?? null;
}
