import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One entry of the instance's local services directory. The operator curates it; everyone signed
 * in reads it. No row here says who looked at it or what they searched for.
 */
export const localService = pgTable('local_service', {
  id: uuid('id').primaryKey(),
  /** The operator's own key from the CSV file, or the name and area: importing again updates by it. */
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  area: text('area').notNull(),
  postcodePrefix: text('postcode_prefix'),
  country: text('country'),
  address: text('address'),
  phone: text('phone'),
  web: text('web'),
  languages: text('languages').array().notNull(),
  cost: text('cost').notNull(),
  notes: text('notes'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/** The people who run this instance: they may change the services directory. */
export const operator = pgTable('operator', {
  personId: text('person_id')
    .primaryKey()
    .references(() => person.id, { onDelete: 'cascade' }),
  grantedAt: at('granted_at').notNull(),
});
