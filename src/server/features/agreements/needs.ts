import { randomUUID } from 'node:crypto';
import { canChange, canSee, type Item, type Viewer } from '../../../core/access';
import type { NeedChange, NewNeed } from '../../../core/contracts/agreements';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { forbidden, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { SpacePerson } from './present';
import type { NeedRow } from './store';
import * as store from './store';

const missing = () => notFound('There is no such need in your space.');
const viewerOf = (member: Membership): Viewer => ({ personId: member.personId, spaceId: member.spaceId });
const itemOf = (row: NeedRow): Item => ({
  ownerId: row.personId,
  spaceId: row.spaceId,
  isShared: row.isShared,
});

/**
 * Personal needs ("I need twenty minutes alone after work"): nothing to accept, and the partner
 * sees one only when its writer shares it. Someone who left the space takes theirs along.
 */
export function createNeedService(platform: Platform) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function readNeed(member: Membership, id: string): Promise<NeedRow> {
    const unchecked = await store.findNeed(db, id);
    if (!unchecked || !canSee(viewerOf(member), itemOf(unchecked))) throw missing();
    if (unchecked.spaceId !== member.spaceId) throw missing();
    return unchecked;
  }

  async function ownNeed(member: Membership, id: string): Promise<NeedRow> {
    const row = await readNeed(member, id);
    if (!canChange(viewerOf(member), itemOf(row)))
      throw forbidden('Only the one who wrote a need changes it.');
    return row;
  }

  /** The writer's screens always hear of it; the partner's only about what is or was shared. */
  async function tell(member: Membership, row: NeedRow, wasShared: boolean) {
    const people = await store.listPeople(db, member.spaceId);
    const to = people.map((p) => p.id).filter((id) => id === member.personId || row.isShared || wasShared);
    await live.send(to, { type: 'need.changed', needId: row.id });
  }

  return {
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.moveNeeds(tx, personId, fromSpaceId, toSpaceId),

    /** The needs this member may see: their own, and what a partner still in the space shared. */
    async visibleNeeds(member: Membership, people: SpacePerson[]): Promise<NeedRow[]> {
      const rows = await store.listNeeds(db, member.spaceId);
      return rows.filter(
        (row) => canSee(viewerOf(member), itemOf(row)) && people.some((p) => p.id === row.personId),
      );
    },

    async addNeed(member: Membership, input: NewNeed): Promise<NeedRow> {
      const row: NeedRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        personId: member.personId,
        wording: input.wording,
        isShared: input.isShared,
        updatedAt: clock.now(),
      };
      await store.insertNeed(db, row);
      await tell(member, row, false);
      return row;
    },

    async changeNeed(member: Membership, id: string, change: NeedChange): Promise<NeedRow> {
      const before = await ownNeed(member, id);
      const after: NeedRow = {
        ...before,
        ...(change.wording !== undefined && { wording: change.wording }),
        ...(change.isShared !== undefined && { isShared: change.isShared }),
        updatedAt: clock.now(),
      };
      await store.updateNeed(db, id, after);
      await tell(member, after, before.isShared);
      return after;
    },

    async removeNeed(member: Membership, id: string): Promise<void> {
      const row = await ownNeed(member, id);
      await store.deleteNeed(db, id);
      await tell(member, row, row.isShared);
    },
  };
}
