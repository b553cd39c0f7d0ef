import { dayFromNumber, dayNumber } from './calendar';

/**
 * Trends of closeness and energy: for each calendar day, the mean of the check-ins in the seven
 * days ending that day. Days without a check-in are missing, not zero: they count in neither the
 * sum nor the number of check-ins, and a window with none has no mean (null), so a quiet week
 * shows as a gap rather than as a fall.
 */

export const ROLLING_DAYS = 7;

export interface Scored {
  day: string;
  closeness: number;
  energy: number;
}

export interface TrendPoint {
  day: string;
  /** Mean of the last seven days' check-ins; null when there were none. */
  closeness: number | null;
  energy: number | null;
  /** How many check-ins the means rest on. */
  count: number;
}

/** One value per day number in [first, last]; the last check-in of a day wins if given twice. */
export function byDay(pulses: readonly Scored[]): {
  first: number;
  closeness: Float64Array;
  energy: Float64Array;
} {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const numbers = pulses.map((p) => dayNumber(p.day));
  for (const n of numbers) {
    if (n < first) first = n;
    if (n > last) last = n;
  }
  const length = numbers.length === 0 ? 0 : last - first + 1;
  // NaN marks a day without a check-in.
  const closeness = new Float64Array(length).fill(Number.NaN);
  const energy = new Float64Array(length).fill(Number.NaN);
  pulses.forEach((p, i) => {
    const at = (numbers[i] ?? first) - first;
    closeness[at] = p.closeness;
    energy[at] = p.energy;
  });
  return { first, closeness, energy };
}

/** The seven-day rolling means from the first check-in to `until` (inclusive). */
export function rollingTrend(pulses: readonly Scored[], until: string): TrendPoint[] {
  if (pulses.length === 0) return [];
  const { first, closeness, energy } = byDay(pulses);
  const end = dayNumber(until);
  const points: TrendPoint[] = [];
  let sumC = 0;
  let sumE = 0;
  let count = 0;
  for (let n = first; n <= end; n++) {
    const entering = closeness[n - first];
    if (entering !== undefined && !Number.isNaN(entering)) {
      sumC += entering;
      sumE += energy[n - first] ?? 0;
      count++;
    }
    const leaving = closeness[n - first - ROLLING_DAYS];
    if (leaving !== undefined && !Number.isNaN(leaving)) {
      sumC -= leaving;
      sumE -= energy[n - first - ROLLING_DAYS] ?? 0;
      count--;
    }
    points.push({
      day: dayFromNumber(n),
      closeness: count === 0 ? null : round(sumC / count),
      energy: count === 0 ? null : round(sumE / count),
      count,
    });
  }
  return points;
}

export interface WeekMean {
  /** First and last day of the week (seven days ending on `last`). */
  first: string;
  last: string;
  closeness: number | null;
  count: number;
}

/**
 * Mean closeness of each of the `weeks` seven-day blocks ending on `until`, oldest first. Weeks are
 * counted back from `until`, not from a weekday, so "this week" is always the last seven days.
 */
export function weeklyMeans(pulses: readonly Scored[], until: string, weeks: number): WeekMean[] {
  const end = dayNumber(until);
  const sums = new Array<number>(weeks).fill(0);
  const counts = new Array<number>(weeks).fill(0);
  for (const p of pulses) {
    const back = Math.floor((end - dayNumber(p.day)) / 7);
    if (back < 0 || back >= weeks) continue;
    const at = weeks - 1 - back;
    sums[at] = (sums[at] ?? 0) + p.closeness;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return sums.map((sum, at) => {
    const count = counts[at] ?? 0;
    const last = end - (weeks - 1 - at) * 7;
    return {
      first: dayFromNumber(last - 6),
      last: dayFromNumber(last),
      closeness: count === 0 ? null : round(sum / count),
      count,
    };
  });
}

/** Two decimals are all a person reads, and keep results stable to compare in tests. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
