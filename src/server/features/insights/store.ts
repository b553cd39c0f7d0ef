import { and, asc, eq, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { appreciation } from '../appreciations/tables';
import { commitment } from '../commitments/tables';
import { pause } from '../pause/tables';
import { pulse, pulseSetting } from '../pulse/tables';
import { repair } from '../repair/tables';
import { ritual, ritualOccurrence } from '../rituals/tables';
import { talk, talkEntry } from '../talks/tables';
import { insightsDistance } from './tables';

/**
 * What one person's insights are read from. Every query is scoped to that person (their own
 * check-ins, moments they took part in) or, for the partner, to the numbers the partner shares.
 */

export type DistanceRow = typeof insightsDistance.$inferSelect;

/** The person's own check-ins: numbers and stressors only, never the note or the answer. */
export function listOwnPulses(db: Db, personId: string) {
  return db
    .select({
      day: pulse.day,
      closeness: pulse.closeness,
      energy: pulse.energy,
      stressors: pulse.stressors,
      pulledAway: pulse.pulledAway,
    })
    .from(pulse)
    .where(eq(pulse.personId, personId))
    .orderBy(asc(pulse.day));
}

/** The partner's numbers on the days they shared them, in this space: nothing else of theirs. */
export function listSharedNumbers(db: Db, partnerId: string, spaceId: string) {
  return db
    .select({ day: pulse.day, closeness: pulse.closeness, energy: pulse.energy })
    .from(pulse)
    .where(and(eq(pulse.personId, partnerId), eq(pulse.spaceId, spaceId), eq(pulse.isNumbersShared, true)))
    .orderBy(asc(pulse.day));
}

/** Whether a person shares their numbers now (on unless they turned it off). */
export async function sharesNumbers(db: Db, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ sharesNumbers: pulseSetting.sharesNumbers })
    .from(pulseSetting)
    .where(eq(pulseSetting.personId, personId));
  return row?.sharesNumbers ?? true;
}

/** Talks in this space the person agreed to hold at a set time, with when they began. */
export function listTalkTimes(db: Db, personId: string, spaceId: string) {
  return db
    .select({ startsAt: talk.startsAt, agreedAt: talk.agreedAt, begunAt: talk.begunAt })
    .from(talk)
    .where(
      and(
        eq(talk.spaceId, spaceId),
        isNotNull(talk.startsAt),
        isNotNull(talk.agreedAt),
        or(eq(talk.inviterId, personId), eq(talk.inviteeId, personId)),
      ),
    );
}

/** The person's own commitments they said were done or not (wherever they were made). */
export function listSettledCommitments(db: Db, personId: string) {
  return db
    .select({ status: commitment.status, settledAt: commitment.settledAt })
    .from(commitment)
    .where(and(eq(commitment.personId, personId), isNotNull(commitment.settledAt)));
}

/** Talks the person finished together with their partner in this space. */
export function listFinishedTalks(db: Db, personId: string, spaceId: string) {
  return db
    .select({ formatId: talk.formatId, endedAt: talk.endedAt })
    .from(talk)
    .where(
      and(
        eq(talk.spaceId, spaceId),
        eq(talk.phase, 'ended'),
        eq(talk.endReason, 'finished'),
        isNotNull(talk.endedAt),
        or(eq(talk.inviterId, personId), eq(talk.inviteeId, personId)),
      ),
    );
}

/** The reflections the person offered in talks, and whether the partner confirmed them. */
export function listOwnReflections(db: Db, personId: string) {
  return db
    .select({ createdAt: talkEntry.createdAt, confirmedAt: talkEntry.confirmedAt })
    .from(talkEntry)
    .where(
      and(eq(talkEntry.authorId, personId), eq(talkEntry.kind, 'reflection'), isNull(talkEntry.removedAt)),
    );
}

/** Pauses in the space that ended with someone coming back, on time or not. */
export function listEndedPauses(db: Db, spaceId: string) {
  return db
    .select({ endedAt: pause.endedAt, isOnTime: pause.isOnTime })
    .from(pause)
    .where(and(eq(pause.spaceId, spaceId), isNotNull(pause.endedAt), isNotNull(pause.isOnTime)));
}

/** Appreciations the person sent or received: who to whom and when, never the words. */
export function listAppreciations(db: Db, personId: string) {
  return db
    .select({
      personId: appreciation.personId,
      recipientId: appreciation.recipientId,
      createdAt: appreciation.createdAt,
    })
    .from(appreciation)
    .where(or(eq(appreciation.personId, personId), eq(appreciation.recipientId, personId)));
}

/** Repairs the person sent, or received and accepted: only who and when. */
export function listRepairs(db: Db, personId: string) {
  return db
    .select({
      personId: repair.personId,
      status: repair.status,
      sentAt: repair.sentAt,
      answeredAt: repair.answeredAt,
    })
    .from(repair)
    .where(
      or(
        and(eq(repair.personId, personId), isNotNull(repair.sentAt)),
        and(eq(repair.recipientId, personId), eq(repair.status, 'accepted')),
      ),
    );
}

export async function findDistance(db: Db, personId: string): Promise<DistanceRow | null> {
  const [row] = await db.select().from(insightsDistance).where(eq(insightsDistance.personId, personId));
  return row ?? null;
}

export async function saveDistance(db: Db, row: DistanceRow): Promise<void> {
  const { personId, ...change } = row;
  await db
    .insert(insightsDistance)
    .values(row)
    .onConflictDoUpdate({ target: insightsDistance.personId, set: change });
}

/** When the support suggestion was shown to and set aside by this person, for their export. */
export async function findDistanceFor(db: Db, personId: string) {
  const [row] = await db.select().from(insightsDistance).where(eq(insightsDistance.personId, personId));
  return row ?? null;
}

/** The logged times of the rituals this person takes part in: done, skipped or moved. */
export function listRitualTimes(db: Db, personId: string) {
  return db
    .select({
      ritualId: ritualOccurrence.ritualId,
      day: ritualOccurrence.day,
      status: ritualOccurrence.status,
    })
    .from(ritualOccurrence)
    .innerJoin(ritual, eq(ritual.id, ritualOccurrence.ritualId))
    .where(or(eq(ritual.proposerId, personId), eq(ritual.joinedBy, personId)))
    .orderBy(asc(ritualOccurrence.day));
}
