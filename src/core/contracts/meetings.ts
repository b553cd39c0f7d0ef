import { z } from 'zod';
import { parseDay } from '../agreements/days';
import { parseTimeOfDay } from '../local-time';
import {
  AGENDA_MAX,
  DECISION_MAX_LENGTH,
  GOAL_MAX_LENGTH,
  ITEM_MAX_LENGTH,
  MEETING_TOPICS,
  NOTES_MAX_LENGTH,
  OTHER_NAME_MAX_LENGTH,
  PLAN_WHO,
  TASK_MAX_LENGTH,
  WHEN_MAX_LENGTH,
} from '../meetings/rules';
import { isRitualRule } from '../rituals/recurrence';
import { TALK_MODES } from './talks';
import { hasNoControls, Text } from './text';

const Day = z.string().refine((day) => parseDay(day) !== null, 'must be a date like 2026-11-25');
const Time = z.string().refine((time) => parseTimeOfDay(time) !== null, 'must be a time like 19:30');
const Rule = z
  .string()
  .refine(isRitualRule, 'must be a daily, weekly or monthly rule like FREQ=WEEKLY;BYDAY=SU');
const Topic = z.enum(MEETING_TOPICS);

export const TopicParamsSchema = z.strictObject({ topic: Topic });
export const GoalParamsSchema = z.strictObject({ goalId: z.uuid() });
export const ItemParamsSchema = z.strictObject({ itemId: z.uuid() });
export const HeldMeetingParamsSchema = z.strictObject({ meetingId: z.uuid() });
export const DecisionParamsSchema = z.strictObject({ decisionId: z.uuid() });
export const PlanRowParamsSchema = z.strictObject({ rowId: z.uuid() });

export const GoalInputSchema = z.strictObject({ wording: Text(GOAL_MAX_LENGTH) });
export type GoalInput = z.infer<typeof GoalInputSchema>;

export const NewItemSchema = z.strictObject({
  wording: Text(ITEM_MAX_LENGTH),
  /** The shared goal this item touches, if any. */
  goalId: z.uuid().nullable().optional(),
});
export type NewItem = z.infer<typeof NewItemSchema>;

export const ItemChangeSchema = z
  .strictObject({ wording: Text(ITEM_MAX_LENGTH).optional(), goalId: z.uuid().nullable().optional() })
  .refine((c) => c.wording !== undefined || c.goalId !== undefined, 'say what changes');
export type ItemChange = z.infer<typeof ItemChangeSchema>;

export const StartMeetingSchema = z.strictObject({ mode: z.enum(TALK_MODES) });
export type StartMeeting = z.infer<typeof StartMeetingSchema>;

export const AgendaOrderSchema = z.strictObject({ itemIds: z.array(z.uuid()).max(AGENDA_MAX) });
export type AgendaOrder = z.infer<typeof AgendaOrderSchema>;

export const NotesInputSchema = z.strictObject({
  text: z.string().max(NOTES_MAX_LENGTH).refine(hasNoControls, 'must not contain control characters'),
  /** The version the writer saw; an edit based on an older one is a 409 that carries the newer. */
  basedOn: z.int().min(0).max(1_000_000),
});
export type NotesInput = z.infer<typeof NotesInputSchema>;

export const NewDecisionSchema = z.strictObject({ wording: Text(DECISION_MAX_LENGTH) });
export type NewDecision = z.infer<typeof NewDecisionSchema>;

/** A recurring meeting, kept in the proposer's time zone. */
export const ScheduleInputSchema = z.strictObject({ rule: Rule, startDay: Day, time: Time });
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>;

export const PlanRowInputSchema = z.strictObject({
  task: Text(TASK_MAX_LENGTH),
  who: z.enum(PLAN_WHO),
  /** The name of the person who holds it when it is neither of you (a grandparent, a sitter). */
  otherName: Text(OTHER_NAME_MAX_LENGTH).optional(),
  when: Text(WHEN_MAX_LENGTH),
});
export type PlanRowInput = z.infer<typeof PlanRowInputSchema>;

export const PlanKeepSchema = z.strictObject({ reviewOn: Day.optional() });
export type PlanKeep = z.infer<typeof PlanKeepSchema>;

const PersonSchema = z.object({ id: z.string(), name: z.string(), isYou: z.boolean() });

export const GoalSchema = z.object({ id: z.string(), wording: z.string(), by: PersonSchema.nullable() });
export type Goal = z.infer<typeof GoalSchema>;

export const AgendaItemSchema = z.object({
  id: z.string(),
  wording: z.string(),
  goalId: z.string().nullable(),
  by: PersonSchema.nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const DecisionSchema = z.object({
  id: z.string(),
  wording: z.string(),
  by: PersonSchema.nullable(),
  /** Set once the decision was proposed as an agreement. */
  agreementId: z.string().nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const NotesSchema = z.object({
  text: z.string(),
  version: z.int(),
  by: PersonSchema.nullable(),
  at: z.string().nullable(),
});
export type Notes = z.infer<typeof NotesSchema>;

export const HeldMeetingSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  startedBy: PersonSchema.nullable(),
  talkId: z.string().nullable(),
  agenda: z.array(AgendaItemSchema),
  notes: NotesSchema,
  decisions: z.array(DecisionSchema),
});
export type HeldMeeting = z.infer<typeof HeldMeetingSchema>;

export const MeetingScheduleSchema = z.object({
  rule: z.string(),
  startDay: z.string(),
  time: z.string(),
  timeZone: z.string(),
  proposedBy: PersonSchema.nullable(),
  isAccepted: z.boolean(),
  canAccept: z.boolean(),
  /** The next meeting's start, once both agreed to the schedule. */
  next: z.string().nullable(),
});
export type MeetingSchedule = z.infer<typeof MeetingScheduleSchema>;

export const MeetingRoomSchema = z.object({
  topic: Topic,
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  goals: z.array(GoalSchema),
  agenda: z.array(AgendaItemSchema),
  schedule: MeetingScheduleSchema.nullable(),
  /** The latest first. */
  meetings: z.array(HeldMeetingSchema),
});
export type MeetingRoom = z.infer<typeof MeetingRoomSchema>;

export const PlanWhoSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), name: z.string(), isYou: z.boolean() }),
  z.object({ kind: z.literal('both') }),
  z.object({ kind: z.literal('other'), name: z.string() }),
]);

export const PlanRowSchema = z.object({
  id: z.string(),
  task: z.string(),
  who: PlanWhoSchema,
  when: z.string(),
});
export type PlanRow = z.infer<typeof PlanRowSchema>;

export const ParentingPlanSchema = z.object({
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  today: z.string(),
  reviewOn: z.string().nullable(),
  isDue: z.boolean(),
  rows: z.array(PlanRowSchema),
});
export type ParentingPlan = z.infer<typeof ParentingPlanSchema>;

export const MeetingsDueSchema = z.object({
  /** Topics with a meeting today in the reader's zone. */
  today: z.array(Topic),
  isPlanReviewDue: z.boolean(),
});
export type MeetingsDue = z.infer<typeof MeetingsDueSchema>;
