/**
 * How a ritual is going, and what might help: keep it, give it more room, adjust when or how it
 * happens, or swap it for another. Always with its reason, and never as a grade: a ritual that
 * doesn't fit is the ritual's problem, not the couple's.
 */

export const OCCURRENCE_STATUSES = ['done', 'skipped', 'moved'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export const SUGGESTION_KINDS = ['keep', 'expand', 'adjust', 'swap'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_REASONS = [
  'too-early',
  'steady',
  'close-and-kept',
  'hard-to-fit',
  'feeling-falling',
  'feels-distant',
  'rarely-done',
] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export type Trend = 'rising' | 'steady' | 'falling';

export interface RitualHistory {
  /** Occurrences that have come due so far (in the window looked at). */
  due: number;
  done: number;
  /** "How connected did it feel", one number per occurrence, oldest first. */
  feelings: readonly number[];
}

export interface RitualStats {
  due: number;
  done: number;
  /** Done out of due, 0–1; null before anything came due. */
  completion: number | null;
  averageFeeling: number | null;
  trend: Trend | null;
  suggestion: { kind: SuggestionKind; reason: SuggestionReason };
}

/** Fewer occurrences than this and it is too early to say anything. */
export const MIN_DUE_FOR_SUGGESTION = 3;
/** A trend needs this many rated occurrences. */
export const MIN_FEELINGS_FOR_TREND = 4;

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** The later half of the feelings against the earlier half: a change of ¾ point or more counts. */
export function trendOf(feelings: readonly number[]): Trend | null {
  if (feelings.length < MIN_FEELINGS_FOR_TREND) return null;
  const half = Math.floor(feelings.length / 2);
  const earlier = mean(feelings.slice(0, half)) ?? 0;
  const later = mean(feelings.slice(feelings.length - half)) ?? 0;
  if (later - earlier >= 0.75) return 'rising';
  if (later - earlier <= -0.75) return 'falling';
  return 'steady';
}

/** The ritual's numbers and the suggestion that follows from them, checked in this order. */
export function ritualStats(history: RitualHistory): RitualStats {
  const completion = history.due > 0 ? Math.min(1, history.done / history.due) : null;
  const average = mean(history.feelings);
  const trend = trendOf(history.feelings);
  const stats = {
    due: history.due,
    done: history.done,
    completion: completion === null ? null : round(completion, 2),
    averageFeeling: average === null ? null : round(average, 1),
    trend,
  };
  return { ...stats, suggestion: suggest(completion, average, trend, history.due) };
}

function suggest(
  completion: number | null,
  average: number | null,
  trend: Trend | null,
  due: number,
): RitualStats['suggestion'] {
  if (completion === null || due < MIN_DUE_FOR_SUGGESTION) return { kind: 'keep', reason: 'too-early' };
  // It happens but does not bring you closer: another ritual may suit you better.
  if (average !== null && average < 2.5) return { kind: 'swap', reason: 'feels-distant' };
  // It hardly ever happens and, when it does, it isn't special.
  if (completion < 0.34 && (average === null || average < 3.5))
    return { kind: 'swap', reason: 'rarely-done' };
  // Good when it happens but hard to fit in: another time or a lighter rhythm.
  if (completion < 0.6) return { kind: 'adjust', reason: 'hard-to-fit' };
  if (trend === 'falling') return { kind: 'adjust', reason: 'feeling-falling' };
  // Kept and felt: it may be worth more time.
  if (completion >= 0.8 && average !== null && average >= 4)
    return { kind: 'expand', reason: 'close-and-kept' };
  return { kind: 'keep', reason: 'steady' };
}
