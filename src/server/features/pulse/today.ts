import { canSee, type Viewer } from '../../../core/access';
import type { PulseToday } from '../../../core/contracts/pulse';
import {
  type Cadence,
  DAILY,
  dayNumber,
  isCadenceDay,
  nextCadenceDay,
  shiftDay,
  todayIn,
} from '../../../core/pulse/days';
import { gestureFor } from '../../../core/pulse/gestures';
import { questionFor } from '../../../core/pulse/questions';
import type { Membership, Person } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import type { CadenceRow, PulseRow, PulseSettingRow } from './store';
import * as store from './store';

/** A member of the space with their check-in of their own today, if they wrote one in this space. */
export interface DayPerson {
  id: string;
  name: string;
  timeZone: string;
  pulse: PulseRow | null;
}

/** The space's check-in day as one person sees it: the cadence, their settings, both members. */
export interface SpaceDay {
  cadence: CadenceRow | null;
  setting: PulseSettingRow;
  people: DayPerson[];
}

export const defaultSetting = (personId: string): PulseSettingRow => ({
  personId,
  sharesNumbers: true,
  reminderTime: null,
});

/** The cadence that applies to a person: their own waiting proposal, else the agreed one, else daily. */
export function cadenceOf(row: CadenceRow | null, personId: string): Cadence {
  if (row?.proposal && row.proposedBy === personId) return row.proposal;
  return row?.agreed ?? DAILY;
}

/**
 * Reads the space's day in one query. Time zones are at most 26 hours apart, so each member's
 * today lies within two days of the reader's: their check-ins in that span are read, and the one
 * for their own today kept.
 */
export async function readSpaceDay(db: Db, member: Membership, person: Person, now: Date): Promise<SpaceDay> {
  const day = todayIn(now, person.timeZone);
  const rows = await store.findSpaceDay(db, member.spaceId, person.id, shiftDay(day, -2), shiftDay(day, 2));
  const people: DayPerson[] = [];
  let setting: PulseSettingRow | null = null;
  for (const row of rows) {
    setting ??= row.setting;
    let one = people.find((p) => p.id === row.personId);
    if (!one) {
      one = { id: row.personId, name: row.name, timeZone: row.timeZone, pulse: null };
      people.push(one);
    }
    if (row.pulse && row.pulse.day === todayIn(now, row.timeZone)) one.pulse = row.pulse;
  }
  return {
    cadence: rows[0]?.cadence ?? null,
    setting: setting ?? defaultSetting(person.id),
    people,
  };
}

const view = (cadence: Cadence) => ({
  kind: cadence.kind,
  weekdays: cadence.kind === 'weekdays' ? [...cadence.weekdays] : [],
});

/** What the partner may see of their pulse: shared numbers, and only the words they shared. */
function forPartner(row: PulseRow, viewer: Viewer) {
  const item = (isShared: boolean) => ({ ownerId: row.personId, spaceId: row.spaceId, isShared });
  const numbers = canSee(viewer, item(row.isNumbersShared));
  return {
    id: row.id,
    day: row.day,
    closeness: numbers ? row.closeness : null,
    energy: numbers ? row.energy : null,
    stressors: numbers ? row.stressors : null,
    note: canSee(viewer, item(row.isNoteShared)) ? row.note : null,
    answer: canSee(viewer, item(row.isAnswerShared)) ? row.answer : null,
  };
}

/** Today's check-in screen: yours, your partner's once yours is in, the question, the cadence. */
export function presentToday(member: Membership, person: Person, now: Date, spaceDay: SpaceDay): PulseToday {
  const day = todayIn(now, person.timeZone);
  const viewer: Viewer = { personId: person.id, spaceId: member.spaceId };
  const { cadence: cadenceRow, setting } = spaceDay;
  const cadence = cadenceOf(cadenceRow, person.id);
  const mine = spaceDay.people.find((p) => p.id === person.id)?.pulse ?? null;

  const partnerPerson = spaceDay.people.find((p) => p.id !== person.id);
  let partner: PulseToday['partner'] = null;
  if (partnerPerson) {
    const theirs = partnerPerson.pulse;
    // No anchoring: the partner's pulse shows only once your own for today is in.
    const pulse = theirs && mine ? forPartner(theirs, viewer) : null;
    partner = {
      id: partnerPerson.id,
      name: partnerPerson.name,
      hasCheckedIn: theirs !== null,
      pulse,
      gesture: pulse?.stressors ? gestureFor(pulse.stressors, dayNumber(day)) : null,
    };
  }

  const proposal = cadenceRow?.proposal ?? null;
  return {
    day,
    isPulseDay: isCadenceDay(cadence, day),
    nextPulseDay: nextCadenceDay(cadence, day),
    question: questionFor(member.spaceId, day),
    mine: mine && {
      id: mine.id,
      day: mine.day,
      closeness: mine.closeness,
      energy: mine.energy,
      stressors: mine.stressors,
      note: mine.note,
      isNoteShared: mine.isNoteShared,
      answer: mine.answer,
      isAnswerShared: mine.isAnswerShared,
      pulledAway: mine.pulledAway,
      updatedAt: mine.updatedAt.toISOString(),
    },
    partner,
    cadence: {
      mine: view(cadence),
      agreed: cadenceRow?.agreed ? view(cadenceRow.agreed) : null,
      proposal:
        proposal && cadenceRow?.proposedAt
          ? {
              ...view(proposal),
              isYours: cadenceRow.proposedBy === person.id,
              proposedAt: cadenceRow.proposedAt.toISOString(),
            }
          : null,
      acceptedAt: cadenceRow?.acceptedAt?.toISOString() ?? null,
    },
    settings: { sharesNumbers: setting.sharesNumbers, reminderTime: setting.reminderTime },
  };
}
