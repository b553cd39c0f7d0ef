import { randomUUID } from 'node:crypto';
import { isInSpace, isOwner, type Viewer } from '../../../core/access';
import type { Pause, PauseState } from '../../../core/contracts/pause';
import {
  isForgotten,
  isOnTime,
  maxExtensionMinutes,
  type PauseTimes,
  phaseOf,
  remainingMs,
  returnTime,
} from '../../../core/pause/timing';
import type { Membership } from '../../platform/auth/session';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { PauseRow } from './store';
import * as store from './store';

export interface PauseHooks {
  /** Who is in a space, with the names the pause screen shows. */
  membersOf(spaceId: string): Promise<Array<{ id: string; name: string }>>;
  /** A pause began: anything running in the space stands still. */
  onStart(spaceId: string, at: Date): Promise<void>;
  /** The pause is over: what stood still carries on. */
  onEnd(spaceId: string, at: Date): Promise<void>;
  /** A return time was set (at the start, or by an extension): reminders are due then. */
  onReturnSet?(pause: { id: string; returnAt: Date }): Promise<void>;
  /** The return time has come (told once per return time): both are reminded. */
  onReturn?(pause: { id: string; spaceId: string; personId: string }): Promise<void>;
  /** Both came back from a pause by its return time: the promise in it was kept. */
  onHonoured?(pause: { id: string; spaceId: string; personId: string }): Promise<void>;
}

const pauseMissing = () => notFound('There is no such pause in your space.');
const viewerOf = (member: Membership): Viewer => ({ personId: member.personId, spaceId: member.spaceId });

function timesOf(row: PauseRow): PauseTimes {
  return {
    startedAt: row.startedAt.getTime(),
    returnAt: row.returnAt.getTime(),
    extendedAt: row.extendedAt?.getTime() ?? null,
    endedAt: row.endedAt?.getTime() ?? null,
  };
}

