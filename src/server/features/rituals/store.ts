import { and, asc, eq, getTableColumns, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { preparedFor } from '../../platform/db/prepared';
import { spaceMember } from '../space/tables';
import { ritual, ritualFeed, ritualFeeling, ritualOccurrence, ritualReminder } from './tables';

export type RitualRow = typeof ritual.$inferSelect;
export type OccurrenceRow = typeof ritualOccurrence.$inferSelect;
export type FeelingRow = typeof ritualFeeling.$inferSelect;

export async function insertRitual(db: Db, row: RitualRow): Promise<void> {
  await db.insert(ritual).values(row);
}

export async function findRitual(db: Db, id: string): Promise<RitualRow | null> {
  const [row] = await db.select().from(ritual).where(eq(ritual.id, id));
  return row ?? null;
}

/** A logged occurrence as `json_agg` answers it. */
interface LoggedJson {
  ritual_id: string;
  day: string;
  status: string;
  moved_to: string | null;
  logged_by: string | null;
  logged_at: string;
  win_at: string | null;
}

const dateOf = (text: string | null) => (text === null ? null : new Date(text));
const occurrenceOf = (o: LoggedJson): OccurrenceRow => ({
  ritualId: o.ritual_id,
  day: o.day,
  status: o.status,
  movedTo: dateOf(o.moved_to),
  loggedBy: o.logged_by,
  loggedAt: new Date(o.logged_at),
  winAt: dateOf(o.win_at),
});

// Read on every opening of the home screen: built once, and the log comes in the same statement.
const ritualsWithLog = preparedFor((db) =>
  db
    .select({
      ...getTableColumns(ritual),
      log: sql<
        LoggedJson[]
      >`coalesce((select json_agg(o) from ritual_occurrence o where o.ritual_id = ritual.id and (o.day >= ${sql.placeholder('sinceDay')} or o.moved_to >= ${sql.placeholder('movedFrom')})), '[]')`,
    })
    .from(ritual)
    .where(and(eq(ritual.spaceId, sql.placeholder('spaceId')), isNull(ritual.endedAt)))
    .orderBy(asc(ritual.createdAt))
    .prepare('tend_list_rituals'),
);

/**
 * The space's rituals that have not ended, oldest first, each with the part of its log `window`
 * names; who may see which is the service's call.
 */
export async function listRituals(db: Db, spaceId: string, window: LogWindow) {
  const rows = await ritualsWithLog(db).execute({ spaceId, ...window });
  return rows.map(({ log, ...r }) => ({ ...r, log: log.map(occurrenceOf) }));
}

export async function updateRitual(
  db: Db,
  id: string,
  change: Partial<Omit<RitualRow, 'id' | 'spaceId'>>,
): Promise<void> {
  await db.update(ritual).set(change).where(eq(ritual.id, id));
}

/**
 * How much of a ritual's log a read needs: the days from `sinceDay` on, and any occurrence moved
 * to `movedFrom` or later. A ritual kept for years is read in weeks, not years.
 */
export interface LogWindow {
  sinceDay: string;
  movedFrom: Date;
}

// Read on every opening of the home screen by a couple with rituals: built once.
const recentOccurrences = preparedFor((db) =>
  db
    .select()
    .from(ritualOccurrence)
    .where(
      and(
        sql`${ritualOccurrence.ritualId} = any(${sql.placeholder('ritualIds')})`,
        or(
          gte(ritualOccurrence.day, sql.placeholder('sinceDay')),
          gte(ritualOccurrence.movedTo, sql.placeholder('movedFrom')),
        ),
      ),
    )
    .prepare('tend_list_recent_occurrences'),
);

export async function listOccurrences(
  db: Db,
  ritualIds: string[],
  window: LogWindow,
): Promise<OccurrenceRow[]> {
  if (ritualIds.length === 0) return [];
  return recentOccurrences(db).execute({ ritualIds, ...window });
}

export async function saveOccurrence(db: Db, row: OccurrenceRow): Promise<void> {
  const { ritualId, day, winAt, ...change } = row;
  await db
    .insert(ritualOccurrence)
    .values(row)
    .onConflictDoUpdate({ target: [ritualOccurrence.ritualId, ritualOccurrence.day], set: change });
}

/** Marks the occurrence's win as recorded; true only for the one call that did it. */
export async function claimWin(db: Db, ritualId: string, day: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(ritualOccurrence)
    .set({ winAt: at })
    .where(
      and(
        eq(ritualOccurrence.ritualId, ritualId),
        eq(ritualOccurrence.day, day),
        eq(ritualOccurrence.status, 'done'),
        isNull(ritualOccurrence.winAt),
      ),
    )
    .returning({ day: ritualOccurrence.day });
  return rows.length > 0;
}

/** The feelings about a ritual's occurrences from `sinceDay` on. */
export function listFeelings(db: Db, ritualId: string, sinceDay: string) {
  return db
    .select()
    .from(ritualFeeling)
    .where(and(eq(ritualFeeling.ritualId, ritualId), gte(ritualFeeling.day, sinceDay)));
}

export async function saveFeeling(db: Db, row: FeelingRow): Promise<void> {
  const { ritualId, day, personId, ...change } = row;
  await db
    .insert(ritualFeeling)
    .values(row)
    .onConflictDoUpdate({
      target: [ritualFeeling.ritualId, ritualFeeling.day, ritualFeeling.personId],
      set: change,
    });
}

export async function findReminderLead(db: Db, ritualId: string, personId: string): Promise<number | null> {
  const [row] = await db
    .select()
    .from(ritualReminder)
    .where(and(eq(ritualReminder.ritualId, ritualId), eq(ritualReminder.personId, personId)));
  return row?.leadMinutes ?? null;
}

export function listReminderLeads(db: Db, personId: string) {
  return db.select().from(ritualReminder).where(eq(ritualReminder.personId, personId));
}

export async function saveReminderLead(
  db: Db,
  ritualId: string,
  personId: string,
  leadMinutes: number | null,
): Promise<void> {
  const key = and(eq(ritualReminder.ritualId, ritualId), eq(ritualReminder.personId, personId));
  if (leadMinutes === null) {
    await db.delete(ritualReminder).where(key);
    return;
  }
  await db
    .insert(ritualReminder)
    .values({ ritualId, personId, leadMinutes })
    .onConflictDoUpdate({ target: [ritualReminder.ritualId, ritualReminder.personId], set: { leadMinutes } });
}

/** The person's space and time zone. */
export async function findPlace(db: Db, personId: string) {
  const [row] = await db
    .select({ spaceId: spaceMember.spaceId, timeZone: person.timeZone })
    .from(person)
    .leftJoin(spaceMember, eq(spaceMember.personId, person.id))
    .where(eq(person.id, personId));
  return row ?? null;
}

export async function findFeedOwner(db: Db, tokenHash: string): Promise<string | null> {
  const [row] = await db.select().from(ritualFeed).where(eq(ritualFeed.tokenHash, tokenHash));
  return row?.personId ?? null;
}

export async function hasFeed(db: Db, personId: string): Promise<boolean> {
  const [row] = await db.select().from(ritualFeed).where(eq(ritualFeed.personId, personId));
  return !!row;
}

export async function saveFeed(db: Db, personId: string, tokenHash: string, at: Date): Promise<void> {
  await db
    .insert(ritualFeed)
    .values({ personId, tokenHash, createdAt: at })
    .onConflictDoUpdate({ target: ritualFeed.personId, set: { tokenHash, createdAt: at } });
}

export async function deleteFeed(db: Db, personId: string): Promise<void> {
  await db.delete(ritualFeed).where(eq(ritualFeed.personId, personId));
}

/** Rituals a person kept alone move with them into the space they join, still theirs alone. */
export async function moveRituals(
  db: Db,
  personId: string,
  fromSpaceId: string,
  toSpaceId: string,
): Promise<void> {
  await db
    .update(ritual)
    .set({ spaceId: toSpaceId, isProposed: false, joinedBy: null, declinedAt: null })
    .where(and(eq(ritual.proposerId, personId), eq(ritual.spaceId, fromSpaceId)));
}

/**
 * One person's rituals for their export: those they proposed or joined, and those proposed to
 * them; a partner's ritual kept alone never. Feelings are one's own, and the partner's only for
 * a time both rated (when the partner's was shown).
 */
export async function listForExport(db: Db, personId: string, spaceId: string | null) {
  const proposedToMe = spaceId ? and(eq(ritual.isProposed, true), eq(ritual.spaceId, spaceId)) : undefined;
  const rituals = await db
    .select()
    .from(ritual)
    .where(or(eq(ritual.proposerId, personId), eq(ritual.joinedBy, personId), proposedToMe));
  const ids = rituals.map((r) => r.id);
  if (ids.length === 0) return { rituals: [], occurrences: [], feelings: [], reminders: [] };
  const [occurrences, feelings, reminders] = await Promise.all([
    db.select().from(ritualOccurrence).where(inArray(ritualOccurrence.ritualId, ids)),
    db.select().from(ritualFeeling).where(inArray(ritualFeeling.ritualId, ids)),
    db.select().from(ritualReminder).where(eq(ritualReminder.personId, personId)),
  ]);
  const mine = (f: FeelingRow) => f.personId === personId;
  const shown = feelings.filter(
    (f) => mine(f) || feelings.some((o) => mine(o) && o.ritualId === f.ritualId && o.day === f.day),
  );
  return { rituals, occurrences, feelings: shown, reminders };
}

/** When an account is deleted: the rituals its person kept alone, which nobody else ever saw. */
export async function deleteKeptAloneBy(db: Db, personId: string): Promise<void> {
  await db.delete(ritual).where(and(eq(ritual.proposerId, personId), eq(ritual.isProposed, false)));
}
