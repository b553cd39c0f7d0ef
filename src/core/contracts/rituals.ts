import { z } from 'zod';
import { parseTimeOfDay } from '../local-time';
import { parseDay } from '../pulse/days';
import {
  REMINDER_LEADS,
  RITUAL_HOW_MAX_LENGTH,
  RITUAL_LIBRARY,
  RITUAL_MINUTES_MAX,
  RITUAL_TITLE_MAX_LENGTH,
} from '../rituals/library';
import { isRitualRule } from '../rituals/recurrence';
import { OCCURRENCE_STATUSES, SUGGESTION_KINDS, SUGGESTION_REASONS } from '../rituals/suggestion';
import { Text } from './text';

const Day = z.string().refine((day) => parseDay(day) !== null, 'must be a date like 2026-11-25');
const Time = z.string().refine((time) => parseTimeOfDay(time) !== null, 'must be a time like 19:30');
const Rule = z
  .string()
  .refine(isRitualRule, 'must be a daily, weekly or monthly rule like FREQ=WEEKLY;BYDAY=SA');
const Minutes = z.int().min(1).max(RITUAL_MINUTES_MAX);
const libraryIds = RITUAL_LIBRARY.map((r) => r.id) as [string, ...string[]];

export const RitualParamsSchema = z.strictObject({ ritualId: z.uuid() });
export const OccurrenceParamsSchema = z.strictObject({ ritualId: z.uuid(), day: Day });
export const FeedParamsSchema = z.strictObject({
  feedToken: z.string().regex(/^[\w-]{43}\.ics$/, 'must be a calendar link'),
});

/** A ritual from the library (its words come from there) or in one's own words. */
export const NewRitualSchema = z
  .strictObject({
    libraryId: z.enum(libraryIds).nullable(),
    title: Text(RITUAL_TITLE_MAX_LENGTH).nullable().optional(),
    how: Text(RITUAL_HOW_MAX_LENGTH).nullable().optional(),
    minutes: Minutes,
    rule: Rule,
    time: Time,
    startDay: Day.optional(),
    isProposed: z.boolean(),
  })
  .refine((r) => r.libraryId !== null || !!r.title, {
    message: 'a ritual of your own needs a name',
    path: ['title'],
  });
export type NewRitual = z.infer<typeof NewRitualSchema>;

export const RitualChangeSchema = z.strictObject({
  minutes: Minutes.optional(),
  rule: Rule.optional(),
  time: Time.optional(),
  isProposed: z.boolean().optional(),
});
export type RitualChange = z.infer<typeof RitualChangeSchema>;

export const RitualAnswerSchema = z.strictObject({ answer: z.enum(['join', 'decline', 'leave']) });
export type RitualAnswer = z.infer<typeof RitualAnswerSchema>;

export const OccurrenceLogSchema = z
  .strictObject({
    status: z.enum(OCCURRENCE_STATUSES),
    movedTo: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((log) => log.status !== 'moved' || !!log.movedTo, {
    message: 'a moved ritual needs its new time',
    path: ['movedTo'],
  });
export type OccurrenceLog = z.infer<typeof OccurrenceLogSchema>;

export const FeelingSchema = z.strictObject({ feeling: z.int().min(1).max(5) });

export const ReminderSchema = z.strictObject({
  leadMinutes: z
    .int()
    .refine((n) => (REMINDER_LEADS as readonly number[]).includes(n), 'must be one of the offered times')
    .nullable(),
});

const Person = z.object({ id: z.string(), name: z.string(), isYou: z.boolean() });
const NextSchema = z.object({ day: z.string(), startsAt: z.string() });

export const RitualSchema = z.object({
  id: z.string(),
  libraryId: z.string().nullable(),
  title: z.string(),
  how: z.string().nullable(),
  minutes: z.number(),
  rule: z.string(),
  time: z.string(),
  timeZone: z.string(),
  startDay: z.string(),
  proposer: Person,
  isProposed: z.boolean(),
  /** The partner's answer to a proposal: null while it is one person's own. */
  partnerAnswer: z.enum(['waiting', 'joined', 'declined']).nullable(),
  /** Whether the reader does this ritual (started it, or joined it). */
  isTakingPart: z.boolean(),
  next: NextSchema.nullable(),
  reminderLead: z.number().nullable(),
});

export const OccurrenceSchema = z.object({
  day: z.string(),
  startsAt: z.string(),
  status: z.enum(OCCURRENCE_STATUSES).nullable(),
  movedTo: z.string().nullable(),
  myFeeling: z.number().nullable(),
  /** Shown once the reader has said how it felt too. */
  partnerFeeling: z.number().nullable(),
  hasPartnerRated: z.boolean(),
});

export const RitualStatsSchema = z.object({
  due: z.number(),
  done: z.number(),
  completion: z.number().nullable(),
  averageFeeling: z.number().nullable(),
  trend: z.enum(['rising', 'steady', 'falling']).nullable(),
  suggestion: z.object({ kind: z.enum(SUGGESTION_KINDS), reason: z.enum(SUGGESTION_REASONS) }),
});

export const RitualDetailSchema = z.object({
  ritual: RitualSchema,
  occurrences: z.array(OccurrenceSchema),
  stats: RitualStatsSchema,
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const RitualListSchema = z.object({
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  rituals: z.array(RitualSchema),
  /** The next ritual the reader takes part in, for home. */
  next: z.object({ ritualId: z.string(), title: z.string(), startsAt: z.string() }).nullable(),
  hasFeed: z.boolean(),
});

export const FeedLinkSchema = z.object({ url: z.string() });

export type Ritual = z.infer<typeof RitualSchema>;
export type Occurrence = z.infer<typeof OccurrenceSchema>;
export type RitualStatsView = z.infer<typeof RitualStatsSchema>;
export type RitualDetail = z.infer<typeof RitualDetailSchema>;
export type RitualList = z.infer<typeof RitualListSchema>;
export type FeedLink = z.infer<typeof FeedLinkSchema>;
