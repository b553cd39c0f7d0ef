import { randomUUID } from 'node:crypto';
import type { Decision, HeldMeeting, NewDecision, NotesInput } from '../../../core/contracts/meetings';
import type { MeetingTopic } from '../../../core/meetings/rules';
import type { Membership } from '../../platform/auth/session';
import { AppError, conflict } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { meetingContext } from './context';
import type { MeetingRow } from './store';
import * as store from './store';

export interface RecordHooks {
  /** A decision becomes an agreement proposed by the member; the agreement's id. */
  onDecision(member: Membership, input: { category: MeetingTopic; wording: string }): Promise<string>;
}

/** What a meeting leaves behind: the two partners' shared notes and the decisions they made. */
export function createRecordService(platform: Platform, hooks: RecordHooks) {
  const { db } = platform.database;
  const { clock } = platform;
  const context = meetingContext(platform);

  async function present(member: Membership, row: MeetingRow): Promise<HeldMeeting> {
    const { present } = await context.place(member);
    const [items, decisions] = await Promise.all([
      store.listMeetingItems(db, [row.id]),
      store.listDecisions(db, [row.id]),
    ]);
    return present.meeting(row, items, decisions);
  }

  return {
    /**
     * Notes are written together: each save names the version its writer saw. When the partner
     * saved meanwhile, it is a 409 carrying the meeting as it is now, so neither text is lost.
     */
    async saveNotes(member: Membership, meetingId: string, input: NotesInput): Promise<HeldMeeting> {
      const stale = await db.transaction(async (tx) => {
        const row = context.mine(member, await store.findMeeting(tx, meetingId, { lock: true }), 'meeting');
        if (row.notesVersion !== input.basedOn) return row;
        await store.updateMeeting(tx, meetingId, {
          notes: input.text,
          notesVersion: row.notesVersion + 1,
          notesBy: member.personId,
          notesAt: clock.now(),
        });
        return null;
      });
      if (stale) {
        throw new AppError(
          'NOTES_CHANGED',
          409,
          'Your partner saved the notes while you were writing. Here are theirs, to bring the two together.',
          undefined,
          { meeting: await present(member, stale) },
        );
      }
      const row = context.mine(member, await store.findMeeting(db, meetingId), 'meeting');
      await context.tell((await context.place(member)).people, row.topic);
      return present(member, row);
    },

    async addDecision(member: Membership, meetingId: string, input: NewDecision): Promise<Decision> {
      const meeting = context.mine(member, await store.findMeeting(db, meetingId), 'meeting');
      const row = {
        id: randomUUID(),
        spaceId: member.spaceId,
        meetingId,
        wording: input.wording,
        madeBy: member.personId,
        agreementId: null,
        createdAt: clock.now(),
      };
      await store.insertDecision(db, row);
      const { people, present } = await context.place(member);
      await context.tell(people, meeting.topic);
      return present.decision(row);
    },

    /** Proposes the decision as an agreement, once: a second try is a 409. */
    async proposeDecision(member: Membership, decisionId: string): Promise<Decision> {
      const decision = context.mine(member, await store.findDecision(db, decisionId), 'decision');
      const meeting = context.mine(member, await store.findMeeting(db, decision.meetingId), 'meeting');
      const already = () =>
        conflict(
          'ALREADY_PROPOSED',
          'This decision is already proposed as an agreement; find it in your agreements.',
        );
      // The claim comes first, so two taps at once make one agreement, never two.
      const mark = randomUUID();
      if (decision.agreementId || !(await store.claimDecision(db, decisionId, mark))) throw already();
      let agreementId: string;
      try {
        agreementId = await hooks.onDecision(member, {
          category: meeting.topic as MeetingTopic,
          wording: decision.wording,
        });
      } catch (error) {
        await store.settleDecision(db, decisionId, mark, null);
        throw error;
      }
      await store.settleDecision(db, decisionId, mark, agreementId);
      const { people, present } = await context.place(member);
      await context.tell(people, meeting.topic);
      return present.decision({ ...decision, agreementId });
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
