import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Cadence } from '../../../core/pulse/days';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * How often a space checks in. The agreed cadence applies to both; a proposal waiting for the
 * partner applies to its proposer alone until it is accepted.
 */
export const pulseCadence = pgTable('pulse_cadence', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => space.id, { onDelete: 'cascade' }),
  agreed: jsonb('agreed').$type<Cadence>(),
  agreedProposedBy: text('agreed_proposed_by'),
  agreedProposedAt: at('agreed_proposed_at'),
  acceptedBy: text('accepted_by'),
  acceptedAt: at('accepted_at'),
  proposal: jsonb('proposal').$type<Cadence>(),
  proposedBy: text('proposed_by'),
  proposedAt: at('proposed_at'),
});

/** One person's pulse settings: their own, never the partner's to change. */
export const pulseSetting = pgTable('pulse_setting', {
  personId: text('person_id')
    .primaryKey()
    .references(() => person.id, { onDelete: 'cascade' }),
  sharesNumbers: boolean('shares_numbers').notNull().default(true),
  /** "HH:MM" in the person's own time zone, or null for no reminder. */
  reminderTime: text('reminder_time'),
});

/**
 * One check-in per person per day (the day in their own time zone). The numbers belong to the
 * space when shared; the note and the answer stay the writer's unless they share each one.
 */
export const pulse = pgTable(
  'pulse',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    closeness: integer('closeness').notNull(),
    energy: integer('energy').notNull(),
    stressors: text('stressors').array().notNull(),
    isNumbersShared: boolean('is_numbers_shared').notNull(),
    note: text('note'),
    isNoteShared: boolean('is_note_shared').notNull(),
    questionId: text('question_id').notNull(),
    answer: text('answer'),
    isAnswerShared: boolean('is_answer_shared').notNull(),
    /** The writer's own mark that they pulled away that day: never the partner's to see. */
    pulledAway: boolean('pulled_away').notNull().default(false),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('pulse_one_per_day').on(t.personId, t.day),
    index('pulse_space_day_idx').on(t.spaceId, t.day),
  ],
);
