import { randomUUID } from 'node:crypto';
import type {
  AgendaItem,
  AgendaOrder,
  Goal,
  GoalInput,
  HeldMeeting,
  ItemChange,
  MeetingRoom,
  NewItem,
  StartMeeting,
} from '../../../core/contracts/meetings';
import {
  AGENDA_MAX,
  agendaTopic,
  GOALS_MAX,
  isSameItems,
  type MeetingTopic,
} from '../../../core/meetings/rules';
import { formatOf } from '../../../core/talks/formats';
import type { Membership } from '../../platform/auth/session';
import { AppError, conflict } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { meetingContext } from './context';
import * as store from './store';

export interface MeetingHooks {
  /** "Start the meeting": invite the partner to a talk of the topic's format; the talk's id. */
  onStart(
    member: Membership,
    input: { topic: MeetingTopic; summary: string; mode: StartMeeting['mode'] },
  ): Promise<string>;
}

const badGoal = () =>
  new AppError('VALIDATION', 400, 'goalId: choose one of your shared goals for this topic', {
    goalId: 'choose one of your shared goals for this topic',
  });

/** Shared goals, the next meeting's agenda, and starting a meeting as a talk. */
export function createMeetingService(platform: Platform, hooks: MeetingHooks) {
  const { db } = platform.database;
  const { clock } = platform;
  const context = meetingContext(platform);

  async function checkGoal(member: Membership, topic: string, goalId: string | null | undefined) {
    if (!goalId) return;
    const goal = await store.findGoal(db, goalId);
    if (!goal || goal.spaceId !== member.spaceId || goal.topic !== topic) throw badGoal();
  }

  async function changed(member: Membership, topic: string) {
    await context.tell((await context.place(member)).people, topic);
  }

  return {
    async room(member: Membership, topic: MeetingTopic): Promise<MeetingRoom> {
      const { partner, present } = await context.place(member);
      const [goals, agenda, schedule, meetings] = await Promise.all([
        store.listGoals(db, member.spaceId, topic),
        store.listAgenda(db, member.spaceId, topic),
        store.findSchedule(db, member.spaceId, topic),
        store.listMeetings(db, member.spaceId, topic),
      ]);
      const ids = meetings.map((m) => m.id);
      const [items, decisions] = await Promise.all([
        store.listMeetingItems(db, ids),
        store.listDecisions(db, ids),
      ]);
      return {
        topic,
        partner,
        goals: goals.map(present.goal),
        agenda: agenda.map(present.item),
        schedule: schedule && present.schedule(schedule, clock.now()),
        meetings: meetings.map((m) => present.meeting(m, items, decisions)),
      };
    },

    async addGoal(member: Membership, topic: MeetingTopic, input: GoalInput): Promise<Goal> {
      if ((await store.countGoals(db, member.spaceId, topic)) >= GOALS_MAX) {
        throw conflict('TOO_MANY_GOALS', `Keep it to ${GOALS_MAX} goals; fold two together or let one go.`);
      }
      const row = {
        id: randomUUID(),
        spaceId: member.spaceId,
        topic,
        wording: input.wording,
        writtenBy: member.personId,
        createdAt: clock.now(),
      };
      await store.insertGoal(db, row);
      await changed(member, topic);
      return (await context.place(member)).present.goal(row);
    },

    async changeGoal(member: Membership, id: string, input: GoalInput): Promise<Goal> {
      const goal = context.mine(member, await store.findGoal(db, id), 'goal');
      await store.updateGoal(db, id, input.wording);
      await changed(member, goal.topic);
      return (await context.place(member)).present.goal({ ...goal, wording: input.wording });
    },

    async removeGoal(member: Membership, id: string): Promise<void> {
      const goal = context.mine(member, await store.findGoal(db, id), 'goal');
      await store.deleteGoal(db, id);
      await changed(member, goal.topic);
    },

    async addItem(member: Membership, topic: MeetingTopic, input: NewItem): Promise<AgendaItem> {
      await checkGoal(member, topic, input.goalId);
      const agenda = await store.listAgenda(db, member.spaceId, topic);
      if (agenda.length >= AGENDA_MAX) {
        throw conflict(
          'AGENDA_FULL',
          `An agenda of ${AGENDA_MAX} items is plenty; keep the rest for next time.`,
        );
      }
      const row = {
        id: randomUUID(),
        spaceId: member.spaceId,
        topic,
        meetingId: null,
        goalId: input.goalId ?? null,
        wording: input.wording,
        position: Math.max(0, ...agenda.map((i) => i.position)) + 1,
        addedBy: member.personId,
        createdAt: clock.now(),
      };
      await store.insertItem(db, row);
      await changed(member, topic);
      return (await context.place(member)).present.item(row);
    },

    async changeItem(member: Membership, id: string, input: ItemChange): Promise<AgendaItem> {
      const item = context.mine(member, await store.findItem(db, id), 'agenda item');
      if (item.meetingId) throw conflict('MEETING_STARTED', 'This item belongs to a meeting already held.');
      await checkGoal(member, item.topic, input.goalId);
      const change = {
        ...(input.wording !== undefined && { wording: input.wording }),
        ...(input.goalId !== undefined && { goalId: input.goalId }),
      };
      await store.updateItem(db, id, change);
      await changed(member, item.topic);
      return (await context.place(member)).present.item({ ...item, ...change });
    },

    async removeItem(member: Membership, id: string): Promise<void> {
      const item = context.mine(member, await store.findItem(db, id), 'agenda item');
      if (item.meetingId) throw conflict('MEETING_STARTED', 'This item belongs to a meeting already held.');
      await store.deleteItem(db, id);
      await changed(member, item.topic);
    },

    async reorder(member: Membership, topic: MeetingTopic, input: AgendaOrder): Promise<AgendaItem[]> {
      const agenda = await store.listAgenda(db, member.spaceId, topic);
      if (
        !isSameItems(
          input.itemIds,
          agenda.map((i) => i.id),
        )
      ) {
        throw conflict('AGENDA_CHANGED', 'The agenda changed meanwhile; here it is again to put in order.');
      }
      await db.transaction(async (tx) => {
        for (const [position, id] of input.itemIds.entries()) await store.updateItem(tx, id, { position });
      });
      await changed(member, topic);
      const { present } = await context.place(member);
      return (await store.listAgenda(db, member.spaceId, topic)).map(present.item);
    },

    /** Invites the partner to a talk of this format with the agenda as its topic; the agenda moves into the meeting. */
    async start(member: Membership, topic: MeetingTopic, input: StartMeeting): Promise<HeldMeeting> {
      const agenda = await store.listAgenda(db, member.spaceId, topic);
      const summary = agendaTopic(
        formatOf(topic).name,
        agenda.map((i) => i.wording),
      );
      const talkId = await hooks.onStart(member, { topic, summary, mode: input.mode });
      const row = {
        id: randomUUID(),
        spaceId: member.spaceId,
        topic,
        talkId,
        startedBy: member.personId,
        startedAt: clock.now(),
        notes: '',
        notesVersion: 0,
        notesBy: null,
        notesAt: null,
      };
      await db.transaction(async (tx) => {
        await store.insertMeeting(tx, row);
        await store.takeAgenda(tx, member.spaceId, topic, row.id);
      });
      const { people, present } = await context.place(member);
      await context.tell(people, topic);
      return present.meeting(row, await store.listMeetingItems(db, [row.id]), []);
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
