import { parseDay } from '../../../core/agreements/days';
import { REVIEW_TIME } from '../../../core/agreements/rules';
import { localToUtc, parseTimeOfDay } from '../../../core/local-time';
import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';
import * as store from './store';

const KIND = 'agreement.review';

/**
 * Review reminders: on an active agreement's review date, each partner is reminded in the
 * morning of their own time zone (or at once, when that morning has already passed). A reminder
 * lapses when the agreement was kept to a later date, revised into a new review date, or retired.
 */
export function agreementReminders(
  platform: Platform,
  notifications: NotificationService,
  isCurrent: (agreementId: string, reviewOn: string) => Promise<boolean>,
) {
  const { db } = platform.database;

  notifications.whenGone(KIND, async (ids) =>
    ids.agreementId && ids.reviewOn ? isCurrent(ids.agreementId, ids.reviewOn) : false,
  );

  return {
    async onReviewSet(agreement: { id: string; spaceId: string; reviewOn: string }): Promise<void> {
      const date = parseDay(agreement.reviewOn);
      const time = parseTimeOfDay(REVIEW_TIME);
      if (!date || !time) return;
      const now = platform.clock.now();
      for (const person of await store.listPeople(db, agreement.spaceId)) {
        const morning = localToUtc(date, time, person.timeZone);
        await notifications.schedule(
          person.id,
          KIND,
          morning.getTime() > now.getTime() ? morning : now,
          `agreement-review:${agreement.id}:${agreement.reviewOn}:${person.id}`,
          { agreementId: agreement.id, reviewOn: agreement.reviewOn, spaceId: agreement.spaceId },
        );
      }
    },
  };
}
