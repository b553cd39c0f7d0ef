import { localToUtc, parseTimeOfDay } from '../../../core/local-time';
import { parseDay } from '../../../core/pulse/days';
import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';
import * as store from './store';

const KIND = 'commitment.due';
/** The morning of the day a person gave themselves, in their own time zone. */
const DUE_TIME = '09:00';

/**
 * On a commitment's day, its person alone is reminded in the morning of their own time zone. A day
 * whose morning has already passed when it is set gets no reminder: the person just chose it. The
 * reminder lapses when the commitment was settled, moved to another day, or taken off the list.
 */
export function commitmentReminders(platform: Platform, notifications: NotificationService) {
  const { db } = platform.database;

  notifications.whenGone(KIND, async (ids) =>
    ids.commitmentId && ids.dueOn ? store.isOpenOn(db, ids.commitmentId, ids.dueOn) : false,
  );

  return {
    async onDueSet(commitment: { id: string; personId: string; dueOn: string }): Promise<void> {
      const date = parseDay(commitment.dueOn);
      const time = parseTimeOfDay(DUE_TIME);
      const timeZone = await store.findTimeZone(db, commitment.personId);
      if (!date || !time || !timeZone) return;
      const morning = localToUtc(date, time, timeZone);
      if (morning.getTime() <= platform.clock.now().getTime()) return;
      await notifications.schedule(
        commitment.personId,
        KIND,
        morning,
        `commitment-due:${commitment.id}:${commitment.dueOn}`,
        { commitmentId: commitment.id, dueOn: commitment.dueOn },
      );
    },
  };
}
