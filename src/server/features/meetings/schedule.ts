import type { MeetingSchedule, MeetingsDue, ScheduleInput } from '../../../core/contracts/meetings';
import {
  isReviewDue,
  isSameDay,
  MEETING_TOPICS,
  type MeetingTopic,
  nextMeeting,
} from '../../../core/meetings/rules';
import type { Membership } from '../../platform/auth/session';
import { conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { meetingContext } from './context';
import * as store from './store';

export interface ScheduleHooks {
  /** A schedule was accepted, changed or stopped: plan (or let lapse) both partners' reminders. */
  planReminders(spaceId: string, topic: MeetingTopic): Promise<void>;
}

/**
 * A topic's recurring meetings: one partner proposes a rule and a local time (kept in their own
 * time zone), the other accepts it, and from then on both are reminded as each meeting comes.
 */
export function createScheduleService(platform: Platform, hooks: ScheduleHooks) {
  const { db } = platform.database;
  const { clock } = platform;
  const context = meetingContext(platform);

  async function answer(member: Membership, topic: MeetingTopic): Promise<MeetingSchedule> {
    const { people, present } = await context.place(member);
    const row = await store.findSchedule(db, member.spaceId, topic);
    if (!row) throw notFound('There is no schedule for these meetings yet.');
    await context.tell(people, topic);
    return present.schedule(row, clock.now());
  }

  return {
    /** A new proposal replaces the schedule until the partner accepts it. */
    async propose(member: Membership, topic: MeetingTopic, input: ScheduleInput): Promise<MeetingSchedule> {
      const { zone, partner } = await context.place(member);
      if (!partner) throw conflict('NO_PARTNER', 'A meeting schedule needs your partner in your space.');
      await store.saveSchedule(db, {
        spaceId: member.spaceId,
        topic,
        rule: input.rule,
        startDay: input.startDay,
        time: input.time,
        timeZone: zone,
        proposedBy: member.personId,
        proposedAt: clock.now(),
        acceptedBy: null,
        acceptedAt: null,
      });
      await hooks.planReminders(member.spaceId, topic);
      return answer(member, topic);
    },

    async accept(member: Membership, topic: MeetingTopic): Promise<MeetingSchedule> {
      const row = await store.findSchedule(db, member.spaceId, topic);
      if (!row) throw notFound('There is no schedule for these meetings yet.');
      if (row.acceptedAt) throw conflict('SCHEDULE_STATE', 'You both agreed to this schedule already.');
      if (row.proposedBy === member.personId) {
        throw conflict('SCHEDULE_STATE', 'This is your own proposal; it waits for your partner’s answer.');
      }
      await store.saveSchedule(db, { ...row, acceptedBy: member.personId, acceptedAt: clock.now() });
      await hooks.planReminders(member.spaceId, topic);
      return answer(member, topic);
    },

    /** Either partner stops the schedule; reminders already planned lapse. */
    async stop(member: Membership, topic: MeetingTopic): Promise<void> {
      await store.deleteSchedule(db, member.spaceId, topic);
      await context.tell((await context.place(member)).people, topic);
    },

    /** For home: a meeting today in the reader's zone, and whether the plan is due for review. */
    async due(member: Membership): Promise<MeetingsDue> {
      const { zone, today } = await context.place(member);
      const now = clock.now();
      const [schedules, plan] = await Promise.all([
        store.listSchedules(db, member.spaceId),
        store.findPlan(db, member.spaceId),
      ]);
      const todays = MEETING_TOPICS.filter((topic) => {
        const row = schedules.find((s) => s.topic === topic && s.acceptedAt);
        const next = row && nextMeeting(row, now);
        return next ? isSameDay(next, now, zone) : false;
      });
      return { today: todays, isPlanReviewDue: isReviewDue(plan?.reviewOn ?? null, today) };
    },
  };
}

export type ScheduleService = ReturnType<typeof createScheduleService>;
