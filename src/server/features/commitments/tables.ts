import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Something one person said they would do: theirs alone unless they share it. It goes with its
 * person when they delete their account, like a personal need.
 */
export const commitment = pgTable(
  'commitment',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    // A plain id of the talk, repair or after-a-fight plan it came from: those outlive it or not.
    sourceId: uuid('source_id'),
    text: text('text').notNull(),
    dueOn: text('due_on'),
    status: text('status').notNull(),
    settledAt: at('settled_at'),
    isShared: boolean('is_shared').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('commitment_person_idx').on(t.personId, t.createdAt),
    index('commitment_space_idx').on(t.spaceId),
    // A repair's plan or an after-a-fight plan lands on its author's list once, however often asked.
    uniqueIndex('commitment_from_plan_once')
      .on(t.personId, t.sourceId)
      .where(sql`${t.source} in ('repair', 'after_fight')`),
  ],
);
