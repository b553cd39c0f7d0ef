import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';

/**
 * One notification for one person. `params` hold the partner's display name and ids, never
 * anything a person wrote; the words are made from the kind when it is read, in the reader's
 * language. A row hidden from the centre (in-app turned off) still carries push and email.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull(),
    isInApp: boolean('is_in_app').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notification_person_idx').on(t.personId, t.createdAt)],
);

/** A person's choice of channels for one kind; absent rows mean the kind's defaults. */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    inApp: boolean('in_app').notNull(),
    push: boolean('push').notNull(),
    email: boolean('email').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind] })],
);

/** Quiet hours as local times of day ("22:00"), read in the person's own time zone. */
export const quietHours = pgTable('quiet_hours', {
  personId: text('person_id')
    .primaryKey()
    .references(() => person.id, { onDelete: 'cascade' }),
  start: text('start').notNull(),
  end: text('end').notNull(),
});

/** A browser that asked for push notifications. */
export const pushSubscription = pgTable(
  'push_subscription',
  {
    id: uuid('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull().unique(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('push_subscription_person_idx').on(t.personId)],
);
