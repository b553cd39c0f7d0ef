import type { WeekSummary } from '../../../core/insights';
import { say } from '../../../core/insights/words';
import { localToUtc, parseTimeOfDay } from '../../../core/local-time';
import { parseDay, shiftDay, todayIn, weekdayOf } from '../../../core/pulse/days';
import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';
import * as pulseStore from '../pulse/store';

const JOB = 'insights.weekly-summary';
const KIND = 'summary.weekly';
/** Sunday evening, in the person's own time zone: the week is done, the next not yet begun. */
const SUNDAY = 0;
const TIME = '18:00';

/** The summary as sentences, from the person's own week only. */
export function summaryLines(summary: WeekSummary): { wins: string; helped: string; suggestion: string } {
  return {
    wins: summary.wins.map((w) => say(w)).join(' '),
    helped: say(summary.helped),
    suggestion: say(summary.suggestion),
  };
}

/**
 * The weekly summary, once a week per person on Sunday at 18:00 their time. One is planned at a
 * time: when it runs it plans the next. It goes out through the notification kind
 * `summary.weekly`, so the person's channel choices and quiet hours apply.
 */
export function weeklySummaries(
  platform: Platform,
  notifications: NotificationService,
  summaryOf: (spaceId: string, personId: string, timeZone: string, weekEnd: string) => Promise<WeekSummary>,
) {
  const { db } = platform.database;
  const { clock, jobs } = platform;
  const time = parseTimeOfDay(TIME);

  /** Plans the person's next Sunday summary (asking again plans it once). */
  async function plan(personId: string): Promise<void> {
    const place = await pulseStore.findPlace(db, personId);
    if (!place || !time) return;
    const now = clock.now();
    const today = todayIn(now, place.timeZone);
    for (let ahead = 0; ahead <= 7; ahead++) {
      const day = shiftDay(today, ahead);
      const date = parseDay(day);
      if (!date || weekdayOf(day) !== SUNDAY) continue;
      const at = localToUtc(date, time, place.timeZone);
      if (at.getTime() <= now.getTime()) continue;
      await jobs.schedule({
        kind: JOB,
        payload: { personId, week: day },
        runAt: at,
        dedupeKey: `summary:${personId}:${day}`,
      });
      return;
    }
  }

  jobs.register(JOB, async (payload) => {
    const personId = typeof payload.personId === 'string' ? payload.personId : null;
    const week = typeof payload.week === 'string' ? payload.week : null;
    if (!personId || !week || !parseDay(week)) return 'gone';
    const place = await pulseStore.findPlace(db, personId);
    if (!place) return 'gone';
    const summary = await summaryOf(place.spaceId, personId, place.timeZone, week);
    await notifications.notify(personId, KIND, { week, ...summaryLines(summary) });
    await plan(personId);
  });

  return { plan };
}
