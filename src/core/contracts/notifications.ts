import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../notification-kinds';

export { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds';

export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);

/** One notification in the centre, in the reader's words; never anything a person wrote. */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: NotificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** Where in the app it leads. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const NotificationIdParamsSchema = z.strictObject({ notificationId: z.uuid() });

const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 22:00');

export const QuietHoursSchema = z.strictObject({ start: TimeOfDaySchema, end: TimeOfDaySchema });

export const KindPreferenceSchema = z.object({
  kind: NotificationKindSchema,
  inApp: z.boolean(),
  push: z.boolean(),
  email: z.boolean(),
});
export type KindPreference = z.infer<typeof KindPreferenceSchema>;

export const NotificationPreferencesSchema = z.object({
  kinds: z.array(KindPreferenceSchema),
  /** Push and email wait until quiet hours end; the notification centre still gets them. */
  quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** Quiet hours and reminders follow this zone (the person's own, from their profile). */
  timeZone: z.string(),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

export const PreferencesChangeSchema = z.strictObject({
  kinds: z
    .array(
      z.strictObject({
        kind: NotificationKindSchema,
        inApp: z.boolean().optional(),
        push: z.boolean().optional(),
        email: z.boolean().optional(),
      }),
    )
    .max(NOTIFICATION_KINDS.length)
    .optional(),
  quietHours: QuietHoursSchema.nullable().optional(),
});
export type PreferencesChange = z.infer<typeof PreferencesChangeSchema>;

const Base64UrlSchema = z
  .string()
  .min(16)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+=*$/, 'must be base64url');

/** What a browser's PushManager hands over; push services always speak https. */
export const PushSubscriptionSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https$/ }).max(1000),
  keys: z.strictObject({ p256dh: Base64UrlSchema, auth: Base64UrlSchema }),
});
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionSchema>;

export const PushSubscriptionRemovalSchema = z.strictObject({ endpoint: z.url().max(1000) });

export const PushKeySchema = z.object({ publicKey: z.string(), subscriptions: z.number().int() });
export type PushKey = z.infer<typeof PushKeySchema>;

export const UnsubscribeParamsSchema = z.strictObject({ token: z.string().min(10).max(200) });
export const UnsubscribedSchema = z.object({ kind: NotificationKindSchema });
export type Unsubscribed = z.infer<typeof UnsubscribedSchema>;
