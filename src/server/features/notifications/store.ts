import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { notification, notificationPreference, pushSubscription, quietHours } from './tables';

export async function findRecipient(db: Db, personId: string) {
  const [row] = await db
    .select({
      id: person.id,
      name: person.name,
      email: person.email,
      timeZone: person.timeZone,
      locale: person.locale,
    })
    .from(person)
    .where(eq(person.id, personId));
  return row ?? null;
}

export function listPreferences(db: Db, personId: string) {
  return db.select().from(notificationPreference).where(eq(notificationPreference.personId, personId));
}

export async function findPreference(db: Db, personId: string, kind: string) {
  const [row] = await db
    .select()
    .from(notificationPreference)
    .where(and(eq(notificationPreference.personId, personId), eq(notificationPreference.kind, kind)));
  return row ?? null;
}

export async function savePreference(db: Db, row: typeof notificationPreference.$inferInsert): Promise<void> {
  await db
    .insert(notificationPreference)
    .values(row)
    .onConflictDoUpdate({
      target: [notificationPreference.personId, notificationPreference.kind],
      set: { inApp: row.inApp, push: row.push, email: row.email },
    });
}

export async function findQuietHours(db: Db, personId: string) {
  const [row] = await db.select().from(quietHours).where(eq(quietHours.personId, personId));
  return row ?? null;
}

export async function saveQuietHours(db: Db, personId: string, hours: { start: string; end: string } | null) {
  if (!hours) {
    await db.delete(quietHours).where(eq(quietHours.personId, personId));
    return;
  }
  await db
    .insert(quietHours)
    .values({ personId, ...hours })
    .onConflictDoUpdate({ target: quietHours.personId, set: hours });
}

export async function insertNotification(db: Db, row: typeof notification.$inferInsert): Promise<void> {
  await db.insert(notification).values(row);
}

export async function findNotification(db: Db, notificationId: string) {
  const [row] = await db.select().from(notification).where(eq(notification.id, notificationId));
  return row ?? null;
}

export function listNotifications(db: Db, personId: string, limit: number) {
  return db
    .select()
    .from(notification)
    .where(and(eq(notification.personId, personId), eq(notification.isInApp, true)))
    .orderBy(desc(notification.createdAt))
    .limit(limit);
}

export async function countUnread(db: Db, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notification)
    .where(
      and(eq(notification.personId, personId), eq(notification.isInApp, true), isNull(notification.readAt)),
    );
  return Number(row?.n ?? 0);
}

/** Marks one of the person's own notifications read; false when they have no such notification. */
export async function markRead(
  db: Db,
  personId: string,
  notificationId: string,
  now: Date,
): Promise<boolean> {
  const [row] = await db
    .select({ readAt: notification.readAt })
    .from(notification)
    .where(and(eq(notification.id, notificationId), eq(notification.personId, personId)));
  if (!row) return false;
  if (!row.readAt) {
    await db
      .update(notification)
      .set({ readAt: now })
      .where(and(eq(notification.id, notificationId), eq(notification.personId, personId)));
  }
  return true;
}

export async function markAllRead(db: Db, personId: string, now: Date): Promise<void> {
  await db
    .update(notification)
    .set({ readAt: now })
    .where(and(eq(notification.personId, personId), isNull(notification.readAt)));
}

export function listSubscriptions(db: Db, personId: string) {
  return db.select().from(pushSubscription).where(eq(pushSubscription.personId, personId));
}

export async function findSubscription(db: Db, subscriptionId: string) {
  const [row] = await db.select().from(pushSubscription).where(eq(pushSubscription.id, subscriptionId));
  return row ?? null;
}

/**
 * Saves a browser's subscription. The same browser signed in to another account moves it there;
 * that takes the browser's keys too, so knowing someone's endpoint alone takes nothing.
 */
export async function saveSubscription(db: Db, row: typeof pushSubscription.$inferInsert): Promise<void> {
  await db
    .insert(pushSubscription)
    .values(row)
    .onConflictDoUpdate({
      target: pushSubscription.endpoint,
      set: { personId: row.personId, createdAt: row.createdAt },
      setWhere: and(eq(pushSubscription.p256dh, row.p256dh), eq(pushSubscription.auth, row.auth)),
    });
}

export async function deleteSubscription(db: Db, personId: string, endpoint: string): Promise<void> {
  await db
    .delete(pushSubscription)
    .where(and(eq(pushSubscription.personId, personId), eq(pushSubscription.endpoint, endpoint)));
}

export async function deleteSubscriptionById(db: Db, subscriptionId: string): Promise<void> {
  await db.delete(pushSubscription).where(eq(pushSubscription.id, subscriptionId));
}

/** A person's notifications and choices; a push subscription without its keys. */
export async function listNotificationsOf(db: Db, personId: string) {
  const notifications = await db
    .select()
    .from(notification)
    .where(eq(notification.personId, personId))
    .orderBy(asc(notification.createdAt));
  const preferences = await listPreferences(db, personId);
  const quiet = await findQuietHours(db, personId);
  const devices = await db
    .select({ endpoint: pushSubscription.endpoint, createdAt: pushSubscription.createdAt })
    .from(pushSubscription)
    .where(eq(pushSubscription.personId, personId));
  return { notifications, preferences, quietHours: quiet, pushDevices: devices };
}
