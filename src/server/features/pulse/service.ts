import { randomUUID } from 'node:crypto';
import { canSee, type Viewer } from '../../../core/access';
import type {
  CadenceChoice,
  PulseEntry,
  PulseSettingsChange,
  PulseToday,
} from '../../../core/contracts/pulse';
import {
  type Cadence,
  DAILY,
  dayNumber,
  isCadenceDay,
  nextCadenceDay,
  sameCadence,
  todayIn,
} from '../../../core/pulse/days';
import { gestureFor } from '../../../core/pulse/gestures';
import { questionFor } from '../../../core/pulse/questions';
import type { Membership, Person } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { conflict } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { CadenceRow, PulseRow, PulseSettingRow } from './store';
import * as store from './store';

export interface PulseHooks {
  /** A person's cadence or reminder time changed, or they checked in: plan their next reminder. */
  planReminder(personId: string): Promise<void>;
}

const emptyCadence = (spaceId: string): CadenceRow => ({
  spaceId,
  agreed: null,
  agreedProposedBy: null,
  agreedProposedAt: null,
  acceptedBy: null,
  acceptedAt: null,
  proposal: null,
  proposedBy: null,
  proposedAt: null,
});

const defaultSetting = (personId: string): PulseSettingRow => ({
  personId,
  sharesNumbers: true,
  reminderTime: null,
});

/** The cadence that applies to a person: their own waiting proposal, else the agreed one, else daily. */
export function cadenceOf(row: CadenceRow | null, personId: string): Cadence {
  if (row?.proposal && row.proposedBy === personId) return row.proposal;
  return row?.agreed ?? DAILY;
}

const view = (cadence: Cadence) => ({
  kind: cadence.kind,
  weekdays: cadence.kind === 'weekdays' ? [...cadence.weekdays] : [],
});

