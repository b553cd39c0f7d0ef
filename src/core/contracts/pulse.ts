import { z } from 'zod';
import { CADENCE_KINDS, parseDay, STRESSORS } from '../pulse/days';
import { QUESTION_CATEGORIES } from '../pulse/questions';
import { hasNoControls } from './text';

export const PULSE_TEXT_MAX_LENGTH = 2000;

const Text = z
  .string()
  .trim()
  .min(1)
  .max(PULSE_TEXT_MAX_LENGTH)
  .refine(hasNoControls, 'must not contain control characters');

const Score = z.int().min(1).max(5);

export const PulseDayParamsSchema = z.strictObject({
  day: z.string().refine((day) => parseDay(day) !== null, 'must be a date like 2026-11-25'),
});

export const PulseEntrySchema = z.strictObject({
  closeness: Score,
  energy: Score,
  stressors: z.array(z.enum(STRESSORS)).max(STRESSORS.length),
  note: Text.nullable(),
  isNoteShared: z.boolean(),
  answer: Text.nullable(),
  isAnswerShared: z.boolean(),
  /** "I pulled away today": one's own mark, never shown to the partner. */
  pulledAway: z.boolean().optional(),
});
export type PulseEntry = z.infer<typeof PulseEntrySchema>;

export const CadenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('daily') }),
  z.strictObject({ kind: z.literal('alternate') }),
  z.strictObject({
    kind: z.literal('weekdays'),
    weekdays: z.array(z.int().min(0).max(6)).min(1).max(7),
  }),
]);
export type CadenceChoice = z.infer<typeof CadenceSchema>;

export const PulseSettingsChangeSchema = z.strictObject({
  sharesNumbers: z.boolean().optional(),
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 20:00')
    .nullable()
    .optional(),
});
export type PulseSettingsChange = z.infer<typeof PulseSettingsChangeSchema>;

const CadenceViewSchema = z.object({
  kind: z.enum(CADENCE_KINDS),
  weekdays: z.array(z.number()),
});

const MyPulseSchema = z.object({
  id: z.string(),
  day: z.string(),
  closeness: z.number(),
  energy: z.number(),
  stressors: z.array(z.string()),
  note: z.string().nullable(),
  isNoteShared: z.boolean(),
  answer: z.string().nullable(),
  isAnswerShared: z.boolean(),
  pulledAway: z.boolean(),
  updatedAt: z.string(),
});

/** What the partner may see of a pulse: numbers only if shared, words only if shared. */
const PartnerPulseSchema = z.object({
  id: z.string(),
  day: z.string(),
  closeness: z.number().nullable(),
  energy: z.number().nullable(),
  stressors: z.array(z.string()).nullable(),
  note: z.string().nullable(),
  answer: z.string().nullable(),
});

export const PulseTodaySchema = z.object({
  day: z.string(),
  isPulseDay: z.boolean(),
  nextPulseDay: z.string().nullable(),
  question: z.object({ id: z.string(), category: z.enum(QUESTION_CATEGORIES), text: z.string() }),
  mine: MyPulseSchema.nullable(),
  partner: z
    .object({
      id: z.string(),
      name: z.string(),
      hasCheckedIn: z.boolean(),
      /** Null until your own pulse for today is in. */
      pulse: PartnerPulseSchema.nullable(),
      /** A supportive gesture when the partner shared outside stress. */
      gesture: z.string().nullable(),
    })
    .nullable(),
  cadence: z.object({
    /** The cadence that applies to you today. */
    mine: CadenceViewSchema,
    agreed: CadenceViewSchema.nullable(),
    proposal: CadenceViewSchema.extend({
      isYours: z.boolean(),
      proposedAt: z.string(),
    }).nullable(),
    acceptedAt: z.string().nullable(),
  }),
  settings: z.object({ sharesNumbers: z.boolean(), reminderTime: z.string().nullable() }),
});
export type PulseToday = z.infer<typeof PulseTodaySchema>;
