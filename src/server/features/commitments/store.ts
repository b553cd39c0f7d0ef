import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { talk } from '../talks/tables';
import { commitment } from './tables';

export type CommitmentRow = typeof commitment.$inferSelect;

/** Everything on the lists of a space: each person's own, and what they share. */
export function listInSpace(db: Db, spaceId: string) {
  return db
    .select()
    .from(commitment)
    .where(eq(commitment.spaceId, spaceId))
    .orderBy(desc(commitment.createdAt), desc(commitment.id));
}

export async function findCommitment(db: Db, id: string): Promise<CommitmentRow | null> {
  const [row] = await db.select().from(commitment).where(eq(commitment.id, id));
  return row ?? null;
}

/** Adds a commitment; one from a plan that is already on its author's list is left as it is. */
export async function insertCommitment(db: Db, row: CommitmentRow): Promise<boolean> {
  const added = await db
    .insert(commitment)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: commitment.id });
  return added.length > 0;
}

export async function updateCommitment(
  db: Db,
  id: string,
  change: Pick<CommitmentRow, 'text' | 'dueOn' | 'isShared' | 'status' | 'settledAt' | 'updatedAt'>,
): Promise<void> {
  await db.update(commitment).set(change).where(eq(commitment.id, id));
}

export async function deleteCommitment(db: Db, id: string): Promise<void> {
  await db.delete(commitment).where(eq(commitment.id, id));
}

/** The topics of the talks commitments came from, by talk id. */
export async function talkTopics(db: Db, spaceId: string, talkIds: string[]): Promise<Map<string, string>> {
  if (talkIds.length === 0) return new Map();
  const rows = await db
    .select({ id: talk.id, topic: talk.topic })
    .from(talk)
    .where(and(eq(talk.spaceId, spaceId), inArray(talk.id, talkIds)));
  return new Map(rows.map((r) => [r.id, r.topic]));
}

/** A talk of this space that this person took part in, or null. */
export async function findOwnTalk(db: Db, spaceId: string, personId: string, talkId: string) {
  const [row] = await db
    .select({ id: talk.id, phase: talk.phase, inviterId: talk.inviterId, inviteeId: talk.inviteeId })
    .from(talk)
    .where(and(eq(talk.id, talkId), eq(talk.spaceId, spaceId)));
  return row && (row.inviterId === personId || row.inviteeId === personId) ? row : null;
}

/** A person's own commitments, wherever they were made, oldest first (for their export and insights). */
export function listOwn(db: Db, personId: string) {
  return db
    .select()
    .from(commitment)
    .where(eq(commitment.personId, personId))
    .orderBy(asc(commitment.createdAt), asc(commitment.id));
}

/** A person's list follows them into the space they join. */
export async function moveCommitments(
  db: Db,
  personId: string,
  fromSpaceId: string,
  toSpaceId: string,
): Promise<void> {
  await db
    .update(commitment)
    .set({ spaceId: toSpaceId })
    .where(and(eq(commitment.personId, personId), eq(commitment.spaceId, fromSpaceId)));
}

/** Whether a commitment is still open and still meant for this day (its reminder is then due). */
export async function isOpenOn(db: Db, id: string, dueOn: string): Promise<boolean> {
  const [row] = await db
    .select({ id: commitment.id })
    .from(commitment)
    .where(and(eq(commitment.id, id), eq(commitment.status, 'open'), eq(commitment.dueOn, dueOn)));
  return row !== undefined;
}

export async function findTimeZone(db: Db, personId: string): Promise<string | null> {
  const [row] = await db.select({ timeZone: person.timeZone }).from(person).where(eq(person.id, personId));
  return row?.timeZone ?? null;
}
