import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';
import { logWindow, nextOf, participantsOf } from './history';
import * as store from './store';

const KIND = 'ritual.reminder';
const MIN_MS = 60_000;

/**
 * Ritual reminders through the scheduler: for each person taking part who asked for one, at the
 * next occurrence's start minus the lead they chose. One is planned at a time per person and
 * ritual; when it comes due it plans the next one. It lapses (is skipped) when the ritual ended,
 * the person stepped out, the lead or the time changed, or the occurrence was skipped or moved.
 * Push and email wait for the end of the person's quiet hours, as every notification does.
 */
export function ritualReminders(platform: Platform, notifications: NotificationService) {
  const { db } = platform.database;
  const { clock } = platform;

  async function planFor(ritualId: string, personId: string, after?: Date): Promise<void> {
    const r = await store.findRitual(db, ritualId);
    if (!r || r.endedAt || !participantsOf(r).includes(personId)) return;
    const lead = await store.findReminderLead(db, ritualId, personId);
    if (lead === null) return;
    // The next occurrence whose reminder time is still ahead.
    const now = clock.now();
    const from = new Date(Math.max(now.getTime() + lead * MIN_MS, (after?.getTime() ?? 0) + 1));
    const logs = await store.listOccurrences(db, [ritualId], logWindow(from, from));
    const next = nextOf(r, logs, from);
    if (!next) return;
    const startsAt = next.startsAt.toISOString();
    await notifications.schedule(
      personId,
      KIND,
      new Date(next.startsAt.getTime() - lead * MIN_MS),
      `ritual:${ritualId}:${personId}:${next.day}:${startsAt}:${lead}`,
      { spaceId: r.spaceId, ritualId, day: next.day, startsAt, lead: String(lead) },
    );
  }

  notifications.whenGone(KIND, async (ids, personId) => {
    const { ritualId, day, startsAt, lead } = ids;
    // A reminder that names no ritual was not planned here; it stands as it was sent.
    if (!ritualId) return true;
    if (!day || !startsAt || !lead) return false;
    await planFor(ritualId, personId, new Date(startsAt));
    const r = await store.findRitual(db, ritualId);
    if (!r || r.endedAt || !participantsOf(r).includes(personId)) return false;
    if (String(await store.findReminderLead(db, ritualId, personId)) !== lead) return false;
    const at = new Date(new Date(startsAt).getTime() - 1);
    const logs = await store.listOccurrences(db, [ritualId], logWindow(at, at));
    const still = nextOf(r, logs, at);
    return still?.day === day && still.startsAt.toISOString() === startsAt;
  });

  return {
    /** Plans the next reminder for everyone who takes part in the ritual. */
    async planReminders(ritualId: string): Promise<void> {
      const r = await store.findRitual(db, ritualId);
      if (!r) return;
      for (const personId of participantsOf(r)) await planFor(ritualId, personId);
    },
  };
}
