import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { pause } from './tables';

export type PauseRow = typeof pause.$inferSelect;

/** The open pause of a space, if there is one. */
export async function findOpenPause(db: Db, spaceId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(pause)
    .where(and(eq(pause.spaceId, spaceId), isNull(pause.endedAt)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** A pause by id, whatever space it is in: the caller checks access before using it. */
export async function findPause(db: Db, pauseId: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(pause).where(eq(pause.id, pauseId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Inserts a pause unless the space already has an open one; true when this one was stored. */
export async function insertPause(db: Db, row: typeof pause.$inferInsert): Promise<boolean> {
  const rows = await db.insert(pause).values(row).onConflictDoNothing().returning({ id: pause.id });
  return rows.length > 0;
}

export async function updatePause(db: Db, pauseId: string, change: Partial<PauseRow>): Promise<void> {
  await db.update(pause).set(change).where(eq(pause.id, pauseId));
}

/** Sets the "return time reached" mark once; true for the caller that set it. */
export async function markReturnNoticed(db: Db, pauseId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(pause)
    .set({ returnNoticedAt: now })
    .where(and(eq(pause.id, pauseId), isNull(pause.returnNoticedAt)))
    .returning({ id: pause.id });
  return rows.length > 0;
}
