import { parseDay } from '../../../core/agreements/days';
import { localToUtc, parseTimeOfDay } from '../../../core/local-time';
import { TRIAL_END_TIME } from '../../../core/problems/machine';
import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';
import * as store from './store';

const KIND = 'experiment.review';

/**
 * The end of a trial: on its last day each partner is reminded in the morning of their own time
 * zone (or at once, when that morning has already passed) to say whether it helped. A reminder
 * lapses when the experiment was closed, or ended early on another day.
 */
export function problemReminders(
  platform: Platform,
  notifications: NotificationService,
  isCurrent: (experimentId: string, endsOn: string) => Promise<boolean>,
) {
  const { db } = platform.database;

  notifications.whenGone(KIND, async (ids) =>
    ids.experimentId && ids.endsOn ? isCurrent(ids.experimentId, ids.endsOn) : false,
  );

  return {
    async onTrialSet(experiment: { id: string; problemId: string; spaceId: string; endsOn: string }) {
      const date = parseDay(experiment.endsOn);
      const time = parseTimeOfDay(TRIAL_END_TIME);
      if (!date || !time) return;
      const now = platform.clock.now();
      for (const person of await store.listPeople(db, experiment.spaceId)) {
        const morning = localToUtc(date, time, person.timeZone);
        await notifications.schedule(
          person.id,
          KIND,
          morning.getTime() > now.getTime() ? morning : now,
          `experiment-review:${experiment.id}:${experiment.endsOn}:${person.id}`,
          {
            experimentId: experiment.id,
            problemId: experiment.problemId,
            endsOn: experiment.endsOn,
            spaceId: experiment.spaceId,
          },
        );
      }
    },
  };
}
