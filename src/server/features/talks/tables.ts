import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A structured talk between the two partners. The row holds the talk's state machine; times are
 * stored so that the countdown is worked out from them after any restart.
 */
export const talk = pgTable(
  'talk',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    formatId: text('format_id').notNull(),
    mode: text('mode').notNull(),
    phase: text('phase').notNull(),
    // Plain ids, not references: a talk's history outlives either person's membership.
    inviterId: text('inviter_id').notNull(),
    inviteeId: text('invitee_id').notNull(),
    proposedBy: text('proposed_by').notNull(),
    startsAt: at('starts_at'),
    rulesAcceptedBy: text('rules_accepted_by').array().notNull(),
    speakerId: text('speaker_id'),
    turnNumber: integer('turn_number').notNull(),
    attempt: integer('attempt').notNull(),
    turnMs: integer('turn_ms').notNull(),
    turnStartedAt: at('turn_started_at'),
    frozenAt: at('frozen_at'),
    frozenMs: integer('frozen_ms').notNull(),
    lastActivityAt: at('last_activity_at').notNull(),
    agreedAt: at('agreed_at'),
    begunAt: at('begun_at'),
    endedAt: at('ended_at'),
    endReason: text('end_reason'),
    followUpOf: uuid('follow_up_of'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('talk_space_idx').on(t.spaceId, t.createdAt)],
);

/** What was said in a talk: a turn, a reflection, or a clarification after "partly". */
export const talkEntry = pgTable(
  'talk_entry',
  {
    id: uuid('id').primaryKey(),
    talkId: uuid('talk_id')
      .notNull()
      .references(() => talk.id, { onDelete: 'cascade' }),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    // A plain id: what was said stays in the talk when its speaker deletes their account.
    authorId: text('author_id').notNull(),
    kind: text('kind').notNull(),
    turnNumber: integer('turn_number').notNull(),
    attempt: integer('attempt').notNull(),
    text: text('text'),
    removedAt: at('removed_at'),
    confirmedAt: at('confirmed_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('talk_entry_talk_idx').on(t.talkId, t.createdAt)],
);

/** "I felt heard", private to the person who gave it. */
export const talkRating = pgTable(
  'talk_rating',
  {
    talkId: uuid('talk_id')
      .notNull()
      .references(() => talk.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    feltHeard: integer('felt_heard').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.talkId, t.personId] })],
);
