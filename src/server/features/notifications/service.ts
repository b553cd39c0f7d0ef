import { randomUUID } from 'node:crypto';
import type { Notification, NotificationKind, NotificationList } from '../../../core/contracts/notifications';
import { type LocalDate, localToUtc, parseTimeOfDay, quietHoursEnd } from '../../../core/local-time';
import { notFound } from '../../platform/http/errors';
import type { JobPayload } from '../../platform/jobs/tables';
import type { Platform } from '../../platform/platform';
import { type NotifyParams, wordsFor } from './kinds';
import { createNotificationSettings, definitionOf, preferenceFor } from './settings';
import * as store from './store';

const LIST_LIMIT = 50;

export const JOB_REMIND = 'notification.remind';
export const JOB_PUSH = 'notification.push';
export const JOB_EMAIL = 'notification.email';

/** Whether what a reminder refers to still exists, given the ids it was scheduled with. */
export type ReferenceCheck = (ids: Record<string, string>, personId: string) => Promise<boolean>;

export function createNotificationService(
  platform: Platform,
  publicKey: string,
  options: { allowPrivatePushHosts?: boolean } = {},
) {
  const { db } = platform.database;
  const { clock, live, jobs } = platform;
  const checks = new Map<NotificationKind, ReferenceCheck>();

  /** When push and email may go out: now, or when the person's quiet hours end. */
  async function deliverableAt(personId: string, timeZone: string, now: Date): Promise<Date> {
    const saved = await store.findQuietHours(db, personId);
    const start = saved && parseTimeOfDay(saved.start);
    const end = saved && parseTimeOfDay(saved.end);
    if (!start || !end) return now;
    return quietHoursEnd(now, { start, end }, timeZone) ?? now;
  }

  /**
   * Tells a person something happened, on the channels they chose for this kind. The notification
   * centre gets it at once; push and email wait for the end of quiet hours.
   */
  async function notify(
    personId: string,
    kind: NotificationKind,
    params: NotifyParams = {},
  ): Promise<string | null> {
    const definition = definitionOf(kind);
    const recipient = await store.findRecipient(db, personId);
    if (!recipient) return null;
    const preference = await preferenceFor(db, personId, definition);
    if (!preference.inApp && !preference.push && !preference.email) return null;
    const now = clock.now();
    const id = randomUUID();
    const clean = Object.fromEntries(
      Object.entries(params).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    await store.insertNotification(db, {
      id,
      personId,
      kind,
      params: clean,
      isInApp: preference.inApp,
      createdAt: now,
    });
    if (preference.inApp) await live.send([personId], { type: 'notifications.changed' });
    const runAt = await deliverableAt(personId, recipient.timeZone, now);
    if (preference.push) {
      for (const subscription of await store.listSubscriptions(db, personId)) {
        await jobs.schedule({
          kind: JOB_PUSH,
          payload: { notificationId: id, subscriptionId: subscription.id },
          runAt,
          dedupeKey: `push:${id}:${subscription.id}`,
        });
      }
    }
    if (preference.email) {
      await jobs.schedule({
        kind: JOB_EMAIL,
        payload: { notificationId: id },
        runAt,
        dedupeKey: `email:${id}`,
      });
    }
    return id;
  }

  /**
   * A reminder at a time to come. `key` names it (e.g. `ritual:<id>:2026-10-25`), so asking twice
   * schedules it once. The payload holds ids only; a `spaceId` makes it lapse when the person
   * is no longer in that space.
   */
  function schedule(
    personId: string,
    kind: NotificationKind,
    at: Date,
    key: string,
    ids: Record<string, string> = {},
  ) {
    return jobs.schedule({
      kind: JOB_REMIND,
      payload: { ...ids, personId, kind } satisfies JobPayload,
      runAt: at,
      dedupeKey: key,
    });
  }

  /** A reminder at a wall-clock time on a date in the person's own time zone. */
  async function scheduleAtLocalTime(
    personId: string,
    kind: NotificationKind,
    date: LocalDate,
    time: string,
    key: string,
    ids: Record<string, string> = {},
  ) {
    const recipient = await store.findRecipient(db, personId);
    const timeOfDay = parseTimeOfDay(time);
    if (!recipient || !timeOfDay) throw new Error('A reminder needs a person and a time like 20:00');
    return schedule(personId, kind, localToUtc(date, timeOfDay, recipient.timeZone), key, ids);
  }

  function present(
    row: Awaited<ReturnType<typeof store.findNotification>> & {},
    locale: string,
  ): Notification {
    const definition = definitionOf(row.kind);
    const words = wordsFor(definition, locale).message(row.params);
    return {
      id: row.id,
      kind: definition.kind,
      ...words,
      link: definition.link(row.params),
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    };
  }

  const changed = (personId: string) => live.send([personId], { type: 'notifications.changed' });

  return {
    ...createNotificationSettings(platform, publicKey, options),
    notify,
    schedule,
    scheduleAtLocalTime,
    present,

    /**
     * A feature says how to tell whether a reminder of its kind still refers to something (the
     * ritual, the agreement). A reminder whose item was deleted is then skipped when it comes due.
     */
    whenGone(kind: NotificationKind, check: ReferenceCheck): void {
      checks.set(kind, check);
    },

    /** Whether a reminder of this kind, with these ids, still refers to something. */
    async isCurrent(kind: NotificationKind, ids: Record<string, string>, personId: string): Promise<boolean> {
      const check = checks.get(kind);
      return check ? check(ids, personId) : true;
    },

    async list(personId: string, locale: string): Promise<NotificationList> {
      const [rows, unread] = await Promise.all([
        store.listNotifications(db, personId, LIST_LIMIT),
        store.countUnread(db, personId),
      ]);
      return { items: rows.map((row) => present(row, locale)), unread };
    },

    async markRead(personId: string, notificationId: string): Promise<void> {
      if (!(await store.markRead(db, personId, notificationId, clock.now())))
        throw notFound('There is no such notification.');
      await changed(personId);
    },

    async markAllRead(personId: string): Promise<void> {
      await store.markAllRead(db, personId, clock.now());
      await changed(personId);
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
