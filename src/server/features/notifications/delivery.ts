import type { NotificationKind } from '../../../core/notification-kinds';
import type { JobPayload } from '../../platform/jobs/tables';
import type { PushSender } from '../../platform/notifications/push';
import { unsubscribeToken } from '../../platform/notifications/unsubscribe';
import type { Platform } from '../../platform/platform';
import { composeMail } from './email';
import { kindOf, wordsFor } from './kinds';
import { JOB_EMAIL, JOB_PUSH, JOB_REMIND, type NotificationService } from './service';
import * as store from './store';

export interface DeliveryDeps {
  /** The partner's display name, for words like "Sam sent you an appreciation". */
  partnerNameOf(personId: string): Promise<string | null>;
  /** Whether the person is still in this space (a reminder about a space they left lapses). */
  isMemberOf(personId: string, spaceId: string): Promise<boolean>;
}

const text = (payload: JobPayload, key: string) => (typeof payload[key] === 'string' ? payload[key] : null);

/**
 * The jobs that carry notifications: a reminder coming due, and its push and email. Each one
 * looks again at what it refers to and is skipped when that is gone, read already, or turned off.
 */
export function registerDeliveryJobs(
  platform: Platform,
  notifications: NotificationService,
  push: PushSender,
  deps: DeliveryDeps,
): void {
  const { db } = platform.database;
  const { jobs, mailer, config } = platform;
  const origin = config.publicUrl.origin;

  jobs.register(JOB_REMIND, async (payload) => {
    const personId = text(payload, 'personId');
    const kind = text(payload, 'kind');
    if (!personId || !kind || !kindOf(kind)) return 'gone';
    if (!(await store.findRecipient(db, personId))) return 'gone';
    const spaceId = text(payload, 'spaceId');
    if (spaceId && !(await deps.isMemberOf(personId, spaceId))) return 'gone';
    const ids = Object.fromEntries(
      Object.entries(payload).filter(([k, v]) => typeof v === 'string' && k !== 'personId' && k !== 'kind'),
    ) as Record<string, string>;
    if (!(await notifications.isCurrent(kind as NotificationKind, ids, personId))) return 'gone';
    const partnerName = await deps.partnerNameOf(personId);
    await notifications.notify(personId, kind as NotificationKind, {
      ...ids,
      ...(partnerName && { partnerName }),
    });
  });

  /** The notification and its reader, or null when either is gone or it was read meanwhile. */
  async function stillWanted(payload: JobPayload) {
    const notificationId = text(payload, 'notificationId');
    const row = notificationId && (await store.findNotification(db, notificationId));
    if (!row || row.readAt) return null;
    const recipient = await store.findRecipient(db, row.personId);
    const definition = kindOf(row.kind);
    if (!recipient || !definition) return null;
    const saved = await store.findPreference(db, row.personId, row.kind);
    const preference = saved ?? definition.defaults;
    return { row, recipient, definition, preference };
  }

  jobs.register(JOB_PUSH, async (payload) => {
    const wanted = await stillWanted(payload);
    const subscriptionId = text(payload, 'subscriptionId');
    const subscription = subscriptionId && (await store.findSubscription(db, subscriptionId));
    if (!wanted?.preference.push || !subscription || subscription.personId !== wanted.row.personId)
      return 'gone';
    const shown = notifications.present(wanted.row, wanted.recipient.locale);
    const result = await push.send(subscription, {
      title: shown.title,
      body: shown.body,
      url: shown.link,
      tag: wanted.row.id,
    });
    if (result === 'gone') {
      await store.deleteSubscriptionById(db, subscription.id);
      return 'gone';
    }
  });

  jobs.register(JOB_EMAIL, async (payload) => {
    const wanted = await stillWanted(payload);
    if (!wanted?.preference.email) return 'gone';
    const { row, recipient, definition } = wanted;
    const words = wordsFor(definition, recipient.locale);
    const token = unsubscribeToken(config.sessionSecret, recipient.id, row.kind);
    await mailer.send(
      composeMail({
        to: recipient.email,
        words: words.message(row.params),
        label: words.label,
        openUrl: `${origin}${definition.link(row.params)}`,
        unsubscribePage: `${origin}/unsubscribe/${token}`,
        unsubscribeEndpoint: `${origin}/api/unsubscribe/${token}`,
        settingsUrl: `${origin}/settings/notifications`,
      }),
    );
  });
}
