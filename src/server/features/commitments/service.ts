import { randomUUID } from 'node:crypto';
import { canChange, canSee, type Item, type Viewer } from '../../../core/access';
import type { CommitmentSource, CommitmentStatus } from '../../../core/commitments/rules';
import type {
  Commitment,
  CommitmentChange,
  CommitmentList,
  NewCommitment,
} from '../../../core/contracts/commitments';
import { parseDay, todayIn } from '../../../core/pulse/days';
import type { Membership, Person } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { AppError, forbidden, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { CommitmentRow } from './store';
import * as store from './store';

type Members = Array<{ id: string; name: string }>;

/** A plan made elsewhere that lands on its author's list: a repair's plan, an after-a-fight plan. */
export interface KeptPlan {
  spaceId: string;
  personId: string;
  source: Extract<CommitmentSource, 'repair' | 'after_fight'>;
  sourceId: string;
  text: string;
}

const missing = () => notFound('There is no such commitment on your list.');
const viewerOf = (member: Membership): Viewer => ({ personId: member.personId, spaceId: member.spaceId });
const itemOf = (row: CommitmentRow): Item => ({
  ownerId: row.personId,
  spaceId: row.spaceId,
  isShared: row.isShared,
});

function checkDay(dueOn: string | null | undefined): void {
  if (dueOn && !parseDay(dueOn)) {
    throw new AppError('VALIDATION', 400, 'dueOn: that day does not exist on the calendar', {
      dueOn: 'that day does not exist on the calendar',
    });
  }
}

function present(row: CommitmentRow, me: string, topics: Map<string, string>): Commitment {
  return {
    id: row.id,
    text: row.text,
    source: row.source as CommitmentSource,
    sourceId: row.sourceId,
    sourceTitle: row.source === 'talk' && row.sourceId ? (topics.get(row.sourceId) ?? null) : null,
    dueOn: row.dueOn,
    status: row.status as CommitmentStatus,
    settledAt: row.settledAt?.toISOString() ?? null,
    isShared: row.isShared,
    isMine: row.personId === me,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Follow-through: the things each person said they would do, on their own list, done or not. A
 * commitment is its person's alone; the partner sees one only while it is shared, and hears of a
 * change only when it is or was shared.
 */
export function createCommitmentService(
  platform: Platform,
  membersOf: (spaceId: string) => Promise<Members>,
  /** A commitment open with a day: plan its person's reminder for that morning. */
  onDueSet?: (commitment: { id: string; personId: string; dueOn: string }) => Promise<void>,
) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function own(member: Membership, id: string): Promise<CommitmentRow> {
    const row = await store.findCommitment(db, id);
    if (!row || row.spaceId !== member.spaceId || !canSee(viewerOf(member), itemOf(row))) throw missing();
    if (!canChange(viewerOf(member), itemOf(row)))
      throw forbidden('Only the one who made a commitment changes it.');
    return row;
  }

  async function tell(row: CommitmentRow, wasShared: boolean) {
    const members = await membersOf(row.spaceId);
    const to = members.map((m) => m.id).filter((id) => id === row.personId || row.isShared || wasShared);
    await live.send(to, { type: 'commitment.changed', commitmentId: row.id });
  }

  async function presentOne(member: Membership, row: CommitmentRow): Promise<Commitment> {
    const ids = row.source === 'talk' && row.sourceId ? [row.sourceId] : [];
    return present(row, member.personId, await store.talkTopics(db, member.spaceId, ids));
  }

  return {
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.moveCommitments(tx, personId, fromSpaceId, toSpaceId),

    /**
     * A plan written in a repair or after a fight goes onto its author's list, private, inside
     * the transaction that sent or wrote it. Once only: asking again changes nothing. Its
     * author's screens hear of it through the repair's or the conversation's own event.
     */
    async keepPlan(tx: Db, plan: KeptPlan): Promise<void> {
      const text = plan.text.trim();
      if (!text) return;
      const now = clock.now();
      await store.insertCommitment(tx, {
        id: randomUUID(),
        spaceId: plan.spaceId,
        personId: plan.personId,
        source: plan.source,
        sourceId: plan.sourceId,
        text,
        dueOn: null,
        status: 'open',
        settledAt: null,
        isShared: false,
        createdAt: now,
        updatedAt: now,
      });
    },

    async list(member: Membership, person: Person): Promise<CommitmentList> {
      const [rows, members] = await Promise.all([
        store.listInSpace(db, member.spaceId),
        membersOf(member.spaceId),
      ]);
      const partner = members.find((m) => m.id !== member.personId) ?? null;
      const visible = rows.filter(
        (row) =>
          canSee(viewerOf(member), itemOf(row)) &&
          (row.personId === member.personId || row.personId === partner?.id),
      );
      const talkIds = visible.flatMap((r) => (r.source === 'talk' && r.sourceId ? [r.sourceId] : []));
      const topics = await store.talkTopics(db, member.spaceId, [...new Set(talkIds)]);
      const shown = visible.map((row) => present(row, member.personId, topics));
      return {
        today: todayIn(clock.now(), person.timeZone),
        mine: shown.filter((c) => c.isMine),
        partners: shown.filter((c) => !c.isMine),
        partnerName: partner?.name ?? null,
      };
    },

    async add(member: Membership, input: NewCommitment): Promise<Commitment> {
      checkDay(input.dueOn);
      if (input.talkId && !(await store.findOwnTalk(db, member.spaceId, member.personId, input.talkId))) {
        throw notFound('There is no such talk in your space.');
      }
      const now = clock.now();
      const row: CommitmentRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        personId: member.personId,
        source: input.talkId ? 'talk' : 'own',
        sourceId: input.talkId ?? null,
        text: input.text,
        dueOn: input.dueOn,
        status: 'open',
        settledAt: null,
        isShared: input.isShared,
        createdAt: now,
        updatedAt: now,
      };
      await store.insertCommitment(db, row);
      await tell(row, false);
      if (row.dueOn) await onDueSet?.({ id: row.id, personId: row.personId, dueOn: row.dueOn });
      return presentOne(member, row);
    },

    async change(member: Membership, id: string, change: CommitmentChange): Promise<Commitment> {
      checkDay(change.dueOn);
      const before = await own(member, id);
      const now = clock.now();
      const status = change.status ?? (before.status as CommitmentStatus);
      const after: CommitmentRow = {
        ...before,
        ...(change.text !== undefined && { text: change.text }),
        ...(change.dueOn !== undefined && { dueOn: change.dueOn }),
        ...(change.isShared !== undefined && { isShared: change.isShared }),
        status,
        // The moment it was settled is kept while the answer stays; reopening clears it.
        settledAt: status === 'open' ? null : status === before.status ? before.settledAt : now,
        updatedAt: now,
      };
      await store.updateCommitment(db, id, after);
      await tell(after, before.isShared);
      // A new day, or reopened: the reminder for the day is planned again (once per day and item).
      const replan = after.dueOn !== before.dueOn || (before.status !== 'open' && status === 'open');
      if (after.dueOn && status === 'open' && replan)
        await onDueSet?.({ id, personId: after.personId, dueOn: after.dueOn });
      return presentOne(member, after);
    },

    async remove(member: Membership, id: string): Promise<void> {
      const row = await own(member, id);
      await store.deleteCommitment(db, id);
      await tell(row, row.isShared);
    },
  };
}

export type CommitmentService = ReturnType<typeof createCommitmentService>;
