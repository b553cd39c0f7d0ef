import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { spaceMember } from '../space/tables';
import { journalEntry, sharedNote } from './tables';

export type JournalEntryRow = typeof journalEntry.$inferSelect;
export type SharedNoteRow = typeof sharedNote.$inferSelect;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A person's own entries, newest first; `q` matches the text case-insensitively. */
export function listEntries(db: Db, personId: string, filter: { q?: string; feeling?: string }) {
  const conditions = [eq(journalEntry.personId, personId)];
  if (filter.q) conditions.push(ilike(journalEntry.text, `%${escapeLike(filter.q)}%`));
  if (filter.feeling) conditions.push(sql`${filter.feeling} = any(${journalEntry.feelings})`);
  return db
    .select()
    .from(journalEntry)
    .where(and(...conditions))
    .orderBy(desc(journalEntry.createdAt), desc(journalEntry.id));
}

/** One entry, only if it is this person's. */
export async function findEntry(db: Db, personId: string, id: string): Promise<JournalEntryRow | null> {
  const [row] = await db
    .select()
    .from(journalEntry)
    .where(and(eq(journalEntry.id, id), eq(journalEntry.personId, personId)));
  return row ?? null;
}

export async function insertEntry(db: Db, row: JournalEntryRow): Promise<void> {
  await db.insert(journalEntry).values(row);
}

export async function updateEntry(
  db: Db,
  personId: string,
  id: string,
  change: Pick<JournalEntryRow, 'text' | 'promptId' | 'feelings' | 'updatedAt'>,
): Promise<JournalEntryRow | null> {
  const [row] = await db
    .update(journalEntry)
    .set(change)
    .where(and(eq(journalEntry.id, id), eq(journalEntry.personId, personId)))
    .returning();
  return row ?? null;
}

export async function deleteEntry(db: Db, personId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(journalEntry)
    .where(and(eq(journalEntry.id, id), eq(journalEntry.personId, personId)))
    .returning({ id: journalEntry.id });
  return rows.length > 0;
}

/** The space a person belongs to, or null. */
export async function findSpaceOf(db: Db, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ spaceId: spaceMember.spaceId })
    .from(spaceMember)
    .where(eq(spaceMember.personId, personId));
  return row?.spaceId ?? null;
}

export async function insertNote(db: Db, row: SharedNoteRow): Promise<void> {
  await db.insert(sharedNote).values(row);
}

/**
 * A space's shared notes with their authors' names, newest first. A note whose author deleted
 * their account stays, with no name.
 */
export function listNotes(db: Db, spaceId: string) {
  return db
    .select({
      id: sharedNote.id,
      text: sharedNote.text,
      authorId: sharedNote.authorId,
      authorName: sql<string>`coalesce(${person.name}, '')`,
      createdAt: sharedNote.createdAt,
    })
    .from(sharedNote)
    .leftJoin(person, eq(person.id, sharedNote.authorId))
    .where(eq(sharedNote.spaceId, spaceId))
    .orderBy(desc(sharedNote.createdAt), desc(sharedNote.id));
}

export async function findNote(db: Db, spaceId: string, id: string): Promise<SharedNoteRow | null> {
  const [row] = await db
    .select()
    .from(sharedNote)
    .where(and(eq(sharedNote.id, id), eq(sharedNote.spaceId, spaceId)));
  return row ?? null;
}

export async function deleteNote(db: Db, id: string): Promise<void> {
  await db.delete(sharedNote).where(eq(sharedNote.id, id));
}

/** Notes a person shared in a space they had alone move with them into the space they join. */
export async function moveNotes(
  db: Db,
  authorId: string,
  fromSpaceId: string,
  toSpaceId: string,
): Promise<void> {
  await db
    .update(sharedNote)
    .set({ spaceId: toSpaceId })
    .where(and(eq(sharedNote.authorId, authorId), eq(sharedNote.spaceId, fromSpaceId)));
}

/** A person's journal, and the notes they wrote or that were shared in their space. */
export async function listJournalOf(db: Db, personId: string, spaceId: string | null) {
  const entries = await db
    .select()
    .from(journalEntry)
    .where(eq(journalEntry.personId, personId))
    .orderBy(asc(journalEntry.createdAt));
  const mine = eq(sharedNote.authorId, personId);
  const notes = await db
    .select()
    .from(sharedNote)
    .where(spaceId ? or(mine, eq(sharedNote.spaceId, spaceId)) : mine)
    .orderBy(asc(sharedNote.createdAt));
  return { entries, notes };
}
