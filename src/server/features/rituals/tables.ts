import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A ritual one partner started: from the library or in their own words, with its rule, local
 * time and the time zone it is kept in. Proposed to the partner, it is theirs to join or decline;
 * until then (or when never proposed) only its proposer sees it.
 */
export const ritual = pgTable(
  'ritual',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    // A plain id: a shared ritual stays with the partner when its proposer's account is deleted.
    proposerId: text('proposer_id').notNull(),
    libraryId: text('library_id'),
    title: text('title').notNull(),
    how: text('how'),
    minutes: integer('minutes').notNull(),
    rule: text('rule').notNull(),
    startDay: text('start_day').notNull(),
    time: text('time').notNull(),
    timeZone: text('time_zone').notNull(),
    isProposed: boolean('is_proposed').notNull(),
    joinedBy: text('joined_by').references(() => person.id, { onDelete: 'set null' }),
    declinedAt: at('declined_at'),
    endedAt: at('ended_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('ritual_space_idx').on(t.spaceId)],
);

/** What happened to one occurrence, named by its day in the ritual's zone. */
export const ritualOccurrence = pgTable(
  'ritual_occurrence',
  {
    ritualId: uuid('ritual_id')
      .notNull()
      .references(() => ritual.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    status: text('status').notNull(),
    movedTo: at('moved_to'),
    loggedBy: text('logged_by').references(() => person.id, { onDelete: 'set null' }),
    loggedAt: at('logged_at').notNull(),
    /** Set once, when both partners had done it: the win is recorded exactly once. */
    winAt: at('win_at'),
  },
  (t) => [primaryKey({ columns: [t.ritualId, t.day] })],
);

/** Each person's "how connected did it feel", 1–5, per occurrence. */
export const ritualFeeling = pgTable(
  'ritual_feeling',
  {
    ritualId: uuid('ritual_id')
      .notNull()
      .references(() => ritual.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    // A plain id: a feeling told to the partner stays part of the shared history.
    personId: text('person_id').notNull(),
    feeling: integer('feeling').notNull(),
    ratedAt: at('rated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ritualId, t.day, t.personId] })],
);

/** How long before an occurrence a person wants to be reminded of a ritual. */
export const ritualReminder = pgTable(
  'ritual_reminder',
  {
    ritualId: uuid('ritual_id')
      .notNull()
      .references(() => ritual.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    leadMinutes: integer('lead_minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ritualId, t.personId] })],
);

/** A person's private calendar link: only a hash of its secret is kept, so a leak of the table opens nothing. */
export const ritualFeed = pgTable('ritual_feed', {
  personId: text('person_id')
    .primaryKey()
    .references(() => person.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: at('created_at').notNull(),
});
