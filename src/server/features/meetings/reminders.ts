import { parseDay } from '../../../core/agreements/days';
import { REVIEW_TIME } from '../../../core/agreements/rules';
import { localToUtc, parseTimeOfDay } from '../../../core/local-time';
import type { MeetingTopic } from '../../../core/meetings/rules';
import { nextOccurrence } from '../../../core/rituals/recurrence';
import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';
import * as store from './store';

/**
 * Reminders through the scheduler. A meeting schedule both accepted reminds both partners at each
 * meeting's start (one planned at a time; when it comes due it plans the next), and lapses when
 * the schedule was stopped, replaced by a proposal or moved. The parenting plan's review reminds
 * both at 09:00 of the review date in their own zone, like an agreement's, and lapses once kept.
 */
export function meetingReminders(platform: Platform, notifications: NotificationService) {
  const { db } = platform.database;
  const { clock } = platform;

  async function planMeeting(spaceId: string, topic: string, after?: Date): Promise<void> {
    const row = await store.findSchedule(db, spaceId, topic);
    if (!row?.acceptedAt) return;
    const from = new Date(Math.max(clock.now().getTime(), (after?.getTime() ?? 0) + 1));
    const next = nextOccurrence(row, from);
    if (!next) return;
    const startsAt = next.startsAt.toISOString();
    for (const person of await store.listPeople(db, spaceId)) {
      await notifications.schedule(
        person.id,
        'meeting.due',
        next.startsAt,
        `meeting:${spaceId}:${topic}:${startsAt}:${person.id}`,
        { spaceId, topic, startsAt },
      );
    }
  }

  notifications.whenGone('meeting.due', async ({ spaceId, topic, startsAt }) => {
    if (!spaceId || !topic || !startsAt) return false;
    const at = new Date(startsAt);
    await planMeeting(spaceId, topic, at);
    const row = await store.findSchedule(db, spaceId, topic);
    if (!row?.acceptedAt) return false;
    return nextOccurrence(row, new Date(at.getTime() - 1))?.startsAt.getTime() === at.getTime();
  });

  notifications.whenGone('plan.review', async ({ spaceId, reviewOn }) =>
    spaceId && reviewOn ? (await store.findPlan(db, spaceId))?.reviewOn === reviewOn : false,
  );

  return {
    planMeeting: (spaceId: string, topic: MeetingTopic) => planMeeting(spaceId, topic),

    async onPlanReviewSet(spaceId: string, reviewOn: string): Promise<void> {
      const date = parseDay(reviewOn);
      const time = parseTimeOfDay(REVIEW_TIME);
      if (!date || !time) return;
      const now = clock.now();
      for (const person of await store.listPeople(db, spaceId)) {
        const morning = localToUtc(date, time, person.timeZone);
        await notifications.schedule(
          person.id,
          'plan.review',
          morning.getTime() > now.getTime() ? morning : now,
          `plan-review:${spaceId}:${reviewOn}:${person.id}`,
          { spaceId, reviewOn },
        );
      }
    },
  };
}
