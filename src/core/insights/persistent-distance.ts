import { dayNumber } from './calendar';
import { type Scored, type WeekMean, weeklyMeans } from './series';
import { type Moment, practiceOf } from './types';

/**
 * Persistent distance: when closeness stays low or keeps falling for three weeks although the two
 * of them keep practising, Tend gently suggests professional support (the support page). Practice
 * alone is not always enough, and saying so early is kinder than letting a hard stretch drag on.
 *
 * The rule, on seven-day weeks counted back from today:
 * - each of the last three weeks has at least two check-ins (fewer and we cannot tell);
 * - and either every one of those weeks has mean closeness ≤ 2.5 (`stays-low`), or each of the
 *   last three weeks is lower than the week before it, by at least half a point in all
 *   (`falling`, which needs the week before them too);
 * - and at least one practice happened in each of the three weeks ("despite practice"; without
 *   practice the gentler first step is a practice, not a referral);
 * - and the suggestion was not shown or dismissed in the last 28 days.
 */

export const LOW_MEAN = 2.5;
export const WEEKS = 3;
export const MIN_CHECK_INS_A_WEEK = 2;
export const MIN_TOTAL_FALL = 0.5;
export const QUIET_DAYS = 28;

export type DistanceReason = 'stays-low' | 'falling';
export type NotShownReason = 'too-few-check-ins' | 'not-low' | 'without-practice' | 'shown-recently';

export type DistanceAdvice =
  | { shouldShow: true; reason: DistanceReason; weeks: WeekMean[] }
  | { shouldShow: false; reason: NotShownReason; weeks: WeekMean[] };

export interface DistanceInput {
  /** The person's own check-ins (the partner's are never part of this). */
  pulses: readonly Scored[];
  moments: readonly Moment[];
  today: string;
  /** The last day the suggestion was shown or dismissed; null if never. */
  lastShown: string | null;
}

export function persistentDistance(input: DistanceInput): DistanceAdvice {
  // The week before the three is needed to see the first fall.
  const weeks = weeklyMeans(input.pulses, input.today, WEEKS + 1);
  const recent = weeks.slice(1);
  const no = (reason: NotShownReason): DistanceAdvice => ({ shouldShow: false, reason, weeks });

  if (recent.some((w) => w.count < MIN_CHECK_INS_A_WEEK)) return no('too-few-check-ins');
  const means = recent.map((w) => w.closeness ?? 0);
  const isLow = means.every((m) => m <= LOW_MEAN);
  const reason: DistanceReason | null = isLow ? 'stays-low' : isFalling(weeks) ? 'falling' : null;
  if (reason === null) return no('not-low');

  const today = dayNumber(input.today);
  const practised = new Set<number>();
  for (const moment of input.moments) {
    if (practiceOf(moment) === null) continue;
    const back = Math.floor((today - dayNumber(moment.day)) / 7);
    if (back >= 0 && back < WEEKS) practised.add(back);
  }
  if (practised.size < WEEKS) return no('without-practice');

  if (input.lastShown !== null && today - dayNumber(input.lastShown) < QUIET_DAYS)
    return no('shown-recently');
  return { shouldShow: true, reason, weeks };
}

function isFalling(weeks: readonly WeekMean[]): boolean {
  const [before] = weeks;
  if (!before || before.count < MIN_CHECK_INS_A_WEEK || before.closeness === null) return false;
  let previous = before.closeness;
  for (const week of weeks.slice(1)) {
    if (week.closeness === null || week.closeness >= previous) return false;
    previous = week.closeness;
  }
  return before.closeness - previous >= MIN_TOTAL_FALL;
}
