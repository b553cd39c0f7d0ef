import { randomUUID } from 'node:crypto';
import { isInSpace, type Viewer } from '../../../core/access';
import type { GestureKind, WinSource } from '../../../core/appreciations';
import {
  type Appreciation,
  type Appreciations,
  type NewAppreciation,
  type NewGesture,
  type NewWin,
  WINS_PAGE,
  type Win,
  type Wins,
} from '../../../core/contracts/appreciations';
import type { ListLimit } from '../../../core/contracts/pages';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { AppreciationRow, WinRow } from './store';
import * as store from './store';

export interface AppreciationHooks {
  /** Who is in a space, with their names. */
  membersOf(spaceId: string): Promise<Array<{ id: string; name: string }>>;
  /** A note arrived for the partner: tell them, with the sender's name and never the words. */
  onReceived?(note: { id: string; recipientId: string; senderName: string }): Promise<void>;
}

const missing = () => notFound('There is no such appreciation in your space.');
const viewerOf = (member: Membership): Viewer => ({ personId: member.personId, spaceId: member.spaceId });

export function createAppreciationService(platform: Platform, hooks: AppreciationHooks) {
  const { db } = platform.database;
  const { clock, live } = platform;

  const authorOf = (members: Array<{ id: string; name: string }>, id: string, me: string) => ({
    id,
    name: members.find((m) => m.id === id)?.name ?? '',
    isYou: id === me,
  });

  const presentNote = (
    row: AppreciationRow,
    members: Array<{ id: string; name: string }>,
    me: string,
  ): Appreciation => ({
    id: row.id,
    from: authorOf(members, row.personId, me),
    text: row.text,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  });

  const presentWin = (row: WinRow, members: Array<{ id: string; name: string }>, me: string): Win => ({
    id: row.id,
    by: row.personId ? authorOf(members, row.personId, me) : null,
    source: row.source as WinSource,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
  });

  async function readNote(member: Membership, id: string): Promise<AppreciationRow> {
    const row = await store.findAppreciation(db, id);
    // Only the two people it is between ever see it: the sender and the one it is for.
    const isBetweenThem = row && (row.personId === member.personId || row.recipientId === member.personId);
    if (!row || !isInSpace(viewerOf(member), row.spaceId) || !isBetweenThem) throw missing();
    return row;
  }

  async function tellSpace(spaceId: string, event: Parameters<typeof live.send>[1]) {
    const members = await hooks.membersOf(spaceId);
    await live.send(
      members.map((m) => m.id),
      event,
    );
  }

  async function recordWin(spaceId: string, source: WinSource, personId: string | null, text: string | null) {
    const row: WinRow = { id: randomUUID(), spaceId, personId, source, text, createdAt: clock.now() };
    await store.insertWin(db, row);
    await tellSpace(spaceId, { type: 'win.changed', winId: row.id });
    return row;
  }

  return {
    /** What a person logged while alone follows them into the space they join. */
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.moveLogs(tx, personId, fromSpaceId, toSpaceId),

    async list(member: Membership): Promise<Appreciations> {
      const [members, notes, gestures] = await Promise.all([
        hooks.membersOf(member.spaceId),
        store.listAppreciations(db, member.spaceId),
        store.listGestures(db, member.spaceId),
      ]);
      const me = member.personId;
      const present = (row: AppreciationRow) => presentNote(row, members, me);
      const partner = members.find((m) => m.id !== me);
      return {
        partner: partner ? { id: partner.id, name: partner.name } : null,
        received: notes.filter((n) => n.recipientId === me).map(present),
        sent: notes.filter((n) => n.personId === me).map(present),
        gestures: gestures.map((g) => ({
          id: g.id,
          by: authorOf(members, g.personId, me),
          kind: g.kind as GestureKind,
          text: g.text,
          isForPartner: g.isForPartner,
          createdAt: g.createdAt.toISOString(),
        })),
      };
    },

    async send(member: Membership, input: NewAppreciation): Promise<Appreciation> {
      const members = await hooks.membersOf(member.spaceId);
      const partner = members.find((m) => m.id !== member.personId);
      if (!partner) {
        throw conflict('NO_PARTNER', 'An appreciation needs your partner in your space. Invite them first.');
      }
      const row: AppreciationRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        personId: member.personId,
        recipientId: partner.id,
        text: input.text,
        readAt: null,
        createdAt: clock.now(),
      };
      await store.insertAppreciation(db, row);
      await live.send([member.personId, partner.id], {
        type: 'appreciation.changed',
        appreciationId: row.id,
      });
      const senderName = members.find((m) => m.id === member.personId)?.name ?? '';
      await hooks.onReceived?.({ id: row.id, recipientId: partner.id, senderName });
      return presentNote(row, members, member.personId);
    },

    /** The one it was for has read it. */
    async markRead(member: Membership, id: string): Promise<Appreciation> {
      const row = await readNote(member, id);
      if (row.recipientId !== member.personId) {
        throw new AppError('FORBIDDEN', 403, 'Only the one it was written for can mark it read.');
      }
      const now = clock.now();
      await store.markRead(db, id, now);
      await live.send([row.personId, row.recipientId], { type: 'appreciation.changed', appreciationId: id });
      return presentNote(
        { ...row, readAt: row.readAt ?? now },
        await hooks.membersOf(member.spaceId),
        member.personId,
      );
    },

    /** The one who wrote it takes it back. */
    async remove(member: Membership, id: string): Promise<void> {
      const row = await readNote(member, id);
      if (row.personId !== member.personId) {
        throw new AppError('FORBIDDEN', 403, 'Only the one who wrote it can delete it.');
      }
      await store.deleteAppreciation(db, id);
      await live.send([row.personId, row.recipientId], { type: 'appreciation.changed', appreciationId: id });
    },

    async logGesture(member: Membership, input: NewGesture): Promise<Appreciations> {
      const id = randomUUID();
      await store.insertGesture(db, {
        id,
        spaceId: member.spaceId,
        personId: member.personId,
        kind: input.kind,
        text: input.text ?? null,
        isForPartner: input.isForPartner,
        createdAt: clock.now(),
      });
      await tellSpace(member.spaceId, { type: 'gesture.changed', gestureId: id });
      return this.list(member);
    },

    /** The latest `limit` wins of the space. */
    async wins(member: Membership, { limit = WINS_PAGE }: ListLimit): Promise<Wins> {
      const [members, rows] = await Promise.all([
        hooks.membersOf(member.spaceId),
        store.listWins(db, member.spaceId, limit + 1),
      ]);
      return {
        wins: rows.slice(0, limit).map((row) => presentWin(row, members, member.personId)),
        hasOlder: rows.length > limit,
      };
    },

    async addWin(member: Membership, input: NewWin): Promise<Win> {
      const row = await recordWin(member.spaceId, 'manual', member.personId, input.text);
      return presentWin(row, await hooks.membersOf(member.spaceId), member.personId);
    },

    /** A reflection was confirmed "yes, that's it": the one who felt understood said so. */
    async reflectionConfirmed(spaceId: string, personId: string): Promise<void> {
      await recordWin(spaceId, 'reflection', personId, null);
    },

    /** A pause ended with its asker back on time. */
    async pauseHonoured(spaceId: string, personId: string): Promise<void> {
      await recordWin(spaceId, 'pause', personId, null);
    },

    /** A repair was accepted by the one it was for; the win is credited to the one who reached out. */
    async repairAccepted(spaceId: string, personId: string): Promise<void> {
      await recordWin(spaceId, 'repair', personId, null);
    },

    /** A ritual both partners did, and each said how it felt. */
    async ritualDoneTogether(spaceId: string): Promise<void> {
      await recordWin(spaceId, 'ritual', null, null);
    },
  };
}

export type AppreciationService = ReturnType<typeof createAppreciationService>;
