import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A repair script: apology, understanding, plan to change. A draft is its author's alone; once
 * sent, the two partners see it and nobody else.
 */
export const repair = pgTable(
  'repair',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    // A plain id: a sent repair stays with its reader; deleting an account removes its drafts by hand.
    personId: text('person_id').notNull(),
    // Set when sent. A plain id: what was sent stays part of the space's history.
    recipientId: text('recipient_id'),
    apology: text('apology').notNull(),
    understanding: text('understanding').notNull(),
    plan: text('plan').notNull(),
    status: text('status').notNull(),
    reply: text('reply'),
    sentAt: at('sent_at'),
    answeredAt: at('answered_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('repair_space_idx').on(t.spaceId, t.updatedAt)],
);

/** The "after a fight" process between the two partners; the row holds its state machine. */
export const afterFight = pgTable(
  'after_fight',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => space.id, { onDelete: 'cascade' }),
    starterId: text('starter_id').notNull(),
    partnerId: text('partner_id').notNull(),
    phase: text('phase').notNull(),
    doneBy: text('done_by').array().notNull(),
    createdAt: at('created_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    index('after_fight_space_idx').on(t.spaceId, t.createdAt),
    // One at a time per space, even when both partners ask at the same moment.
    uniqueIndex('after_fight_one_open_per_space').on(t.spaceId).where(sql`${t.endedAt} is null`),
  ],
);

/**
 * What one partner wrote at one step. Plans (step `plan`) are the constructive plans both see at
 * the end; each is its own row so it can be taken further on its own.
 */
export const afterFightEntry = pgTable(
  'after_fight_entry',
  {
    id: uuid('id').primaryKey(),
    afterFightId: uuid('after_fight_id')
      .notNull()
      .references(() => afterFight.id, { onDelete: 'cascade' }),
    personId: text('person_id').notNull(),
    step: text('step').notNull(),
    feelings: text('feelings').array().notNull(),
    text: text('text'),
    createdAt: at('created_at').notNull(),
    /** A plan its author proposed as an agreement: the proposal's id (kept as a plain id). */
    agreementId: uuid('agreement_id'),
  },
  (t) => [unique('after_fight_entry_once').on(t.afterFightId, t.personId, t.step)],
);
