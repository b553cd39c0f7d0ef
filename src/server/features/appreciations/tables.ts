import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A short note of thanks from one partner to the other; only the two of them ever see it. */
export const appreciation = pgTable(
  'appreciation',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    // Plain ids, not references: a note stays in the reader's history when its writer deletes their account.
    personId: text('person_id').notNull(),
    recipientId: text('recipient_id').notNull(),
    text: text('text').notNull(),
    readAt: at('read_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('appreciation_space_idx').on(t.spaceId, t.createdAt)],
);

/** A small kindness one partner did, logged for both to see. */
export const gesture = pgTable(
  'gesture',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    // A plain id: the gesture stays in the space's history when its giver deletes their account.
    personId: text('person_id').notNull(),
    kind: text('kind').notNull(),
    text: text('text'),
    isForPartner: boolean('is_for_partner').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('gesture_space_idx').on(t.spaceId, t.createdAt)],
);

/** Something that went well: noticed by hand, or recorded from a talk or a pause. */
export const win = pgTable(
  'win',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => person.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    text: text('text'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('win_space_idx').on(t.spaceId, t.createdAt)],
);
