import { and, asc, desc, eq, getTableColumns, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { preparedFor } from '../../platform/db/prepared';
import { talk, talkEntry, talkRating } from './tables';

export type TalkRow = typeof talk.$inferSelect;
export type TalkEntryRow = typeof talkEntry.$inferSelect;

const CLOSED = ['ended', 'declined'];

export async function insertTalk(db: Db, row: TalkRow): Promise<void> {
  await db.insert(talk).values(row);
}

/** A talk by id, whatever space it is in: the caller checks access before using it. */
export async function findTalk(db: Db, talkId: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(talk).where(eq(talk.id, talkId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateTalk(db: Db, talkId: string, change: Partial<TalkRow>): Promise<void> {
  await db.update(talk).set(change).where(eq(talk.id, talkId));
}

/** Talks of a space that are still going, locked so a pause and a move don't cross. */
export function listOpenTalks(db: Db, spaceId: string) {
  return db
    .select()
    .from(talk)
    .where(and(eq(talk.spaceId, spaceId), notInArray(talk.phase, CLOSED)))
    .for('update');
}

/** A talk with its turns taken and reflections confirmed, as the list shows it. */
const withCounts = {
  ...getTableColumns(talk),
  turns:
    sql<number>`(select count(*) from talk_entry e where e.talk_id = talk.id and e.kind = 'turn')`.mapWith(
      Number,
    ),
  confirmed: sql<number>`(select count(e.confirmed_at) from talk_entry e where e.talk_id = talk.id)`.mapWith(
    Number,
  ),
};

// Read on every opening of the home screen: built once.
const listedTalks = preparedFor((db) => {
  const inSpace = eq(talk.spaceId, sql.placeholder('spaceId'));
  const open = db
    .select(withCounts)
    .from(talk)
    .where(and(inSpace, notInArray(talk.phase, CLOSED)));
  const past = db
    .select(withCounts)
    .from(talk)
    .where(and(inSpace, inArray(talk.phase, CLOSED)))
    .orderBy(desc(talk.createdAt), desc(talk.id))
    .limit(sql.placeholder('limit'));
  return open.unionAll(past).prepare('tend_list_talks');
});

/**
 * Every talk of a space still going and its latest `limit` ended or declined ones, each with its
 * counts, in one statement; in no particular order.
 */
export function listTalks(db: Db, spaceId: string, limit: number) {
  return listedTalks(db).execute({ spaceId, limit });
}

export async function insertEntry(db: Db, row: TalkEntryRow): Promise<void> {
  await db.insert(talkEntry).values(row);
}

export function listEntries(db: Db, talkId: string) {
  return db
    .select()
    .from(talkEntry)
    .where(eq(talkEntry.talkId, talkId))
    .orderBy(asc(talkEntry.createdAt), asc(talkEntry.turnNumber), asc(talkEntry.attempt));
}

/** Marks the latest reflection of a turn as the one the speaker recognised. */
export async function confirmReflection(
  db: Db,
  talkId: string,
  turnNumber: number,
  attempt: number,
  now: Date,
) {
  await db
    .update(talkEntry)
    .set({ confirmedAt: now })
    .where(
      and(
        eq(talkEntry.talkId, talkId),
        eq(talkEntry.kind, 'reflection'),
        eq(talkEntry.turnNumber, turnNumber),
        eq(talkEntry.attempt, attempt),
      ),
    );
}

/** Blanks what the author wrote; the entry stays so the talk's course still reads right. */
export async function removeEntryText(
  db: Db,
  ids: { entryId: string; talkId: string; authorId: string },
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(talkEntry)
    .set({ text: null, removedAt: now })
    .where(
      and(
        eq(talkEntry.id, ids.entryId),
        eq(talkEntry.talkId, ids.talkId),
        eq(talkEntry.authorId, ids.authorId),
        isNull(talkEntry.removedAt),
      ),
    )
    .returning({ id: talkEntry.id });
  return rows.length > 0;
}

export async function findEntry(db: Db, entryId: string, talkId: string) {
  const [row] = await db
    .select()
    .from(talkEntry)
    .where(and(eq(talkEntry.id, entryId), eq(talkEntry.talkId, talkId)));
  return row ?? null;
}

export async function saveRating(db: Db, row: typeof talkRating.$inferInsert): Promise<void> {
  await db
    .insert(talkRating)
    .values(row)
    .onConflictDoUpdate({
      target: [talkRating.talkId, talkRating.personId],
      set: { feltHeard: row.feltHeard, createdAt: row.createdAt },
    });
}

export async function findRating(db: Db, talkId: string, personId: string): Promise<number | null> {
  const [row] = await db
    .select({ feltHeard: talkRating.feltHeard })
    .from(talkRating)
    .where(and(eq(talkRating.talkId, talkId), eq(talkRating.personId, personId)));
  return row?.feltHeard ?? null;
}

/** The talks a person took part in, with everything said in them, and their own ratings only. */
export async function listTalksOf(db: Db, personId: string) {
  const talks = await db
    .select()
    .from(talk)
    .where(or(eq(talk.inviterId, personId), eq(talk.inviteeId, personId)))
    .orderBy(asc(talk.createdAt));
  const ids = talks.map((t) => t.id);
  const entries =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(talkEntry)
          .where(inArray(talkEntry.talkId, ids))
          .orderBy(asc(talkEntry.createdAt));
  const ratings = await db.select().from(talkRating).where(eq(talkRating.personId, personId));
  return { talks, entries, ratings };
}
