import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { preparedFor } from '../../platform/db/prepared';
import { pause } from './tables';

export type PauseRow = typeof pause.$inferSelect;

const openPauseLookup = preparedFor((db) =>
  db
    .select()
    .from(pause)
    .where(and(eq(pause.spaceId, sql.placeholder('spaceId')), isNull(pause.endedAt)))
    .prepare('tend_find_open_pause'),
);

/** The open pause of a space, if there is one: read by every talk and pause screen. */
export async function findOpenPause(db: Db, spaceId: string) {
  const [row] = await openPauseLookup(db).execute({ spaceId });
  return row ?? null;
}

/** A pause by id, whatever space it is in: the caller checks access before using it. */
export async function findPause(db: Db, pauseId: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(pause).where(eq(pause.id, pauseId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

const pauseInsert = preparedFor((db) =>
  db
    .insert(pause)
    .values({
      id: sql.placeholder('id'),
      spaceId: sql.placeholder('spaceId'),
      personId: sql.placeholder('personId'),
      minutes: sql.placeholder('minutes'),
      startedAt: sql.placeholder('startedAt'),
      returnAt: sql.placeholder('returnAt'),
    })
    .onConflictDoNothing()
    .returning({ id: pause.id })
    .prepare('tend_insert_pause'),
);

/** Inserts a pause unless the space already has an open one; true when this one was stored. */
export async function insertPause(db: Db, row: PauseRow): Promise<boolean> {
  const rows = await pauseInsert(db).execute({
    id: row.id,
    spaceId: row.spaceId,
    personId: row.personId,
    minutes: row.minutes,
    startedAt: row.startedAt,
    returnAt: row.returnAt,
  });
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

/** Pauses a person asked for, and those of their space. */
export function listPausesOf(db: Db, personId: string, spaceId: string | null) {
  const mine = eq(pause.personId, personId);
  return db
    .select()
    .from(pause)
    .where(spaceId ? or(mine, eq(pause.spaceId, spaceId)) : mine)
    .orderBy(asc(pause.startedAt));
}
