import { pgTable, text } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';

/**
 * When the suggestion of professional support was last shown to a person and when they set it
 * aside, as days in their own time zone. It comes back at most once every four weeks.
 */
export const insightsDistance = pgTable('insights_distance', {
  personId: text('person_id')
    .primaryKey()
    .references(() => person.id, { onDelete: 'cascade' }),
  shownOn: text('shown_on'),
  dismissedOn: text('dismissed_on'),
});
