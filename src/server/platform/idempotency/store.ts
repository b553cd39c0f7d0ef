import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/database';
import { idempotentRequest } from './tables';

type Row = typeof idempotentRequest.$inferSelect;
export type RequestKey = Pick<Row, 'personId' | 'route' | 'key'>;

const byKey = (k: RequestKey) =>
  and(
    eq(idempotentRequest.personId, k.personId),
    eq(idempotentRequest.route, k.route),
    eq(idempotentRequest.key, k.key),
  );

/**
 * Takes the key for this request: true when it is ours to answer. A record that expired, or whose
 * request was abandoned unanswered before `abandonedBefore` (its server died), is taken over.
 */
export async function claim(db: Db, row: Row, now: Date, abandonedBefore: Date): Promise<boolean> {
  const claimed = await db
    .insert(idempotentRequest)
    .values(row)
    .onConflictDoUpdate({
      target: [idempotentRequest.personId, idempotentRequest.route, idempotentRequest.key],
      set: {
        fingerprint: row.fingerprint,
        status: null,
        body: null,
        startedAt: row.startedAt,
        expiresAt: row.expiresAt,
      },
      setWhere: or(
        lt(idempotentRequest.expiresAt, now),
        and(isNull(idempotentRequest.status), lt(idempotentRequest.startedAt, abandonedBefore)),
      ),
    })
    .returning({ key: idempotentRequest.key });
  return claimed.length > 0;
}

export async function find(db: Db, k: RequestKey): Promise<Row | null> {
  const [row] = await db.select().from(idempotentRequest).where(byKey(k));
  return row ?? null;
}

export async function answer(db: Db, k: RequestKey, status: number, body: string | null): Promise<void> {
  await db.update(idempotentRequest).set({ status, body }).where(byKey(k));
}

/** Lets the key go when its request failed, so a retry runs again. */
export async function release(db: Db, k: RequestKey): Promise<void> {
  await db.delete(idempotentRequest).where(and(byKey(k), isNull(idempotentRequest.status)));
}

export async function deleteExpired(db: Db, now: Date): Promise<number> {
  const rows = await db
    .delete(idempotentRequest)
    .where(lt(idempotentRequest.expiresAt, now))
    .returning({ key: idempotentRequest.key });
  return rows.length;
}
