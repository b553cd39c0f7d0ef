import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A pause one partner asked for. A space has at most one open pause at a time. */
export const pause = pgTable(
  'pause',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    // A plain id: a pause stays in the space's history when its asker deletes their account.
    personId: text('person_id').notNull(),
    minutes: integer('minutes').notNull(),
    startedAt: at('started_at').notNull(),
    returnAt: at('return_at').notNull(),
    extendedAt: at('extended_at'),
    /** When both were first told the return time had come. */
    returnNoticedAt: at('return_noticed_at'),
    endedAt: at('ended_at'),
    /** How it ended: ended early, came back, or closed itself when nobody did. */
    endKind: text('end_kind'),
    isOnTime: boolean('is_on_time'),
  },
  (t) => [
    index('pause_space_idx').on(t.spaceId, t.startedAt),
    uniqueIndex('pause_one_open_per_space').on(t.spaceId).where(sql`${t.endedAt} is null`),
  ],
);
