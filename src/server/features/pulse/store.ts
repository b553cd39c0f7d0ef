import { and, asc, eq } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { spaceMember } from '../space/tables';
import { pulse, pulseCadence, pulseSetting } from './tables';

export type PulseRow = typeof pulse.$inferSelect;
export type CadenceRow = typeof pulseCadence.$inferSelect;
export type PulseSettingRow = typeof pulseSetting.$inferSelect;

export async function findCadence(db: Db, spaceId: string): Promise<CadenceRow | null> {
  const [row] = await db.select().from(pulseCadence).where(eq(pulseCadence.spaceId, spaceId));
  return row ?? null;
}

export async function saveCadence(db: Db, row: CadenceRow): Promise<void> {
  const { spaceId, ...change } = row;
  await db.insert(pulseCadence).values(row).onConflictDoUpdate({ target: pulseCadence.spaceId, set: change });
}

export async function findSetting(db: Db, personId: string): Promise<PulseSettingRow | null> {
  const [row] = await db.select().from(pulseSetting).where(eq(pulseSetting.personId, personId));
  return row ?? null;
}

export async function saveSetting(db: Db, row: PulseSettingRow): Promise<void> {
  const { personId, ...change } = row;
  await db
    .insert(pulseSetting)
    .values(row)
    .onConflictDoUpdate({ target: pulseSetting.personId, set: change });
}

/** A person's pulse for one of their days, whatever space it was written in. */
export async function findPulse(db: Db, personId: string, day: string): Promise<PulseRow | null> {
  const [row] = await db
    .select()
    .from(pulse)
    .where(and(eq(pulse.personId, personId), eq(pulse.day, day)));
  return row ?? null;
}

/** Stores the day's pulse: the first one is inserted, later ones that day change it. */
export async function upsertPulse(db: Db, row: PulseRow): Promise<PulseRow> {
  const { id, createdAt, personId, day, ...change } = row;
  const [saved] = await db
    .insert(pulse)
    .values(row)
    .onConflictDoUpdate({ target: [pulse.personId, pulse.day], set: change })
    .returning();
  return saved ?? row;
}

/** The members of a space with their time zones, first to join first. */
export function listPeople(db: Db, spaceId: string) {
  return db
    .select({ id: person.id, name: person.name, timeZone: person.timeZone })
    .from(spaceMember)
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .where(eq(spaceMember.spaceId, spaceId))
    .orderBy(asc(spaceMember.joinedAt));
}

/** Where a person checks in: their space and time zone, or null when they have no space. */
export async function findPlace(db: Db, personId: string) {
  const [row] = await db
    .select({ spaceId: spaceMember.spaceId, timeZone: person.timeZone })
    .from(spaceMember)
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .where(eq(spaceMember.personId, personId));
  return row ?? null;
}

export async function setNumbersShared(
  db: Db,
  personId: string,
  day: string,
  isShared: boolean,
): Promise<void> {
  await db
    .update(pulse)
    .set({ isNumbersShared: isShared })
    .where(and(eq(pulse.personId, personId), eq(pulse.day, day)));
}

/** A person's check-ins move with them into the space they join. */
export async function movePulses(
  db: Db,
  personId: string,
  fromSpaceId: string,
  toSpaceId: string,
): Promise<void> {
  await db
    .update(pulse)
    .set({ spaceId: toSpaceId })
    .where(and(eq(pulse.personId, personId), eq(pulse.spaceId, fromSpaceId)));
}

/** A person's own check-ins, notes and answers included: theirs to take away. */
export function listOwnPulses(db: Db, personId: string) {
  return db.select().from(pulse).where(eq(pulse.personId, personId)).orderBy(asc(pulse.day));
}
