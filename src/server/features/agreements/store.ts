import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { spaceMember } from '../space/tables';
import { agreement, agreementVersion, personalNeed } from './tables';

export type AgreementRow = typeof agreement.$inferSelect;
export type VersionRow = typeof agreementVersion.$inferSelect;
export type NeedRow = typeof personalNeed.$inferSelect;

const LIST_LIMIT = 200;

export async function insertAgreement(db: Db, row: AgreementRow, first: VersionRow): Promise<void> {
  await db.insert(agreement).values(row);
  await db.insert(agreementVersion).values(first);
}

/** An agreement by id, whatever space it is in: the caller checks access before using it. */
export async function findAgreement(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(agreement).where(eq(agreement.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export function listAgreements(db: Db, spaceId: string) {
  return db
    .select()
    .from(agreement)
    .where(eq(agreement.spaceId, spaceId))
    .orderBy(desc(agreement.createdAt))
    .limit(LIST_LIMIT);
}

/** Every version of these agreements, newest first within each. */
export async function listVersions(db: Db, agreementIds: string[]): Promise<VersionRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .select()
    .from(agreementVersion)
    .where(inArray(agreementVersion.agreementId, agreementIds))
    .orderBy(asc(agreementVersion.agreementId), desc(agreementVersion.number));
}

export async function updateAgreement(db: Db, id: string, change: Partial<AgreementRow>): Promise<void> {
  await db.update(agreement).set(change).where(eq(agreement.id, id));
}

export async function insertVersion(db: Db, row: VersionRow): Promise<void> {
  await db.insert(agreementVersion).values(row);
}

export async function updateVersion(
  db: Db,
  agreementId: string,
  number: number,
  change: Partial<VersionRow>,
): Promise<void> {
  await db
    .update(agreementVersion)
    .set(change)
    .where(and(eq(agreementVersion.agreementId, agreementId), eq(agreementVersion.number, number)));
}

/** The members of a space with their names and time zones (today, and reminders in each one's morning). */
export function listPeople(db: Db, spaceId: string) {
  return db
    .select({ id: person.id, name: person.name, timeZone: person.timeZone })
    .from(spaceMember)
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .where(eq(spaceMember.spaceId, spaceId));
}

export async function insertNeed(db: Db, row: NeedRow): Promise<void> {
  await db.insert(personalNeed).values(row);
}

export async function findNeed(db: Db, id: string): Promise<NeedRow | null> {
  const [row] = await db.select().from(personalNeed).where(eq(personalNeed.id, id));
  return row ?? null;
}

export function listNeeds(db: Db, spaceId: string) {
  return db
    .select()
    .from(personalNeed)
    .where(eq(personalNeed.spaceId, spaceId))
    .orderBy(desc(personalNeed.updatedAt))
    .limit(LIST_LIMIT);
}

export async function updateNeed(db: Db, id: string, change: Partial<NeedRow>): Promise<void> {
  await db.update(personalNeed).set(change).where(eq(personalNeed.id, id));
}

export async function deleteNeed(db: Db, id: string): Promise<void> {
  await db.delete(personalNeed).where(eq(personalNeed.id, id));
}

/** A person's needs follow them into the space they join. */
export async function moveNeeds(db: Db, personId: string, fromSpaceId: string, toSpaceId: string) {
  await db
    .update(personalNeed)
    .set({ spaceId: toSpaceId })
    .where(and(eq(personalNeed.personId, personId), eq(personalNeed.spaceId, fromSpaceId)));
}

/** A person's own needs, shared or not; never the partner's. */
export function listOwnNeeds(db: Db, personId: string) {
  return db.select().from(personalNeed).where(eq(personalNeed.personId, personId));
}
