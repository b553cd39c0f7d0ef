import { randomUUID } from 'node:crypto';
import { isInSpace, isOwner, type Viewer } from '../../../core/access';
import type { ListLimit } from '../../../core/contracts/pages';
import {
  type Confirmation,
  type NewTalk,
  PAST_TALKS_PAGE,
  type Talk,
  type TalkEntry,
  type TalkList,
  type TalkMode,
  type TalkReply,
  type TalkWords,
} from '../../../core/contracts/talks';
import { type FormatId, formatOf } from '../../../core/talks/formats';
import {
  invite,
  isAbandoned,
  isOpen,
  remainingMs,
  type TalkAction,
  type TalkPhase,
  type TalkState,
  transition,
} from '../../../core/talks/machine';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { columnsOf, presentEntry, stateOf } from './rows';
import type { TalkEntryRow, TalkRow } from './store';
import * as store from './store';

const MINUTE = 60_000;
const talkMissing = () => notFound('There is no such talk in your space.');
const viewerOf = (member: Membership): Viewer => ({ personId: member.personId, spaceId: member.spaceId });
const iso = (date: Date | null) => (date ? date.toISOString() : null);
const ms = (date: Date | null) => (date ? date.getTime() : null);

/** Runs the state machine; a move that doesn't fit the moment is a 409 that says why. */
function move(row: TalkRow, action: TalkAction, now: Date): TalkState {
  const result = transition(stateOf(row), action, now.getTime());
  if (!result.ok) throw conflict('TALK_STATE', result.reason);
  return result.state;
}

function checkWords(mode: TalkMode, text: string | undefined, required: boolean): string | null {
  if (mode === 'in_person') {
    if (text !== undefined)
      throw new AppError('VALIDATION', 400, 'text: in-person talks keep nothing typed', {
        text: 'in-person talks keep nothing typed',
      });
    return null;
  }
  if (required && text === undefined)
    throw new AppError('VALIDATION', 400, 'text: write what you heard, in your own words', {
      text: 'write what you heard, in your own words',
    });
  return text ?? null;
}

function checkNotPast(startsAt: Date, now: Date): void {
  if (startsAt.getTime() < now.getTime() - MINUTE) {
    throw new AppError('VALIDATION', 400, 'startsAt: choose a time from now on', {
      startsAt: 'choose a time from now on',
    });
  }
}

