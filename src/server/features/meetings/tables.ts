import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from '../../platform/auth/tables';
import { space } from '../space/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });
const spaceRef = () =>
  uuid('space_id')
    .notNull()
    .references(() => space.id, { onDelete: 'cascade' });
const by = (name: string) => text(name).references(() => person.id, { onDelete: 'set null' });

/** A shared goal of the space for one topic (money or parenting): what the two work towards. */
export const meetingGoal = pgTable(
  'meeting_goal',
  {
    id: uuid('id').primaryKey(),
    spaceId: spaceRef(),
    topic: text('topic').notNull(),
    wording: text('wording').notNull(),
    writtenBy: by('written_by'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('meeting_goal_space_idx').on(t.spaceId, t.topic)],
);

/** A meeting that was started: its talk, and the two partners' shared notes with their version. */
export const heldMeeting = pgTable(
  'held_meeting',
  {
    id: uuid('id').primaryKey(),
    spaceId: spaceRef(),
    topic: text('topic').notNull(),
    talkId: uuid('talk_id'),
    startedBy: by('started_by'),
    startedAt: at('started_at').notNull(),
    notes: text('notes').notNull(),
    notesVersion: integer('notes_version').notNull(),
    notesBy: by('notes_by'),
    notesAt: at('notes_at'),
  },
  (t) => [index('held_meeting_space_idx').on(t.spaceId, t.topic, t.startedAt)],
);

/** An agenda item: on the next meeting's agenda until a meeting starts and takes it along. */
export const agendaItem = pgTable(
  'agenda_item',
  {
    id: uuid('id').primaryKey(),
    spaceId: spaceRef(),
    topic: text('topic').notNull(),
    meetingId: uuid('meeting_id').references(() => heldMeeting.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').references(() => meetingGoal.id, { onDelete: 'set null' }),
    wording: text('wording').notNull(),
    position: integer('position').notNull(),
    addedBy: by('added_by'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('agenda_item_space_idx').on(t.spaceId, t.topic)],
);

/** A decision made in a meeting; once proposed as an agreement it names that agreement. */
export const meetingDecision = pgTable(
  'meeting_decision',
  {
    id: uuid('id').primaryKey(),
    spaceId: spaceRef(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => heldMeeting.id, { onDelete: 'cascade' }),
    wording: text('wording').notNull(),
    madeBy: by('made_by'),
    agreementId: uuid('agreement_id'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('meeting_decision_meeting_idx').on(t.meetingId)],
);

/** When a topic's meetings recur: proposed by one (in their zone), held once the other accepts. */
export const meetingSchedule = pgTable(
  'meeting_schedule',
  {
    spaceId: spaceRef(),
    topic: text('topic').notNull(),
    rule: text('rule').notNull(),
    startDay: text('start_day').notNull(),
    time: text('time').notNull(),
    timeZone: text('time_zone').notNull(),
    proposedBy: by('proposed_by'),
    proposedAt: at('proposed_at').notNull(),
    acceptedBy: by('accepted_by'),
    acceptedAt: at('accepted_at'),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.topic] })],
);

/** The parenting plan's review date, one per space. */
export const parentingPlan = pgTable('parenting_plan', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => space.id, { onDelete: 'cascade' }),
  reviewOn: text('review_on').notNull(),
  keptBy: by('kept_by'),
  keptAt: at('kept_at'),
});

/** A routine in the parenting plan: the task, who holds it (a partner, both, someone else), when. */
export const planRow = pgTable(
  'plan_row',
  {
    id: uuid('id').primaryKey(),
    spaceId: spaceRef(),
    task: text('task').notNull(),
    /** A partner's id, or null with `whoKind` both or other. */
    whoPersonId: text('who_person_id').references(() => person.id, { onDelete: 'set null' }),
    whoKind: text('who_kind').notNull(),
    otherName: text('other_name'),
    whenText: text('when_text').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('plan_row_space_idx').on(t.spaceId, t.createdAt)],
);
