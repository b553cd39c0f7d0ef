import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** An agreement of a space. Its words live in its versions; this row says which one holds. */
export const agreement = pgTable(
  'agreement',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    source: text('source').notNull(),
    latestNumber: integer('latest_number').notNull(),
    activeNumber: integer('active_number'),
    /** The active version's review date (YYYY-MM-DD); moved on when both keep it. */
    reviewOn: text('review_on'),
    keptBy: text('kept_by').references(() => person.id, { onDelete: 'set null' }),
    keptAt: at('kept_at'),
    retiredBy: text('retired_by').references(() => person.id, { onDelete: 'set null' }),
    retiredAt: at('retired_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('agreement_space_idx').on(t.spaceId, t.createdAt)],
);

/** One wording of an agreement, kept for good: who proposed it, who accepted it, and when. */
export const agreementVersion = pgTable(
  'agreement_version',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreement.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    category: text('category').notNull(),
    wording: text('wording').notNull(),
    reviewOn: text('review_on').notNull(),
    status: text('status').notNull(),
    proposedBy: text('proposed_by').references(() => person.id, { onDelete: 'set null' }),
    proposedAt: at('proposed_at').notNull(),
    acceptedBy: text('accepted_by').references(() => person.id, { onDelete: 'set null' }),
    acceptedAt: at('accepted_at'),
    discussBy: text('discuss_by').references(() => person.id, { onDelete: 'set null' }),
    discussAt: at('discuss_at'),
    talkId: uuid('talk_id'),
  },
  (t) => [uniqueIndex('agreement_version_number_idx').on(t.agreementId, t.number)],
);

/** Something one person needs, theirs alone unless they share it; nothing to accept. */
export const personalNeed = pgTable(
  'personal_need',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    wording: text('wording').notNull(),
    isShared: boolean('is_shared').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('personal_need_space_idx').on(t.spaceId, t.updatedAt)],
);