export function createTalkService(
  platform: Platform,
  membersOf: (spaceId: string) => Promise<string[]>,
  isOnPause: (spaceId: string) => Promise<boolean>,
  /** The partner was invited to a talk (they are told on their chosen channels). */
  onInvited: (talk: {
    id: string;
    spaceId: string;
    inviterId: string;
    inviteeId: string;
  }) => Promise<void> = async () => {},
  /** A reflection was confirmed "yes, that's it" by the one it reflected (a win for the space). */
  onReflectionConfirmed: (spaceId: string, personId: string) => Promise<void> = async () => {},
) {
  const { db } = platform.database;
  const { clock, live } = platform;
  const partnerOf = async (member: Membership) =>
    (await membersOf(member.spaceId)).filter((id) => id !== member.personId);

  async function tell(row: { id: string; inviterId: string; inviteeId: string }) {
    await live.send([row.inviterId, row.inviteeId], { type: 'talk.changed', talkId: row.id });
  }

  /** A talk of the member's space; any other talk is "not found", as if it didn't exist. */
  async function readTalk(tx: Db, member: Membership, talkId: string, lock: boolean): Promise<TalkRow> {
    const unchecked = await store.findTalk(tx, talkId, { lock });
    if (!unchecked || !isInSpace(viewerOf(member), unchecked.spaceId)) throw talkMissing();
    return unchecked;
  }

  /**
   * Closes a talk that can no longer go on: a partner left the space, or nobody touched it for a
   * day. Worked out whenever the talk is read, so no timer is needed for it to be right.
   */
  async function settle(row: TalkRow): Promise<TalkRow> {
    const state = stateOf(row);
    if (!isOpen(state)) return row;
    const now = clock.now();
    let action: TalkAction | null = null;
    const members = await membersOf(row.spaceId);
    const bothHere = members.includes(row.inviterId) && members.includes(row.inviteeId);
    if (!bothHere) action = { type: 'leave' };
    else if (isAbandoned(state, now.getTime())) action = { type: 'abandon' };
    if (!action) return row;
    const settled = await db.transaction(async (tx) => {
      const fresh = await store.findTalk(tx, row.id, { lock: true });
      if (!fresh || !isOpen(stateOf(fresh))) return fresh ?? row;
      const result = transition(stateOf(fresh), action, now.getTime());
      if (!result.ok) return fresh;
      const change = columnsOf(result.state);
      await store.updateTalk(tx, row.id, change);
      return { ...fresh, ...change } as TalkRow;
    });
    await tell(row);
    return settled;
  }

  async function present(row: TalkRow, member: Membership): Promise<Talk> {
    const now = clock.now();
    const state = stateOf(row);
    const [entries, myRating] = await Promise.all([
      store.listEntries(db, row.id),
      store.findRating(db, row.id, member.personId),
    ]);
    return {
      id: row.id,
      topic: row.topic,
      formatId: row.formatId as FormatId,
      mode: row.mode as TalkMode,
      phase: state.phase,
      inviterId: row.inviterId,
      inviteeId: row.inviteeId,
      proposedBy: row.proposedBy,
      startsAt: iso(row.startsAt),
      rulesAcceptedBy: row.rulesAcceptedBy,
      speakerId: row.speakerId,
      turnNumber: row.turnNumber,
      attempt: row.attempt,
      turnSeconds: Math.round(row.turnMs / 1000),
      turnStartedAt: iso(row.turnStartedAt),
      remainingMs: remainingMs(state, now.getTime()),
      isFrozen: row.frozenAt !== null,
      createdAt: row.createdAt.toISOString(),
      endedAt: iso(row.endedAt),
      endReason: row.endReason as Talk['endReason'],
      followUpOf: row.followUpOf,
      entries: entries.map(presentEntry),
      myRating,
      serverNow: now.toISOString(),
    };
  }

  /** Applies one move under a row lock, records what was said with it, and tells both phones. */
  async function act(
    member: Membership,
    talkId: string,
    action: TalkAction,
    record?: (tx: Db, before: TalkRow, after: TalkState, now: Date) => Promise<void>,
  ): Promise<Talk> {
    await settle(await readTalk(db, member, talkId, false));
    const now = clock.now();
    const row = await db.transaction(async (tx) => {
      const before = await readTalk(tx, member, talkId, true);
      const after = move(before, action, now);
      await record?.(tx, before, after, now);
      const change = columnsOf(after);
      await store.updateTalk(tx, talkId, change);
      return { ...before, ...change } as TalkRow;
    });
    await tell(row);
    return present(row, member);
  }

  function entry(
    before: TalkRow,
    kind: TalkEntry['kind'],
    authorId: string,
    text: string | null,
    now: Date,
    attempt = before.attempt,
  ): TalkEntryRow {
    return {
      id: randomUUID(),
      talkId: before.id,
      spaceId: before.spaceId,
      authorId,
      kind,
      turnNumber: before.turnNumber,
      attempt,
      text,
      removedAt: null,
      confirmedAt: null,
      createdAt: now,
    };
  }

  return {
    async invite(member: Membership, input: NewTalk): Promise<Talk> {
      const [partnerId] = await partnerOf(member);
      if (!partnerId) {
        throw conflict('NO_PARTNER', 'A talk needs your partner in your space. Invite them first.');
      }
      if (await isOnPause(member.spaceId)) {
        throw conflict('ON_PAUSE', 'You are on a pause. Invite your partner once you are both back.');
      }
      const now = clock.now();
      const startsAt = input.startsAt ? new Date(input.startsAt) : null;
      if (startsAt) checkNotPast(startsAt, now);
      if (input.followUpOf) await readTalk(db, member, input.followUpOf, false);
      const format = formatOf(input.formatId);
      const minutes = input.turnMinutes ?? format.defaultTurnMinutes;
      const state = invite({
        inviterId: member.personId,
        inviteeId: partnerId,
        startsAt: ms(startsAt),
        turnMs: minutes * MINUTE,
        now: now.getTime(),
      });
      const row: TalkRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        topic: input.topic,
        formatId: input.formatId,
        mode: input.mode,
        inviterId: state.inviterId,
        inviteeId: state.inviteeId,
        followUpOf: input.followUpOf ?? null,
        createdAt: now,
        ...columnsOf(state),
      };
      await store.insertTalk(db, row);
      await tell(row);
      await onInvited(row);
      return present(row, member);
    },

    /** Every talk still going, and the latest `limit` ended or declined ones, newest first. */
    async list(member: Membership, { limit = PAST_TALKS_PAGE }: ListLimit): Promise<TalkList> {
      const listed = await store.listTalks(db, member.spaceId, limit + 1);
      const newestFirst = (a: TalkRow, b: TalkRow) =>
        b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id);
      const open = listed.filter((row) => isOpen(stateOf(row)));
      const past = listed.filter((row) => !isOpen(stateOf(row))).sort(newestFirst);
      const rows = [...(await Promise.all(open.map(settle))), ...past.slice(0, limit)].sort(newestFirst);
      const counted = new Map(listed.map((row) => [row.id, row]));
      return {
        talks: rows.map((row) => ({
          id: row.id,
          topic: row.topic,
          formatId: row.formatId as FormatId,
          mode: row.mode as TalkMode,
          phase: row.phase as TalkPhase,
          inviterId: row.inviterId,
          proposedBy: row.proposedBy,
          startsAt: iso(row.startsAt),
          createdAt: row.createdAt.toISOString(),
          endedAt: iso(row.endedAt),
          turns: counted.get(row.id)?.turns ?? 0,
          confirmedReflections: counted.get(row.id)?.confirmed ?? 0,
        })),
        hasOlder: past.length > limit,
        serverNow: clock.now().toISOString(),
      };
    },

    async get(member: Membership, talkId: string): Promise<Talk> {
      return present(await settle(await readTalk(db, member, talkId, false)), member);
    },

    reply(member: Membership, talkId: string, reply: TalkReply): Promise<Talk> {
      const by = member.personId;
      if (reply.answer === 'propose') {
        if (!reply.startsAt)
          throw new AppError('VALIDATION', 400, 'startsAt: say which time suits you', {
            startsAt: 'say which time suits you',
          });
        const startsAt = new Date(reply.startsAt);
        checkNotPast(startsAt, clock.now());
        return act(member, talkId, { type: 'propose', by, startsAt: startsAt.getTime() });
      }
      return act(member, talkId, { type: reply.answer, by });
    },

    acceptRules: (member: Membership, talkId: string) =>
      act(member, talkId, { type: 'acceptRules', by: member.personId }),

    endTurn: (member: Membership, talkId: string, words: TalkWords) =>
      act(member, talkId, { type: 'endTurn', by: member.personId }, async (tx, before, _after, now) => {
        const text = checkWords(before.mode as TalkMode, words.text, false);
        await store.insertEntry(tx, entry(before, 'turn', member.personId, text, now));
      }),

    reflect: (member: Membership, talkId: string, words: TalkWords) =>
      act(member, talkId, { type: 'reflect', by: member.personId }, async (tx, before, _after, now) => {
        const text = checkWords(before.mode as TalkMode, words.text, true);
        await store.insertEntry(tx, entry(before, 'reflection', member.personId, text, now));
      }),

    confirm: (member: Membership, talkId: string, confirmation: Confirmation) =>
      act(
        member,
        talkId,
        { type: 'confirm', by: member.personId, answer: confirmation.answer },
        async (tx, before, _after, now) => {
          if (confirmation.answer === 'yes') {
            if (confirmation.text !== undefined)
              throw new AppError('VALIDATION', 400, 'text: only “partly” takes words', {
                text: 'only “partly” takes words',
              });
            await store.confirmReflection(tx, before.id, before.turnNumber, before.attempt, now);
            return;
          }
          const text = checkWords(before.mode as TalkMode, confirmation.text, false);
          await store.insertEntry(tx, entry(before, 'clarification', member.personId, text, now));
        },
      ).then(async (talk) => {
        if (confirmation.answer === 'yes') await onReflectionConfirmed(member.spaceId, member.personId);
        return talk;
      }),

    finish: (member: Membership, talkId: string) =>
      act(member, talkId, { type: 'finish', by: member.personId }),

    /** "I felt heard", 1–5: the caller's alone, never shown to the partner. */
    async rate(member: Membership, talkId: string, feltHeard: number): Promise<Talk> {
      const row = await settle(await readTalk(db, member, talkId, false));
      if (row.phase !== 'ended')
        throw conflict('TALK_STATE', 'You can say how heard you felt once the talk has ended.');
      await store.saveRating(db, { talkId, personId: member.personId, feltHeard, createdAt: clock.now() });
      return present(row, member);
    },

    /** Removes the words of one's own entry; the partner's words are theirs to remove. */
    async removeEntry(member: Membership, talkId: string, entryId: string): Promise<void> {
      const row = await readTalk(db, member, talkId, false);
      const unchecked = await store.findEntry(db, entryId, row.id);
      const viewer = viewerOf(member);
      if (!unchecked || !isInSpace(viewer, unchecked.spaceId))
        throw notFound('There is no such entry in this talk.');
      if (!isOwner(viewer, { ownerId: unchecked.authorId, spaceId: unchecked.spaceId, isShared: true })) {
        throw new AppError('FORBIDDEN', 403, 'Only the one who wrote this can remove it.');
      }
      await store.removeEntryText(db, { entryId, talkId: row.id, authorId: member.personId }, clock.now());
      await tell(row);
    },

    /** A pause began in the space: every running talk holds its countdown. */
    async freezeSpace(spaceId: string, at: Date): Promise<void> {
      await hold(spaceId, { type: 'freeze' }, at);
    },

    /** The pause is over: running talks carry on from where they stood. */
    async thawSpace(spaceId: string, at: Date): Promise<void> {
      await hold(spaceId, { type: 'thaw' }, at);
    },
  };

  async function hold(spaceId: string, action: TalkAction, at: Date): Promise<void> {
    const changed = await db.transaction(async (tx) => {
      const rows = await store.listOpenTalks(tx, spaceId);
      for (const row of rows) {
        const result = transition(stateOf(row), action, at.getTime());
        if (result.ok) await store.updateTalk(tx, row.id, columnsOf(result.state));
      }
      return rows;
    });
    for (const row of changed) await tell(row);
  }
}

export type TalkService = ReturnType<typeof createTalkService>;
