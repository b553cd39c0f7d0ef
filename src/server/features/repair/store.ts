import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { afterFight, afterFightEntry, repair } from './tables';

export type RepairRow = typeof repair.$inferSelect;
export type AfterFightRow = typeof afterFight.$inferSelect;
export type AfterFightEntryRow = typeof afterFightEntry.$inferSelect;

const LIST_LIMIT = 100;

export async function insertRepair(db: Db, row: RepairRow): Promise<void> {
  await db.insert(repair).values(row);
}

/** A repair by id, whatever space it is in: the caller checks access before using it. */
export async function findRepair(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(repair).where(eq(repair.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateRepair(db: Db, id: string, change: Partial<RepairRow>): Promise<void> {
  await db.update(repair).set(change).where(eq(repair.id, id));
}

export async function deleteRepair(db: Db, id: string): Promise<void> {
  await db.delete(repair).where(eq(repair.id, id));
}

export function listRepairs(db: Db, spaceId: string) {
  return db
    .select()
    .from(repair)
    .where(eq(repair.spaceId, spaceId))
    .orderBy(desc(repair.updatedAt))
    .limit(LIST_LIMIT);
}

/** Drafts a person wrote in a space they had alone move with them into the space they join. */
export async function moveDrafts(db: Db, personId: string, fromSpaceId: string, toSpaceId: string) {
  await db
    .update(repair)
    .set({ spaceId: toSpaceId })
    .where(and(eq(repair.personId, personId), eq(repair.spaceId, fromSpaceId)));
}

/** Inserts a conversation unless the space already has one going; true when this one was stored. */
export async function insertAfterFight(db: Db, row: AfterFightRow): Promise<boolean> {
  const rows = await db.insert(afterFight).values(row).onConflictDoNothing().returning({ id: afterFight.id });
  return rows.length > 0;
}

export async function findAfterFight(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(afterFight).where(eq(afterFight.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateAfterFight(db: Db, id: string, change: Partial<AfterFightRow>): Promise<void> {
  await db.update(afterFight).set(change).where(eq(afterFight.id, id));
}

export function listAfterFights(db: Db, spaceId: string) {
  return db
    .select()
    .from(afterFight)
    .where(eq(afterFight.spaceId, spaceId))
    .orderBy(desc(afterFight.createdAt))
    .limit(20);
}

export async function insertEntry(db: Db, row: AfterFightEntryRow): Promise<void> {
  await db.insert(afterFightEntry).values(row);
}

export async function listEntries(db: Db, afterFightIds: string[]): Promise<AfterFightEntryRow[]> {
  if (afterFightIds.length === 0) return [];
  return db
    .select()
    .from(afterFightEntry)
    .where(inArray(afterFightEntry.afterFightId, afterFightIds))
    .orderBy(asc(afterFightEntry.createdAt));
}

/** An entry by id, whatever conversation it is in: the caller checks access before using it. */
export async function findEntry(db: Db, id: string): Promise<AfterFightEntryRow | null> {
  const [row] = await db.select().from(afterFightEntry).where(eq(afterFightEntry.id, id));
  return row ?? null;
}

/** Remembers the agreement a plan became, unless it already became one; true when this one was stored. */
export async function markProposed(db: Db, id: string, agreementId: string): Promise<boolean> {
  const rows = await db
    .update(afterFightEntry)
    .set({ agreementId })
    .where(and(eq(afterFightEntry.id, id), isNull(afterFightEntry.agreementId)))
    .returning({ id: afterFightEntry.id });
  return rows.length > 0;
}

/** A person's own repairs (drafts too) and those sent to them; never the partner's drafts. */
export function listRepairsOf(db: Db, personId: string) {
  return db
    .select()
    .from(repair)
    .where(
      or(eq(repair.personId, personId), and(eq(repair.recipientId, personId), ne(repair.status, 'draft'))),
    )
    .orderBy(asc(repair.createdAt));
}

export function listAfterFightsOf(db: Db, personId: string) {
  return db
    .select()
    .from(afterFight)
    .where(or(eq(afterFight.starterId, personId), eq(afterFight.partnerId, personId)))
    .orderBy(asc(afterFight.createdAt));
}

/**
 * When an account is deleted: its drafts, and what it wrote in an after-a-fight step the partner
 * has not answered yet (the partner would only see it after writing their own).
 */
export async function deleteUnsharedOf(db: Db, personId: string): Promise<void> {
  await db.delete(repair).where(and(eq(repair.personId, personId), eq(repair.status, 'draft')));
  await db.execute(sql`
    delete from after_fight_entry e
    where e.person_id = ${personId} and e.step <> 'account'
      and not exists (
        select 1 from after_fight_entry o
        where o.after_fight_id = e.after_fight_id and o.step = e.step and o.person_id <> ${personId}
      )`);
}
