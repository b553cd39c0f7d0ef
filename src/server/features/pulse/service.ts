import { randomUUID } from 'node:crypto';
import type {
  CadenceChoice,
  PulseEntry,
  PulseSettingsChange,
  PulseToday,
} from '../../../core/contracts/pulse';
import { type Cadence, DAILY, isCadenceDay, sameCadence, todayIn } from '../../../core/pulse/days';
import { questionFor } from '../../../core/pulse/questions';
import type { Membership, Person } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { conflict } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { CadenceRow } from './store';
import * as store from './store';
import { cadenceOf, defaultSetting, presentToday, readSpaceDay } from './today';

export interface PulseHooks {
  /** A person's cadence or reminder time changed, or they checked in for the day: plan their next reminder. */
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

export function createPulseService(platform: Platform, hooks: PulseHooks) {
  const { db } = platform.database;
  const { clock, live } = platform;

  /** Tells the members' screens that the space's check-ins changed. */
  async function tell(spaceId: string, people?: Array<{ id: string }>) {
    await live.send(
      (people ?? (await store.listPeople(db, spaceId))).map((p) => p.id),
      { type: 'pulse.changed', spaceId },
    );
  }

  async function replanAll(spaceId: string) {
    for (const p of await store.listPeople(db, spaceId)) await hooks.planReminder(p.id);
  }

  async function today(member: Membership, person: Person): Promise<PulseToday> {
    const now = clock.now();
    return presentToday(member, person, now, await readSpaceDay(db, member, person, now));
  }

  return {
    /** A person who joins their partner from a space of their own keeps their check-ins. */
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.movePulses(tx, personId, fromSpaceId, toSpaceId),
    today,

    /**
     * The day's check-in: the first one stores it, a later one the same day changes it. What the
     * answer shows is read before the write, in one query, and the stored check-in put into it.
     */
    async checkIn(member: Membership, person: Person, day: string, entry: PulseEntry): Promise<PulseToday> {
      const now = clock.now();
      if (day !== todayIn(now, person.timeZone))
        throw conflict('NOT_TODAY', 'A check-in can be written or changed only on its own day.');
      const spaceDay = await readSpaceDay(db, member, person, now);
      if (!isCadenceDay(cadenceOf(spaceDay.cadence, person.id), day))
        throw conflict('NOT_A_PULSE_DAY', 'Today is a day off from checking in. The next one comes soon.');
      const me = spaceDay.people.find((p) => p.id === person.id);
      const isFirstToday = !me?.pulse;
      const saved = await store.upsertPulse(db, {
        id: randomUUID(),
        spaceId: member.spaceId,
        personId: person.id,
        day,
        closeness: entry.closeness,
        energy: entry.energy,
        stressors: [...new Set(entry.stressors)],
        isNumbersShared: spaceDay.setting.sharesNumbers,
        note: entry.note,
        isNoteShared: entry.note !== null && entry.isNoteShared,
        questionId: questionFor(member.spaceId, day).id,
        answer: entry.answer,
        isAnswerShared: entry.answer !== null && entry.isAnswerShared,
        pulledAway: entry.pulledAway ?? false,
        createdAt: now,
        updatedAt: now,
      });
      await tell(member.spaceId, spaceDay.people);
      // What comes next is planned from the day's first check-in: changing it later the same day
      // changes nothing a reminder or the weekly summary depends on.
      if (isFirstToday) await hooks.planReminder(person.id);
      const people = spaceDay.people.map((p) => (p.id === person.id ? { ...p, pulse: saved } : p));
      return presentToday(member, person, now, { ...spaceDay, people });
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
