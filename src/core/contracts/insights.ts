import { z } from 'zod';
import { INSIGHT_WORDS, type WordKey } from '../insights/words';
import { STRESSORS } from '../pulse/days';

/** What the insights room answers: one person's patterns, and the partner's shared numbers only. */

const Day = z.string();
const Mean = z.number().nullable();

const TrendPointSchema = z.strictObject({ day: Day, closeness: Mean, energy: Mean, count: z.int() });
const IntervalSchema = z.strictObject({ low: z.number(), high: z.number() });
const ReadingSchema = z.enum(['higher', 'lower', 'unclear', 'too-few']);
const comparison = {
  withDays: z.int(),
  withoutDays: z.int(),
  difference: z.number().nullable(),
  interval: IntervalSchema.nullable(),
  reading: ReadingSchema,
};
const KeptSchema = z.strictObject({ done: z.int(), of: z.int() });

const WORD_KEYS = Object.keys(INSIGHT_WORDS) as [WordKey, ...WordKey[]];
export const WordingSchema = z.strictObject({
  key: z.enum(WORD_KEYS),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const InsightsSchema = z.strictObject({
  today: Day,
  /** Days needed on each side before a comparison says anything. */
  minDays: z.int(),
  trend: z.array(TrendPointSchema),
  /** The partner's shared numbers as a trend; null when they share none. */
  partnerTrend: z.array(TrendPointSchema).nullable(),
  partnerName: z.string().nullable(),
  withdrawal: z.array(z.strictObject({ first: Day, last: Day, days: z.int(), isMarked: z.boolean() })),
  responsiveness: z.array(
    z.strictObject({
      first: Day,
      last: Day,
      pulses: KeptSchema,
      rituals: KeptSchema,
      pauses: KeptSchema,
      reflections: KeptSchema,
      talkTimes: KeptSchema,
      commitments: KeptSchema,
    }),
  ),
  whatHelps: z.array(z.strictObject({ practice: z.string(), ...comparison })),
  stressors: z.array(z.strictObject({ stressor: z.enum(STRESSORS), ...comparison })),
  /** The gentle suggestion of professional support, when it should show. */
  distance: WordingSchema.nullable(),
});
export type InsightsView = z.infer<typeof InsightsSchema>;

export const WeekSummarySchema = z.strictObject({
  first: Day,
  last: Day,
  wins: z.array(WordingSchema),
  helped: WordingSchema,
  suggestion: WordingSchema,
});
export type WeekSummaryView = z.infer<typeof WeekSummarySchema>;
