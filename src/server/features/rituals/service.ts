import { randomUUID } from 'node:crypto';
import { canSee, isInSpace, type Viewer } from '../../../core/access';
import type {
  NewRitual,
  OccurrenceLog,
  Ritual,
  RitualAnswer,
  RitualChange,
  RitualDetail,
  RitualList,
} from '../../../core/contracts/rituals';
import { localDateAt } from '../../../core/local-time';
import { dayOf } from '../../../core/pulse/days';
import { findLibraryRitual } from '../../../core/rituals/library';
import { isOccurrenceDay } from '../../../core/rituals/recurrence';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { conflict, forbidden, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { amongMembers, historyOf, nextOf, occurrenceViews, participantsOf, scheduleOf } from './history';
import type { OccurrenceRow, RitualRow } from './store';
import * as store from './store';

const DAY_MS = 86_400_000;
type Member = { id: string; name: string };

export interface RitualHooks {
  membersOf(spaceId: string): Promise<Member[]>;
  /** The ritual's schedule or its people changed: plan each participant's next reminder. */
  planReminders?(ritualId: string): Promise<void>;
  /** Both partners did an occurrence together and each said how it felt. */
  onDoneTogether?(ritual: { id: string; spaceId: string }): Promise<void>;
}

const missing = () => notFound('There is no such ritual in your space.');
const viewerOf = (m: Membership): Viewer => ({ personId: m.personId, spaceId: m.spaceId });
const itemOf = (r: RitualRow) => ({ ownerId: r.proposerId, spaceId: r.spaceId, isShared: r.isProposed });

export function createRitualService(platform: Platform, hooks: RitualHooks) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function readRitual(member: Membership, id: string): Promise<RitualRow> {
    const unchecked = await store.findRitual(db, id);
    const viewer = viewerOf(member);
    if (!unchecked || unchecked.endedAt || !isInSpace(viewer, unchecked.spaceId)) throw missing();
    if (!canSee(viewer, itemOf(unchecked))) throw missing();
    const members = await hooks.membersOf(unchecked.spaceId);
    const current = amongMembers(
      unchecked,
      members.map((m) => m.id),
    );
    if (!current) throw missing();
    return current;
  }

  async function readAsParticipant(member: Membership, id: string): Promise<RitualRow> {
    const r = await readRitual(member, id);
    if (!participantsOf(r).includes(member.personId))
      throw forbidden('Join this ritual first to log it or set a reminder.');
    return r;
  }

  /** Everyone who can see the ritual: its proposer, and the partner once it was proposed. */
  async function tell(r: RitualRow) {
    const members = await hooks.membersOf(r.spaceId);
    const to = members.map((m) => m.id).filter((id) => id === r.proposerId || r.isProposed);
    await live.send(to, { type: 'ritual.changed', ritualId: r.id });
  }

  function present(
    r: RitualRow,
    logs: OccurrenceRow[],
    members: Member[],
    me: string,
    lead: number | null,
  ): Ritual {
    const proposer = members.find((m) => m.id === r.proposerId);
    const next = nextOf(r, logs, clock.now());
    const partnerAnswer = !r.isProposed
      ? null
      : r.joinedBy
        ? 'joined'
        : r.declinedAt
          ? 'declined'
          : 'waiting';
    return {
      id: r.id,
      libraryId: r.libraryId,
      title: r.title,
      how: r.how,
      minutes: r.minutes,
      rule: r.rule,
      time: r.time,
      timeZone: r.timeZone,
      startDay: r.startDay,
      proposer: { id: r.proposerId, name: proposer?.name ?? '', isYou: r.proposerId === me },
      isProposed: r.isProposed,
      partnerAnswer,
      isTakingPart: participantsOf(r).includes(me),
      next: next && { day: next.day, startsAt: next.startsAt.toISOString() },
      reminderLead: lead,
    };
  }

  const partnerOf = (members: Member[], me: string) => {
    const partner = members.find((m) => m.id !== me);
    return partner ? { id: partner.id, name: partner.name } : null;
  };

  return {
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.moveRituals(tx, personId, fromSpaceId, toSpaceId),

    async list(member: Membership): Promise<RitualList> {
      const me = member.personId;
      const [members, rows, leads, hasFeed] = await Promise.all([
        hooks.membersOf(member.spaceId),
        store.listRituals(db, member.spaceId),
        store.listReminderLeads(db, me),
        store.hasFeed(db, me),
      ]);
      const viewer = viewerOf(member);
      const ids = members.map((m) => m.id);
      const visible = rows
        .filter((r) => canSee(viewer, itemOf(r)))
        .map((r) => amongMembers(r, ids))
        .filter((r): r is RitualRow => r !== null);
      const logs = await store.listOccurrences(
        db,
        visible.map((r) => r.id),
      );
      const rituals = visible.map((r) =>
        present(
          r,
          logs.filter((l) => l.ritualId === r.id),
          members,
          me,
          leads.find((l) => l.ritualId === r.id)?.leadMinutes ?? null,
        ),
      );
      const upcoming = rituals
        .filter((r) => r.isTakingPart && r.next)
        .sort((a, b) => (a.next?.startsAt ?? '').localeCompare(b.next?.startsAt ?? ''))[0];
      return {
        partner: partnerOf(members, me),
        rituals,
        next: upcoming?.next
          ? { ritualId: upcoming.id, title: upcoming.title, startsAt: upcoming.next.startsAt }
          : null,
        hasFeed,
      };
    },

    async detail(member: Membership, id: string): Promise<RitualDetail> {
      const r = await readRitual(member, id);
      const me = member.personId;
      const [members, logs, feelings, lead] = await Promise.all([
        hooks.membersOf(member.spaceId),
        store.listOccurrences(db, [r.id]),
        store.listFeelings(db, [r.id]),
        store.findReminderLead(db, r.id, me),
      ]);
      const now = clock.now();
      return {
        ritual: present(r, logs, members, me, lead),
        occurrences: occurrenceViews(
          r,
          logs,
          feelings,
          me,
          new Date(now.getTime() - 28 * DAY_MS),
          new Date(now.getTime() + 14 * DAY_MS),
        ),
        stats: historyOf(r, logs, feelings, now),
        partner: partnerOf(members, me),
      };
    },

    async start(member: Membership, input: NewRitual, timeZone: string): Promise<RitualDetail> {
      const members = await hooks.membersOf(member.spaceId);
      if (input.isProposed && !partnerOf(members, member.personId)) {
        throw conflict(
          'NO_PARTNER',
          'Proposing needs your partner in your space. You can keep it for yourself for now.',
        );
      }
      const library = input.libraryId ? findLibraryRitual(input.libraryId) : null;
      const now = clock.now();
      const row: RitualRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        proposerId: member.personId,
        libraryId: library?.id ?? null,
        title: input.title ?? library?.title ?? '',
        how: input.how ?? library?.how ?? null,
        minutes: input.minutes,
        rule: input.rule,
        startDay: input.startDay ?? dayOf(localDateAt(now, timeZone)),
        time: input.time,
        timeZone,
        isProposed: input.isProposed,
        joinedBy: null,
        declinedAt: null,
        endedAt: null,
        createdAt: now,
      };
      await store.insertRitual(db, row);
      await tell(row);
      return this.detail(member, row.id);
    },

    async change(member: Membership, id: string, input: RitualChange): Promise<RitualDetail> {
      const r = await readRitual(member, id);
      if (r.proposerId !== member.personId) throw forbidden('Only the one who started a ritual changes it.');
      const unproposed = input.isProposed === false;
      if (input.isProposed && !partnerOf(await hooks.membersOf(r.spaceId), member.personId)) {
        throw conflict('NO_PARTNER', 'Proposing needs your partner in your space.');
      }
      await store.updateRitual(db, id, {
        ...(input.minutes !== undefined && { minutes: input.minutes }),
        ...(input.rule !== undefined && { rule: input.rule }),
        ...(input.time !== undefined && { time: input.time }),
        ...(input.isProposed !== undefined && { isProposed: input.isProposed, declinedAt: null }),
        ...(unproposed && { joinedBy: null }),
      });
      // The partner who could see it until now is told too.
      await tell({ ...r, isProposed: r.isProposed || !!input.isProposed });
      await hooks.planReminders?.(id);
      return this.detail(member, id);
    },

    async end(member: Membership, id: string): Promise<void> {
      const r = await readRitual(member, id);
      if (r.proposerId !== member.personId) throw forbidden('Only the one who started a ritual ends it.');
      await store.updateRitual(db, id, { endedAt: clock.now() });
      await tell(r);
    },

    /** The partner joins a proposed ritual, declines it, or steps out of one they joined. */
    async answer(member: Membership, id: string, input: RitualAnswer): Promise<RitualDetail> {
      const r = await readRitual(member, id);
      if (r.proposerId === member.personId) throw forbidden('A ritual you started is yours already.');
      const change =
        input.answer === 'join'
          ? { joinedBy: member.personId, declinedAt: null }
          : { joinedBy: null, declinedAt: input.answer === 'decline' ? clock.now() : null };
      await store.updateRitual(db, id, change);
      await tell(r);
      await hooks.planReminders?.(id);
      return this.detail(member, id);
    },

    async log(member: Membership, id: string, day: string, input: OccurrenceLog): Promise<RitualDetail> {
      const r = await readAsParticipant(member, id);
      const occurrence = isOccurrenceDay(scheduleOf(r), day);
      if (!occurrence) throw notFound('The ritual does not happen on that day.');
      const now = clock.now();
      if (occurrence.startsAt.getTime() > now.getTime() + DAY_MS && input.status === 'done') {
        throw conflict('NOT_YET', 'You can mark it done once its day has come.');
      }
      await store.saveOccurrence(db, {
        ritualId: id,
        day,
        status: input.status,
        movedTo: input.status === 'moved' && input.movedTo ? new Date(input.movedTo) : null,
        loggedBy: member.personId,
        loggedAt: now,
        winAt: null,
      });
      await this.recordWinIfTogether(r, day);
      await tell(r);
      await hooks.planReminders?.(id);
      return this.detail(member, id);
    },

    async rate(member: Membership, id: string, day: string, feeling: number): Promise<RitualDetail> {
      const r = await readAsParticipant(member, id);
      const log = (await store.listOccurrences(db, [id])).find((l) => l.day === day);
      if (log?.status !== 'done') throw conflict('NOT_DONE', 'Mark it done first, then say how it felt.');
      await store.saveFeeling(db, {
        ritualId: id,
        day,
        personId: member.personId,
        feeling,
        ratedAt: clock.now(),
      });
      await this.recordWinIfTogether(r, day);
      await tell(r);
      return this.detail(member, id);
    },

    /** Done, and both who do it said how it felt: a win, recorded once. */
    async recordWinIfTogether(r: RitualRow, day: string): Promise<void> {
      if (!r.joinedBy) return;
      const feelings = (await store.listFeelings(db, [r.id])).filter((f) => f.day === day);
      if (!participantsOf(r).every((id) => feelings.some((f) => f.personId === id))) return;
      if (await store.claimWin(db, r.id, day, clock.now())) await hooks.onDoneTogether?.(r);
    },

    async setReminder(member: Membership, id: string, leadMinutes: number | null): Promise<RitualDetail> {
      await readAsParticipant(member, id);
      await store.saveReminderLead(db, id, member.personId, leadMinutes);
      await hooks.planReminders?.(id);
      return this.detail(member, id);
    },
  };
}

export type RitualService = ReturnType<typeof createRitualService>;
