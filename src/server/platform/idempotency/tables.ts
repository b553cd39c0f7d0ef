import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { person } from '../auth/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The first answer to a request sent with an `Idempotency-Key`, so that a retry of it gets the
 * same answer instead of doing the thing twice. The answer can hold words a person wrote: it is
 * kept only until `expires_at` (an hour), goes with its person, and is never logged.
 */
export const idempotentRequest = pgTable(
  'idempotent_request',
  {
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    /** The route's method and pattern, e.g. `POST /api/journal`. */
    route: text('route').notNull(),
    key: text('key').notNull(),
    /** A hash of the request's address and body: the same key with another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    /** Null while the first request is still being answered. */
    status: integer('status'),
    body: text('body'),
    startedAt: at('started_at').notNull(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.route, t.key] }),
    index('idempotent_request_expires_idx').on(t.expiresAt),
  ],
);
