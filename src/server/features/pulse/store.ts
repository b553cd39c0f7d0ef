import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { preparedFor } from '../../platform/db/prepared';
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

/** The value the insert proposed for a column, in the update of an upsert. */
const proposed = (column: PgColumn): SQL => sql`excluded.${sql.identifier(column.name)}`;

const pulseUpsert = preparedFor((db) =>
  db
    .insert(pulse)
    .values({
      id: sql.placeholder('id'),
      spaceId: sql.placeholder('spaceId'),
      personId: sql.placeholder('personId'),
      day: sql.placeholder('day'),
      closeness: sql.placeholder('closeness'),
      energy: sql.placeholder('energy'),
      stressors: sql.placeholder('stressors'),
      isNumbersShared: sql.placeholder('isNumbersShared'),
      note: sql.placeholder('note'),
      isNoteShared: sql.placeholder('isNoteShared'),
      questionId: sql.placeholder('questionId'),
      answer: sql.placeholder('answer'),
      isAnswerShared: sql.placeholder('isAnswerShared'),
      pulledAway: sql.placeholder('pulledAway'),
      createdAt: sql.placeholder('createdAt'),
      updatedAt: sql.placeholder('updatedAt'),
    })
    .onConflictDoUpdate({
      target: [pulse.personId, pulse.day],
      // The id, the person, the day and when it was first written stay as they were.
      set: {
        spaceId: proposed(pulse.spaceId),
        closeness: proposed(pulse.closeness),
        energy: proposed(pulse.energy),
        stressors: proposed(pulse.stressors),
        isNumbersShared: proposed(pulse.isNumbersShared),
        note: proposed(pulse.note),
        isNoteShared: proposed(pulse.isNoteShared),
        questionId: proposed(pulse.questionId),
        answer: proposed(pulse.answer),
        isAnswerShared: proposed(pulse.isAnswerShared),
        pulledAway: proposed(pulse.pulledAway),
        updatedAt: proposed(pulse.updatedAt),
      },
    })
    .returning()
    .prepare('tend_upsert_pulse'),
);

/** Stores the day's pulse: the first one is inserted, later ones that day change it. */
export async function upsertPulse(db: Db, row: PulseRow): Promise<PulseRow> {
  const [saved] = await pulseUpsert(db).execute(row);
  return saved ?? row;
}

const spaceDayLookup = preparedFor((db) =>
  db
    .select({
      personId: person.id,
      name: person.name,
      timeZone: person.timeZone,
      pulse,
      cadence: pulseCadence,
      setting: pulseSetting,
    })
    .from(spaceMember)
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .leftJoin(
      pulse,
      and(
        eq(pulse.personId, spaceMember.personId),
        eq(pulse.spaceId, spaceMember.spaceId),
        gte(pulse.day, sql.placeholder('fromDay')),
        lte(pulse.day, sql.placeholder('toDay')),
      ),
    )
    .leftJoin(pulseCadence, eq(pulseCadence.spaceId, spaceMember.spaceId))
    .leftJoin(
      pulseSetting,
      and(
        eq(pulseSetting.personId, spaceMember.personId),
        eq(pulseSetting.personId, sql.placeholder('personId')),
      ),
    )
    .where(eq(spaceMember.spaceId, sql.placeholder('spaceId')))
    .orderBy(asc(spaceMember.joinedAt), asc(pulse.day))
    .prepare('tend_find_space_day'),
);

/**
 * Everything today's check-in screen shows, in one query: the members of a space, first to join
 * first, each with the check-ins they wrote in it between two days (one row per check-in, or one
 * row without), beside the space's cadence and, on the asking person's rows, their own settings.
 */
export function findSpaceDay(db: Db, spaceId: string, personId: string, fromDay: string, toDay: string) {
  return spaceDayLookup(db).execute({ spaceId, personId, fromDay, toDay });
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
