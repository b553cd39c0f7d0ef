import { localToUtc, parseTimeOfDay } from '../../../core/local-time';
import { isCadenceDay, parseDay, shiftDay, todayIn } from '../../../core/pulse/days';
import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';
import * as store from './store';
import { cadenceOf } from './today';

const KIND = 'pulse.reminder';

/**
 * Check-in reminders at the time each person chose, in their own time zone, on their cadence days
 * only. One reminder is planned at a time: when it comes due it plans the next one, and it is
 * skipped if the person has checked in that day, changed the time, or the day stopped being a
 * check-in day.
 */
export function pulseReminders(platform: Platform, notifications: NotificationService) {
  const { db } = platform.database;
  const { clock } = platform;

  /** Plans the person's next reminder after `afterDay` (or from now), unless one is already planned. */
  async function planReminder(personId: string, afterDay?: string): Promise<void> {
    // Most people set no reminder time: for them the setting is the only thing read.
    const time = (await store.findSetting(db, personId))?.reminderTime ?? null;
    const timeOfDay = time && parseTimeOfDay(time);
    if (!time || !timeOfDay) return;
    const place = await store.findPlace(db, personId);
    if (!place) return;
    const cadence = cadenceOf(await store.findCadence(db, place.spaceId), personId);
    const now = clock.now();
    const today = todayIn(now, place.timeZone);
    for (let ahead = 0; ahead < 15; ahead++) {
      const day = shiftDay(today, ahead);
      const date = parseDay(day);
      if (!date || (afterDay && day <= afterDay) || !isCadenceDay(cadence, day)) continue;
      if (day === today && (await store.findPulse(db, personId, day))) continue;
      if (localToUtc(date, timeOfDay, place.timeZone).getTime() <= now.getTime()) continue;
      await notifications.scheduleAtLocalTime(
        personId,
        KIND,
        date,
        time,
        `pulse:${personId}:${day}:${time}`,
        {
          spaceId: place.spaceId,
          day,
          time,
        },
      );
      return;
    }
  }

  notifications.whenGone(KIND, async (ids, personId) => {
    const day = ids.day;
    // A reminder that names no day was not planned here; it stands as it was sent.
    if (!day || !parseDay(day)) return true;
    await planReminder(personId, day);
    const place = await store.findPlace(db, personId);
    const setting = await store.findSetting(db, personId);
    if (!place || setting?.reminderTime !== ids.time) return false;
    if (!isCadenceDay(cadenceOf(await store.findCadence(db, place.spaceId), personId), day)) return false;
    return (await store.findPulse(db, personId, day)) === null;
  });

  return { planReminder: (personId: string) => planReminder(personId) };
}
