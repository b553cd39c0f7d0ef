import { randomUUID } from 'node:crypto';
import type {
  KindPreference,
  NotificationPreferences,
  PreferencesChange,
  PushKey,
  PushSubscriptionInput,
  Unsubscribed,
} from '../../../core/contracts/notifications';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import { isPrivateHost } from '../../platform/notifications/push-host';
import { readUnsubscribeToken } from '../../platform/notifications/unsubscribe';
import type { Platform } from '../../platform/platform';
import { allKinds, type KindDefinition, kindOf } from './kinds';
import * as store from './store';

export const definitionOf = (kind: string): KindDefinition => {
  const definition = kindOf(kind);
  if (!definition) throw new Error(`Unknown notification kind ${kind}`);
  return definition;
};

/** A person's channels for one kind: what they chose, or the kind's defaults. */
export async function preferenceFor(
  db: Db,
  personId: string,
  definition: KindDefinition,
): Promise<KindPreference> {
  const saved = await store.findPreference(db, personId, definition.kind);
  return saved
    ? { kind: definition.kind, inApp: saved.inApp, push: saved.push, email: saved.email }
    : { kind: definition.kind, ...definition.defaults };
}

/** What a person chooses: channels per kind, quiet hours, push on their devices, and unsubscribing from email. */
export function createNotificationSettings(
  platform: Platform,
  publicKey: string,
  options: { allowPrivatePushHosts?: boolean } = {},
) {
  const { db } = platform.database;
  const { clock } = platform;

  async function preferences(personId: string, timeZone: string): Promise<NotificationPreferences> {
    const saved = new Map((await store.listPreferences(db, personId)).map((p) => [p.kind, p]));
    const hours = await store.findQuietHours(db, personId);
    return {
      kinds: allKinds().map((d) => {
        const s = saved.get(d.kind);
        return s
          ? { kind: d.kind, inApp: s.inApp, push: s.push, email: s.email }
          : { kind: d.kind, ...d.defaults };
      }),
      quietHours: hours ? { start: hours.start, end: hours.end } : null,
      timeZone,
    };
  }

  return {
    preferences,

    async changePreferences(personId: string, timeZone: string, change: PreferencesChange) {
      for (const item of change.kinds ?? []) {
        const current = await preferenceFor(db, personId, definitionOf(item.kind));
        await store.savePreference(db, { personId, ...current, ...item });
      }
      if (change.quietHours !== undefined) {
        const hours =
          change.quietHours && change.quietHours.start !== change.quietHours.end ? change.quietHours : null;
        await store.saveQuietHours(db, personId, hours);
      }
      return preferences(personId, timeZone);
    },

    async pushKey(personId: string): Promise<PushKey> {
      return { publicKey, subscriptions: (await store.listSubscriptions(db, personId)).length };
    },

    async subscribe(personId: string, subscription: PushSubscriptionInput): Promise<void> {
      if (!options.allowPrivatePushHosts && isPrivateHost(new URL(subscription.endpoint).hostname)) {
        throw new AppError('VALIDATION', 400, 'endpoint: must be a push service on the internet', {
          endpoint: 'must be a push service on the internet',
        });
      }
      await store.saveSubscription(db, {
        id: randomUUID(),
        personId,
        endpoint: subscription.endpoint,
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
        createdAt: clock.now(),
      });
    },

    async unsubscribePush(personId: string, endpoint: string): Promise<void> {
      await store.deleteSubscription(db, personId, endpoint);
    },

    /** Turns one kind of email off for the person a signed link names. Saying it twice is fine. */
    async unsubscribe(token: string): Promise<Unsubscribed> {
      const named = readUnsubscribeToken(platform.config.sessionSecret, token);
      const definition = named && kindOf(named.kind);
      if (!named || !definition || !(await store.findRecipient(db, named.personId))) {
        throw new AppError(
          'UNSUBSCRIBE_LINK_INVALID',
          404,
          'This link doesn’t work. You can choose what Tend sends you in its settings.',
        );
      }
      const current = await preferenceFor(db, named.personId, definition);
      await store.savePreference(db, { personId: named.personId, ...current, email: false });
      return { kind: definition.kind };
    },
  };
}