export function createPulseService(platform: Platform, hooks: PulseHooks) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function tell(spaceId: string) {
    const people = await store.listPeople(db, spaceId);
    await live.send(
      people.map((p) => p.id),
      { type: 'pulse.changed', spaceId },
    );
  }

  async function replanAll(spaceId: string) {
    for (const p of await store.listPeople(db, spaceId)) await hooks.planReminder(p.id);
  }

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

  async function today(member: Membership, person: Person): Promise<PulseToday> {
    const now = clock.now();
    const day = todayIn(now, person.timeZone);
    const viewer: Viewer = { personId: person.id, spaceId: member.spaceId };
    const cadenceRow = await store.findCadence(db, member.spaceId);
    const cadence = cadenceOf(cadenceRow, person.id);
    const setting = (await store.findSetting(db, person.id)) ?? defaultSetting(person.id);
    const ownRow = await store.findPulse(db, person.id, day);
    const mine = ownRow?.spaceId === member.spaceId ? ownRow : null;

    const partnerPerson = (await store.listPeople(db, member.spaceId)).find((p) => p.id !== person.id);
    let partner: PulseToday['partner'] = null;
    if (partnerPerson) {
      const theirs = await store.findPulse(db, partnerPerson.id, todayIn(now, partnerPerson.timeZone));
      const unchecked = theirs?.spaceId === member.spaceId ? theirs : null;
      // No anchoring: the partner's pulse shows only once your own for today is in.
      const pulse = unchecked && mine ? forPartner(unchecked, viewer) : null;
      partner = {
        id: partnerPerson.id,
        name: partnerPerson.name,
        hasCheckedIn: unchecked !== null,
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

  return {
    /** A person who joins their partner from a space of their own keeps their check-ins. */
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.movePulses(tx, personId, fromSpaceId, toSpaceId),
    today,

    /** The day's check-in: the first one stores it, a later one the same day changes it. */
    async checkIn(member: Membership, person: Person, day: string, entry: PulseEntry): Promise<PulseToday> {
      const now = clock.now();
      if (day !== todayIn(now, person.timeZone))
        throw conflict('NOT_TODAY', 'A check-in can be written or changed only on its own day.');
      const cadence = cadenceOf(await store.findCadence(db, member.spaceId), person.id);
      if (!isCadenceDay(cadence, day))
        throw conflict('NOT_A_PULSE_DAY', 'Today is a day off from checking in. The next one comes soon.');
      const setting = (await store.findSetting(db, person.id)) ?? defaultSetting(person.id);
      await store.upsertPulse(db, {
        id: randomUUID(),
        spaceId: member.spaceId,
        personId: person.id,
        day,
        closeness: entry.closeness,
        energy: entry.energy,
        stressors: [...new Set(entry.stressors)],
        isNumbersShared: setting.sharesNumbers,
        note: entry.note,
        isNoteShared: entry.note !== null && entry.isNoteShared,
        questionId: questionFor(member.spaceId, day).id,
        answer: entry.answer,
        isAnswerShared: entry.answer !== null && entry.isAnswerShared,
        pulledAway: entry.pulledAway ?? false,
        createdAt: now,
        updatedAt: now,
      });
      await tell(member.spaceId);
      await hooks.planReminder(person.id);
      return today(member, person);
    },

    /** Proposes a cadence; it applies to the proposer at once and to both once the partner accepts. */
    async propose(member: Membership, person: Person, choice: CadenceChoice): Promise<PulseToday> {
      const now = clock.now();
      const cadence: Cadence =
        choice.kind === 'alternate'
          ? { kind: 'alternate', anchor: todayIn(now, person.timeZone) }
          : choice.kind === 'weekdays'
            ? { kind: 'weekdays', weekdays: [...new Set(choice.weekdays)].sort() }
            : DAILY;
      const row = (await store.findCadence(db, member.spaceId)) ?? emptyCadence(member.spaceId);
      const isAgreedAlready = row.agreed !== null && sameCadence(row.agreed, cadence);
      const isDailyAlready = row.agreed === null && cadence.kind === 'daily';
      await store.saveCadence(db, {
        ...row,
        // Choosing what already applies to both withdraws a waiting proposal.
        ...(isAgreedAlready || isDailyAlready
          ? { proposal: null, proposedBy: null, proposedAt: null }
          : { proposal: cadence, proposedBy: person.id, proposedAt: now }),
      });
      await tell(member.spaceId);
      await replanAll(member.spaceId);
      return today(member, person);
    },

    /** Accepts the partner's proposal: from now on it is the cadence for both. */
    async accept(member: Membership, person: Person): Promise<PulseToday> {
      const row = await store.findCadence(db, member.spaceId);
      if (!row?.proposal || !row.proposedBy || row.proposedBy === person.id)
        throw conflict('NO_PROPOSAL', 'There is no proposal from your partner waiting for you.');
      await store.saveCadence(db, {
        ...row,
        agreed: row.proposal,
        agreedProposedBy: row.proposedBy,
        agreedProposedAt: row.proposedAt,
        acceptedBy: person.id,
        acceptedAt: clock.now(),
        proposal: null,
        proposedBy: null,
        proposedAt: null,
      });
      await tell(member.spaceId);
      await replanAll(member.spaceId);
      return today(member, person);
    },

    async changeSettings(
      member: Membership,
      person: Person,
      change: PulseSettingsChange,
    ): Promise<PulseToday> {
      const setting = (await store.findSetting(db, person.id)) ?? defaultSetting(person.id);
      await store.saveSetting(db, {
        ...setting,
        ...(change.sharesNumbers !== undefined && { sharesNumbers: change.sharesNumbers }),
        ...(change.reminderTime !== undefined && { reminderTime: change.reminderTime }),
      });
      // Turning sharing off also hides today's numbers, already sent or not.
      if (change.sharesNumbers !== undefined)
        await store.setNumbersShared(
          db,
          person.id,
          todayIn(clock.now(), person.timeZone),
          change.sharesNumbers,
        );
      await tell(member.spaceId);
      await hooks.planReminder(person.id);
      return today(member, person);
    },
  };
}

export type PulseService = ReturnType<typeof createPulseService>;
