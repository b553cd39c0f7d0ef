import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A private journal entry: its author's alone. It carries no space id on purpose, so no query
 * about a space can ever reach it.
 */
export const journalEntry = pgTable(
  'journal_entry',
  {
    id: uuid('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    promptId: text('prompt_id'),
    feelings: text('feelings').array().notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('journal_entry_person_idx').on(t.personId, t.createdAt)],
);

/**
 * A note shared with the partner: a copy of words taken at the moment of sharing. It has no link
 * back to the journal entry, so changing or deleting the entry never changes it.
 */
export const sharedNote = pgTable(
  'shared_note',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    // A plain id: a shared note stays with the partner when its author deletes their account.
    authorId: text('author_id').notNull(),
    text: text('text').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('shared_note_space_idx').on(t.spaceId, t.createdAt)],
);
