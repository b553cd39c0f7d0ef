import { randomUUID } from 'node:crypto';
import { canSee, isInSpace, type Viewer } from '../../../core/access';
import type {
  NewRitual,
  RitualAnswer,
  RitualChange,
  RitualDetail,
  RitualList,
} from '../../../core/contracts/rituals';
import { localDateAt } from '../../../core/local-time';
import { dayOf } from '../../../core/pulse/days';
import { findLibraryRitual } from '../../../core/rituals/library';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { conflict, forbidden, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { amongMembers, historyOf, logWindow, occurrenceViews, participantsOf, STATS_DAYS } from './history';
import { createOccurrenceActions } from './occurrences';
import { type Member, partnerOf, presentRitual } from './present';
import type { RitualRow } from './store';
import * as store from './store';

const DAY_MS = 86_400_000;

export interface RitualHooks {
  membersOf(spaceId: string): Promise<Member[]>;
  /** The ritual's schedule or its people changed: plan each participant's next reminder. */
  planReminders?(ritualId: string): Promise<void>;
  /** Both partners did an occurrence together and each said how it felt. */
  onDoneTogether?(ritual: { id: string; spaceId: string }): Promise<void>;
  /** A ritual was proposed to the partner, or proposed again after "not for now". */
  onProposed?(ritual: { id: string }, to: Member, from: Member | undefined): Promise<void>;
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

  const occurrences = createOccurrenceActions(platform, {
    readAsParticipant,
    tell,
    detail: (member: Membership, id: string) => service.detail(member, id),
    planReminders: hooks.planReminders,
    onDoneTogether: hooks.onDoneTogether,
  });

  const service = {
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.moveRituals(tx, personId, fromSpaceId, toSpaceId),

    async list(member: Membership): Promise<RitualList> {
      const me = member.personId;
      const [members, rows, leads, hasFeed] = await Promise.all([
        hooks.membersOf(member.spaceId),
        // Only the log the next occurrence needs: the list shows no history.
        store.listRituals(db, member.spaceId, logWindow(clock.now(), clock.now())),
        store.listReminderLeads(db, me),
        store.hasFeed(db, me),
      ]);
      const viewer = viewerOf(member);
      const ids = members.map((m) => m.id);
      const visible = rows
        .filter((r) => canSee(viewer, itemOf(r)))
        .map((r) => amongMembers(r, ids))
        .filter((r) => r !== null);
      const rituals = visible.map((r) =>
        presentRitual(
          r,
          r.log,
          members,
          me,
          leads.find((l) => l.ritualId === r.id)?.leadMinutes ?? null,
          clock.now(),
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
      const now = clock.now();
      // The numbers look back further than the occurrences shown, so they set how much is read.
      const window = logWindow(new Date(now.getTime() - STATS_DAYS * DAY_MS), now);
      const [members, logs, feelings, lead] = await Promise.all([
        hooks.membersOf(member.spaceId),
        store.listOccurrences(db, [r.id], window),
        store.listFeelings(db, r.id, window.sinceDay),
        store.findReminderLead(db, r.id, me),
      ]);
      return {
        ritual: presentRitual(r, logs, members, me, lead, now),
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
      const partner = partnerOf(members, member.personId);
      const me = members.find((m) => m.id === member.personId);
      if (row.isProposed && partner) await hooks.onProposed?.(row, partner, me);
      return service.detail(member, row.id);
    },

    async change(member: Membership, id: string, input: RitualChange): Promise<RitualDetail> {
      const r = await readRitual(member, id);
      if (r.proposerId !== member.personId) throw forbidden('Only the one who started a ritual changes it.');
      const unproposed = input.isProposed === false;
      const members = await hooks.membersOf(r.spaceId);
      const partner = partnerOf(members, member.personId);
      if (input.isProposed && !partner) {
        throw conflict('NO_PARTNER', 'Proposing needs your partner in your space.');
      }
      // Asked (again): kept alone until now, or declined and asked once more.
      const isAsking = input.isProposed === true && (!r.isProposed || r.declinedAt !== null);
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
      const me = members.find((m) => m.id === member.personId);
      if (isAsking && partner) await hooks.onProposed?.(r, partner, me);
      return service.detail(member, id);
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
      return service.detail(member, id);
    },

    ...occurrences,

    async setReminder(member: Membership, id: string, leadMinutes: number | null): Promise<RitualDetail> {
      await readAsParticipant(member, id);
      await store.saveReminderLead(db, id, member.personId, leadMinutes);
      await hooks.planReminders?.(id);
      return service.detail(member, id);
    },
  };
  return service;
}

export type RitualService = ReturnType<typeof createRitualService>;
