import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A challenge the two work on together; the row holds where it has got to. */
export const problem = pgTable(
  'problem',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    challenge: text('challenge').notNull(),
    // A plain id: the challenge stays the space's when its starter leaves.
    startedBy: text('started_by').notNull(),
    phase: text('phase').notNull(),
    doneBy: text('done_by').array().notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('problem_space_idx').on(t.spaceId, t.updatedAt)],
);

/** One idea from the brainstorm, kept as written: nobody rates or comments on it. */
export const problemIdea = pgTable(
  'problem_idea',
  {
    id: uuid('id').primaryKey(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problem.id, { onDelete: 'cascade' }),
    personId: text('person_id').notNull(),
    text: text('text').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('problem_idea_problem_idx').on(t.problemId, t.createdAt)],
);

/** An idea tried for a while. One runs per space at a time, even when both pick at once. */
export const experiment = pgTable(
  'experiment',
  {
    id: uuid('id').primaryKey(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problem.id, { onDelete: 'cascade' }),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => problemIdea.id, { onDelete: 'cascade' }),
    chosenBy: text('chosen_by').notNull(),
    /** The trial's last day (YYYY-MM-DD); from then on it is looked back on. */
    endsOn: text('ends_on').notNull(),
    status: text('status').notNull(),
    adoptedAs: text('adopted_as'),
    agreementId: uuid('agreement_id'),
    ritualId: uuid('ritual_id'),
    createdAt: at('created_at').notNull(),
    closedAt: at('closed_at'),
  },
  (t) => [
    index('experiment_problem_idx').on(t.problemId, t.createdAt),
    uniqueIndex('experiment_one_running_per_space').on(t.spaceId).where(sql`${t.status} = 'running'`),
  ],
);

/** Whether the experiment helped, in one partner's words; the other sees it once both answered. */
export const experimentRating = pgTable(
  'experiment_rating',
  {
    id: uuid('id').primaryKey(),
    experimentId: uuid('experiment_id')
      .notNull()
      .references(() => experiment.id, { onDelete: 'cascade' }),
    // A plain id: a rating the partner has seen stays with the problem when an account is deleted.
    personId: text('person_id').notNull(),
    helped: text('helped').notNull(),
    comment: text('comment'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [unique('experiment_rating_once').on(t.experimentId, t.personId)],
);