export function createPauseService(platform: Platform, hooks: PauseHooks) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function tell(row: PauseRow, known?: Array<{ id: string }>) {
    const members = known ?? (await hooks.membersOf(row.spaceId));
    await live.send(
      members.map((m) => m.id),
      { type: 'pause.changed', pauseId: row.id },
    );
  }

  async function present(
    row: PauseRow,
    member: Membership,
    known?: Array<{ id: string; name: string }>,
  ): Promise<Pause> {
    const now = clock.now().getTime();
    const members = known ?? (await hooks.membersOf(row.spaceId));
    const times = timesOf(row);
    return {
      id: row.id,
      askedBy: {
        id: row.personId,
        name: members.find((m) => m.id === row.personId)?.name ?? '',
        isYou: row.personId === member.personId,
      },
      startedAt: row.startedAt.toISOString(),
      returnAt: row.returnAt.toISOString(),
      extendedAt: row.extendedAt?.toISOString() ?? null,
      endedAt: row.endedAt?.toISOString() ?? null,
      phase: phaseOf(times, now),
      remainingMs: remainingMs(times, now),
      isOnTime: row.isOnTime,
      canExtend:
        row.personId === member.personId && !row.extendedAt && !row.endedAt && maxExtensionMinutes(times) > 0,
    };
  }

  async function close(
    row: PauseRow,
    kind: 'early' | 'returned' | 'forgotten' | 'left',
    at: Date,
  ): Promise<PauseRow> {
    const closed = await db.transaction(async (tx) => {
      const fresh = await store.findPause(tx, row.id, { lock: true });
      if (!fresh || fresh.endedAt) return null;
      const change = {
        endedAt: at,
        endKind: kind,
        // Someone who left the space made no promise to keep here.
        isOnTime: kind === 'left' ? null : kind !== 'forgotten' && isOnTime(timesOf(fresh), at.getTime()),
      };
      await store.updatePause(tx, row.id, change);
      return { ...fresh, ...change };
    });
    if (!closed) throw conflict('PAUSE_OVER', 'This pause is already over.');
    // The partner hears of it while the talks thaw: neither waits on the other.
    await Promise.all([hooks.onEnd(closed.spaceId, at), tell(closed)]);
    if (kind === 'returned' && closed.isOnTime) await hooks.onHonoured?.(closed);
    return closed;
  }

  /**
   * The return time has come: both are asked whether they are ready to come back. Called when a
   * read finds the pause due; a scheduler can call it at the return time to send reminders too.
   * It acts once per pause however often it is called.
   */
  async function arriveAtReturn(pauseId: string): Promise<void> {
    const row = await store.findPause(db, pauseId);
    if (!row || row.endedAt || phaseOf(timesOf(row), clock.now().getTime()) !== 'due') return;
    if (await store.markReturnNoticed(db, pauseId, clock.now())) {
      await tell(row);
      await hooks.onReturn?.(row);
    }
  }

  /**
   * The open pause, brought up to date: one whose asker left the space or that was forgotten for a
   * day closes, a due one is announced.
   */
  async function findOpen(spaceId: string): Promise<PauseRow | null> {
    const row = await store.findOpenPause(db, spaceId);
    if (!row) return null;
    const now = clock.now();
    if (!(await hooks.membersOf(spaceId)).some((m) => m.id === row.personId)) {
      await close(row, 'left', now).catch(() => undefined);
      return null;
    }
    if (isForgotten(timesOf(row), now.getTime())) {
      await close(row, 'forgotten', now).catch(() => undefined);
      return null;
    }
    if (!row.returnNoticedAt && phaseOf(timesOf(row), now.getTime()) === 'due') await arriveAtReturn(row.id);
    return row;
  }

  async function readPause(member: Membership, pauseId: string): Promise<PauseRow> {
    const unchecked = await store.findPause(db, pauseId);
    if (!unchecked || !isInSpace(viewerOf(member), unchecked.spaceId)) throw pauseMissing();
    return unchecked;
  }

  function ownPause(member: Membership, row: PauseRow, what: string): void {
    if (!isOwner(viewerOf(member), { ownerId: row.personId, spaceId: row.spaceId, isShared: true })) {
      throw new AppError('FORBIDDEN', 403, `Only the one who asked for this pause can ${what}.`);
    }
  }

  const state = async (
    member: Membership,
    row: PauseRow | null,
    known?: Array<{ id: string; name: string }>,
  ): Promise<PauseState> => ({
    pause: row ? await present(row, member, known) : null,
    serverNow: clock.now().toISOString(),
  });

  return {
    arriveAtReturn,

    /** Whether the space is on a pause right now. */
    isOn: async (spaceId: string) => (await findOpen(spaceId)) !== null,

    async current(member: Membership): Promise<PauseState> {
      return state(member, await findOpen(member.spaceId));
    },

    /** Asks for a pause. When one is already open in the space, that one is the answer. */
    async start(member: Membership, minutes: number): Promise<PauseState> {
      // The insert comes first and the open pause is only read when it was refused: a pause is
      // asked for in a heated moment, and every read before the news goes out delays it.
      const tryInsert = async () => {
        const now = clock.now();
        const row: PauseRow = {
          id: randomUUID(),
          spaceId: member.spaceId,
          personId: member.personId,
          minutes,
          startedAt: now,
          returnAt: new Date(returnTime(now.getTime(), minutes)),
          extendedAt: null,
          returnNoticedAt: null,
          endedAt: null,
          endKind: null,
          isOnTime: null,
        };
        return (await store.insertPause(db, row)) ? row : null;
      };
      // Who to tell is read beside the insert, so the news goes out right after it.
      const [inserted, members] = await Promise.all([tryInsert(), hooks.membersOf(member.spaceId)]);
      // Refused: an open pause stands — the partner's, asked at the same moment, or an old one
      // that reading it closes (its asker left, or it was forgotten), after which this one may go in.
      let row = inserted;
      if (!row) {
        const open = await findOpen(member.spaceId);
        if (open) return state(member, open, members);
        row = await tryInsert();
        if (!row) return state(member, await store.findOpenPause(db, member.spaceId), members);
      }
      // The partner hears of it while the talks freeze: neither waits on the other.
      await Promise.all([hooks.onStart(member.spaceId, row.startedAt), tell(row, members)]);
      await hooks.onReturnSet?.(row);
      return state(member, row, members);
    },

    /** One extension, by the one who asked, with notice to the partner; the whole stays within a day. */
    async extend(member: Membership, pauseId: string, minutes: number): Promise<PauseState> {
      const row = await readPause(member, pauseId);
      ownPause(member, row, 'extend it');
      if (row.endedAt) throw conflict('PAUSE_OVER', 'This pause is already over.');
      if (row.extendedAt)
        throw conflict(
          'ALREADY_EXTENDED',
          'A pause can be extended once. You can ask for a new one after it.',
        );
      const now = clock.now();
      const from = Math.max(row.returnAt.getTime(), now.getTime());
      const returnAt = from + minutes * 60_000;
      if (returnAt > returnTime(row.startedAt.getTime(), 24 * 60)) {
        throw new AppError('VALIDATION', 400, 'minutes: a pause can last a day at most', {
          minutes: 'a pause can last a day at most',
        });
      }
      const change = { returnAt: new Date(returnAt), extendedAt: now, returnNoticedAt: null };
      await store.updatePause(db, row.id, change);
      const extended = { ...row, ...change };
      await tell(extended);
      await hooks.onReturnSet?.(extended);
      return state(member, extended);
    },

    /** The one who asked comes back before the return time. */
    async end(member: Membership, pauseId: string): Promise<PauseState> {
      const row = await readPause(member, pauseId);
      ownPause(member, row, 'end it early');
      return state(member, await close(row, 'early', clock.now()));
    },

    /** "Ready to come back": once the return time has come, either of you closes the pause. */
    async comeBack(member: Membership, pauseId: string): Promise<PauseState> {
      const row = await readPause(member, pauseId);
      const now = clock.now();
      if (!row.endedAt && phaseOf(timesOf(row), now.getTime()) === 'resting') {
        throw conflict('PAUSE_RESTING', 'The return time hasn’t come yet. Take the time you agreed on.');
      }
      return state(member, await close(row, 'returned', now));
    },
  };
}

export type PauseService = ReturnType<typeof createPauseService>;
