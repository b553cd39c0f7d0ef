import { z } from 'zod';
import {
  NotificationIdParamsSchema,
  NotificationListSchema,
  NotificationPreferencesSchema,
  PreferencesChangeSchema,
  PushKeySchema,
  PushSubscriptionRemovalSchema,
  PushSubscriptionSchema,
  UnsubscribedSchema,
  UnsubscribeParamsSchema,
} from '../../../core/contracts/notifications';
import { defineRoute, type Route } from '../../platform/http/route';
import type { NotificationService } from './service';

export function notificationRoutes(notifications: NotificationService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/notifications',
      summary: 'Your notifications, newest first, and how many are unread',
      access: 'person',
      response: NotificationListSchema,
      handler: async ({ person }) => notifications.list(person.id, person.locale),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/notifications/read-all',
      summary: 'Mark all your notifications read',
      access: 'person',
      body: z.strictObject({}),
      handler: async ({ person }) => notifications.markAllRead(person.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/notifications/:notificationId/read',
      summary: 'Mark one of your notifications read',
      access: 'person',
      params: NotificationIdParamsSchema,
      body: z.strictObject({}),
      handler: async ({ person, params }) => notifications.markRead(person.id, params.notificationId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/notifications/preferences',
      summary: 'Which channels each kind of notification uses, and your quiet hours',
      access: 'person',
      response: NotificationPreferencesSchema,
      handler: async ({ person }) => notifications.preferences(person.id, person.timeZone),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/notifications/preferences',
      summary: 'Change channels per kind or your quiet hours',
      access: 'person',
      body: PreferencesChangeSchema,
      response: NotificationPreferencesSchema,
      handler: async ({ person, body }) => notifications.changePreferences(person.id, person.timeZone, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/notifications/push',
      summary: 'The key a browser needs to subscribe to push, and how many of yours are subscribed',
      access: 'person',
      response: PushKeySchema,
      handler: async ({ person }) => notifications.pushKey(person.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/notifications/push',
      summary: 'Send push notifications to this browser',
      access: 'person',
      body: PushSubscriptionSchema,
      handler: async ({ person, body }) => notifications.subscribe(person.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/notifications/push/remove',
      summary: 'Stop push notifications to this browser',
      access: 'person',
      body: PushSubscriptionRemovalSchema,
      handler: async ({ person, body }) => notifications.unsubscribePush(person.id, body.endpoint),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/unsubscribe/:token',
      summary: 'Stop one kind of email with the signed link from an email (no sign-in; one-click, RFC 8058)',
      access: 'public',
      params: UnsubscribeParamsSchema,
      response: UnsubscribedSchema,
      handler: async ({ params }) => notifications.unsubscribe(params.token),
    }),
  ];
}
