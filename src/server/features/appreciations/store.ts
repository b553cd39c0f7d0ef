import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { appreciation, gesture, win } from './tables';

export type AppreciationRow = typeof appreciation.$inferSelect;
export type GestureRow = typeof gesture.$inferSelect;
export type WinRow = typeof win.$inferSelect;

const LIST_LIMIT = 100;

export async function insertAppreciation(db: Db, row: AppreciationRow): Promise<void> {
  await db.insert(appreciation).values(row);
}

export async function findAppreciation(db: Db, id: string): Promise<AppreciationRow | null> {
  const [row] = await db.select().from(appreciation).where(eq(appreciation.id, id));
  return row ?? null;
}

export function listAppreciations(db: Db, spaceId: string) {
  return db
    .select()
    .from(appreciation)
    .where(eq(appreciation.spaceId, spaceId))
    .orderBy(desc(appreciation.createdAt))
    .limit(LIST_LIMIT);
}

export async function markRead(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(appreciation)
    .set({ readAt: at })
    .where(and(eq(appreciation.id, id), isNull(appreciation.readAt)));
}

export async function deleteAppreciation(db: Db, id: string): Promise<void> {
  await db.delete(appreciation).where(eq(appreciation.id, id));
}

export async function insertGesture(db: Db, row: GestureRow): Promise<void> {
  await db.insert(gesture).values(row);
}

export function listGestures(db: Db, spaceId: string) {
  return db
    .select()
    .from(gesture)
    .where(eq(gesture.spaceId, spaceId))
    .orderBy(desc(gesture.createdAt))
    .limit(LIST_LIMIT);
}

export async function insertWin(db: Db, row: WinRow): Promise<void> {
  await db.insert(win).values(row);
}

/** The latest `limit` wins of a space, newest first. */
export function listWins(db: Db, spaceId: string, limit: number) {
  return db
    .select()
    .from(win)
    .where(eq(win.spaceId, spaceId))
    .orderBy(desc(win.createdAt), desc(win.id))
    .limit(limit);
}

/** Gestures and wins a person logged in a space they had alone move with them into the space they join. */
export async function moveLogs(
  db: Db,
  personId: string,
  fromSpaceId: string,
  toSpaceId: string,
): Promise<void> {
  await db
    .update(gesture)
    .set({ spaceId: toSpaceId })
    .where(and(eq(gesture.personId, personId), eq(gesture.spaceId, fromSpaceId)));
  await db
    .update(win)
    .set({ spaceId: toSpaceId })
    .where(and(eq(win.personId, personId), eq(win.spaceId, fromSpaceId)));
}

/** Notes a person sent or received, gestures they logged, and the wins of their space. */
export async function listAppreciationsOf(db: Db, personId: string, spaceId: string | null) {
  const notes = await db
    .select()
    .from(appreciation)
    .where(or(eq(appreciation.personId, personId), eq(appreciation.recipientId, personId)))
    .orderBy(asc(appreciation.createdAt));
  const gestures = await db
    .select()
    .from(gesture)
    .where(eq(gesture.personId, personId))
    .orderBy(asc(gesture.createdAt));
  const mine = eq(win.personId, personId);
  const wins = await db
    .select()
    .from(win)
    .where(spaceId ? or(mine, eq(win.spaceId, spaceId)) : mine)
    .orderBy(asc(win.createdAt));
  return { notes, gestures, wins };
}
