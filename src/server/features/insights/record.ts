import type { Moment, PartnerShares, PersonRecord } from '../../../core/insights';
import { STRESSORS, type Stressor, todayIn } from '../../../core/pulse/days';
import { FORMAT_IDS, type FormatId } from '../../../core/talks/formats';
import { keptItsTime } from '../../../core/talks/machine';
import type { Db } from '../../platform/db/database';
import * as pulseStore from '../pulse/store';
import { cadenceOf } from '../pulse/today';
import * as store from './store';

/**
 * Gathers what one person's insights are computed from, as days in their own time zone.
 *
 * Withdrawal is read from low closeness and from the person's own "I pulled away" marks (never the
 * partner's). A ritual counts on the days its times were logged: done is kept,
 * skipped is not, and a time moved counts on the day it happens instead. A talk agreed for a set
 * time counts on that day once it is known whether it began within the hour; a commitment on the
 * day its person said whether it was done.
 */

const ms = (date: Date | null) => (date ? date.getTime() : null);

const isFormat = (id: string): id is FormatId => (FORMAT_IDS as readonly string[]).includes(id);

export async function readRecord(
  db: Db,
  who: { personId: string; spaceId: string; timeZone: string },
  today: string,
  now: Date,
): Promise<PersonRecord> {
  const { personId, spaceId, timeZone } = who;
  const dayOf = (at: Date) => todayIn(at, timeZone);
  const [
    pulses,
    talks,
    reflections,
    pauses,
    notes,
    repairs,
    cadenceRow,
    ritualTimes,
    talkTimes,
    commitments,
  ] = await Promise.all([
    store.listOwnPulses(db, personId),
    store.listFinishedTalks(db, personId, spaceId),
    store.listOwnReflections(db, personId),
    store.listEndedPauses(db, spaceId),
    store.listAppreciations(db, personId),
    store.listRepairs(db, personId),
    pulseStore.findCadence(db, spaceId),
    store.listRitualTimes(db, personId),
    store.listTalkTimes(db, personId, spaceId),
    store.listSettledCommitments(db, personId),
  ]);

  const moments: Moment[] = [];
  for (const t of talks)
    if (t.endedAt && isFormat(t.formatId))
      moments.push({ day: dayOf(t.endedAt), kind: 'talk', format: t.formatId });
  for (const r of reflections)
    moments.push({ day: dayOf(r.createdAt), kind: 'reflection', isConfirmed: r.confirmedAt !== null });
  for (const p of pauses)
    if (p.endedAt) moments.push({ day: dayOf(p.endedAt), kind: 'pause', isHonoured: p.isOnTime === true });
  for (const a of notes)
    moments.push({
      day: dayOf(a.createdAt),
      kind: 'appreciation',
      direction: a.recipientId === personId ? 'received' : 'sent',
    });
  for (const r of repairs) {
    const at = r.personId === personId ? r.sentAt : r.answeredAt;
    if (at) moments.push({ day: dayOf(at), kind: 'repair' });
  }

  for (const r of ritualTimes)
    if (r.status !== 'moved')
      moments.push({ day: r.day, kind: 'ritual', ritualId: r.ritualId, isKept: r.status === 'done' });

  for (const t of talkTimes) {
    const kept = keptItsTime(
      { startsAt: ms(t.startsAt), agreedAt: ms(t.agreedAt), begunAt: ms(t.begunAt) },
      now.getTime(),
    );
    if (t.startsAt && kept !== null) moments.push({ day: dayOf(t.startsAt), kind: 'talkTime', isKept: kept });
  }
  for (const c of commitments)
    if (c.settledAt)
      moments.push({ day: dayOf(c.settledAt), kind: 'commitment', isKept: c.status === 'done' });

  const first = pulses[0]?.day ?? today;
  return {
    cadences: [{ since: first, cadence: cadenceOf(cadenceRow, personId) }],
    pulses: pulses.map((p) => ({
      day: p.day,
      closeness: p.closeness,
      energy: p.energy,
      stressors: p.stressors.filter(isStressor),
    })),
    pulledAway: pulses.filter((p) => p.pulledAway).map((p) => p.day),
    moments,
  };
}

/** The partner's numbers, only while they share numbers and only the days they shared. */
export async function readPartnerShares(db: Db, partnerId: string, spaceId: string): Promise<PartnerShares> {
  if (!(await store.sharesNumbers(db, partnerId))) return { pulses: [] };
  return { pulses: await store.listSharedNumbers(db, partnerId, spaceId) };
}

function isStressor(value: string): value is Stressor {
  return (STRESSORS as readonly string[]).includes(value);
}
