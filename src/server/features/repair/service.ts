import { randomUUID } from 'node:crypto';
import { isInSpace, type Viewer } from '../../../core/access';
import type { Repair, RepairAnswerInput, RepairDraft, RepairRoom } from '../../../core/contracts/repair';
import { answerRepair, canSend, type RepairStatus } from '../../../core/repair/script';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { KeptPlan } from '../commitments/service';
import type { AfterFightService } from './after-fight';
import type { RepairRow } from './store';
import * as store from './store';

export type Members = Array<{ id: string; name: string }>;

export interface RepairHooks {
  /** Who is in a space, with their names. */
  membersOf(spaceId: string): Promise<Members>;
  /** A repair arrived for the partner: tell them who it is from, never what it says. */
  onReceived(repair: { id: string; recipientId: string; senderName: string }): Promise<void>;
  /** The partner accepted a repair: a win for the space, credited to the one who reached out. */
  onAccepted(spaceId: string, authorId: string): Promise<void>;
  /** A repair was sent: its plan to change goes onto its author's own list, in the same transaction. */
  keepPlan?(tx: Db, plan: KeptPlan): Promise<void>;
}

const missing = () => notFound('There is no such repair in your space.');
const viewerOf = (member: Membership): Viewer => ({ personId: member.personId, spaceId: member.spaceId });
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const personOf = (members: Members, id: string, me: string) => ({
  id,
  name: members.find((m) => m.id === id)?.name ?? '',
  isYou: id === me,
});

function present(row: RepairRow, members: Members, me: string): Repair {
  return {
    id: row.id,
    from: personOf(members, row.personId, me),
    to: row.recipientId ? personOf(members, row.recipientId, me) : null,
    apology: row.apology,
    understanding: row.understanding,
    plan: row.plan,
    status: row.status as RepairStatus,
    reply: row.reply,
    sentAt: iso(row.sentAt),
    answeredAt: iso(row.answeredAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Whether this person may see this repair at all: a draft is its author's; a sent one is the two's. */
function canSee(row: RepairRow, member: Membership): boolean {
  if (!isInSpace(viewerOf(member), row.spaceId)) return false;
  if (row.personId === member.personId) return true;
  return row.status !== 'draft' && row.recipientId === member.personId;
}

export function createRepairService(platform: Platform, hooks: RepairHooks, afterFights: AfterFightService) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function read(tx: Db, member: Membership, id: string, lock = false): Promise<RepairRow> {
    const unchecked = await store.findRepair(tx, id, { lock });
    if (!unchecked || !canSee(unchecked, member)) throw missing();
    return unchecked;
  }

  function ownDraft(row: RepairRow, member: Membership): void {
    if (row.personId !== member.personId) {
      throw new AppError('FORBIDDEN', 403, 'Only the one who wrote this repair can change it.');
    }
    if (row.status !== 'draft')
      throw conflict('REPAIR_SENT', 'This repair was already sent; it stays as it was.');
  }

  // A draft changed: only its author's other screens are told.
  const tellAuthor = (member: Membership, repairId: string) =>
    live.send([member.personId], { type: 'repair.changed', repairId });

  const tellBoth = (row: RepairRow) =>
    live.send([row.personId, ...(row.recipientId ? [row.recipientId] : [])], {
      type: 'repair.changed',
      repairId: row.id,
    });

  return {
    /** What a person drafted while alone follows them into the space they join. */
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.moveDrafts(tx, personId, fromSpaceId, toSpaceId),

    async room(member: Membership): Promise<RepairRoom> {
      const [members, rows, fights] = await Promise.all([
        hooks.membersOf(member.spaceId),
        store.listRepairs(db, member.spaceId),
        afterFights.list(member),
      ]);
      const me = member.personId;
      const visible = rows.filter((row) => canSee(row, member)).map((row) => present(row, members, me));
      const partner = members.find((m) => m.id !== me);
      return {
        partner: partner ? { id: partner.id, name: partner.name } : null,
        drafts: visible.filter((r) => r.status === 'draft'),
        sent: visible.filter((r) => r.status !== 'draft' && r.from.isYou),
        received: visible.filter((r) => r.status !== 'draft' && !r.from.isYou),
        afterFights: fights,
      };
    },

    async get(member: Membership, id: string): Promise<Repair> {
      const row = await read(db, member, id);
      return present(row, await hooks.membersOf(member.spaceId), member.personId);
    },

    async draft(member: Membership, input: RepairDraft): Promise<Repair> {
      const now = clock.now();
      const row: RepairRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        personId: member.personId,
        recipientId: null,
        ...input,
        status: 'draft',
        reply: null,
        sentAt: null,
        answeredAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await store.insertRepair(db, row);
      await tellAuthor(member, row.id);
      return present(row, await hooks.membersOf(member.spaceId), member.personId);
    },

    async change(member: Membership, id: string, input: RepairDraft): Promise<Repair> {
      const row = await db.transaction(async (tx) => {
        const before = await read(tx, member, id, true);
        ownDraft(before, member);
        const after = { ...before, ...input, updatedAt: clock.now() };
        await store.updateRepair(tx, id, { ...input, updatedAt: after.updatedAt });
        return after;
      });
      await tellAuthor(member, id);
      return present(row, await hooks.membersOf(member.spaceId), member.personId);
    },

    async remove(member: Membership, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        ownDraft(await read(tx, member, id, true), member);
        await store.deleteRepair(tx, id);
      });
      await tellAuthor(member, id);
    },

    async send(member: Membership, id: string): Promise<Repair> {
      const members = await hooks.membersOf(member.spaceId);
      const partner = members.find((m) => m.id !== member.personId);
      const row = await db.transaction(async (tx) => {
        const before = await read(tx, member, id, true);
        ownDraft(before, member);
        if (!partner) {
          throw conflict('NO_PARTNER', 'Your draft is kept. You can send it once your partner has joined.');
        }
        const move = canSend(before.status as RepairStatus, before.apology);
        if (!move.ok) throw conflict('REPAIR_STATE', move.reason);
        const now = clock.now();
        const change = { status: move.status, recipientId: partner.id, sentAt: now, updatedAt: now };
        await store.updateRepair(tx, id, change);
        await hooks.keepPlan?.(tx, {
          spaceId: before.spaceId,
          personId: before.personId,
          source: 'repair',
          sourceId: before.id,
          text: before.plan,
        });
        return { ...before, ...change };
      });
      await tellBoth(row);
      const senderName = members.find((m) => m.id === member.personId)?.name ?? '';
      await hooks.onReceived({ id: row.id, recipientId: row.recipientId ?? '', senderName });
      return present(row, members, member.personId);
    },

    async answer(member: Membership, id: string, input: RepairAnswerInput): Promise<Repair> {
      const row = await db.transaction(async (tx) => {
        const before = await read(tx, member, id, true);
        if (before.recipientId !== member.personId) {
          throw new AppError('FORBIDDEN', 403, 'Your partner answers this repair, not you.');
        }
        const move = answerRepair(before.status as RepairStatus, input.answer);
        if (!move.ok) throw conflict('REPAIR_STATE', move.reason);
        const now = clock.now();
        const change = {
          status: move.status,
          reply: input.text ?? before.reply,
          answeredAt: now,
          updatedAt: now,
        };
        await store.updateRepair(tx, id, change);
        return { ...before, ...change };
      });
      await tellBoth(row);
      if (row.status === 'accepted') await hooks.onAccepted(row.spaceId, row.personId);
      return present(row, await hooks.membersOf(member.spaceId), member.personId);
    },
  };
}

export type RepairService = ReturnType<typeof createRepairService>;
