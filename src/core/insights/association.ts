import { differenceInterval, type Histogram, mean } from './bootstrap';
import { seedFrom } from './random';
import { round } from './series';
import type { Interval } from './types';

/**
 * How two groups of check-ins compare, and how sure we can be. Below MIN_DAYS in either group
 * nothing is said at all: a handful of days is too few to tell a pattern from chance.
 *
 * These are associations, never causes: a practice may come on days that were already going well.
 * The reading says only which way the interval points.
 */

export const MIN_DAYS = 8;

/**
 * - `higher` / `lower`: the whole 95 % interval is above / below zero;
 * - `unclear`: the interval includes zero, no difference can be told apart from chance;
 * - `too-few`: fewer than MIN_DAYS check-ins with it or without it.
 */
export type Reading = 'higher' | 'lower' | 'unclear' | 'too-few';

export interface Comparison {
  /** Check-ins in each group: the number of days behind the figure. */
  withDays: number;
  withoutDays: number;
  /** Mean closeness with minus without; null when too few. */
  difference: number | null;
  interval: Interval | null;
  reading: Reading;
}

function total(counts: Histogram): number {
  let n = 0;
  for (let v = 0; v < counts.length; v++) n += counts[v] ?? 0;
  return n;
}

export function compare(withCounts: Histogram, withoutCounts: Histogram, label: string): Comparison {
  const withDays = total(withCounts);
  const withoutDays = total(withoutCounts);
  if (withDays < MIN_DAYS || withoutDays < MIN_DAYS)
    return { withDays, withoutDays, difference: null, interval: null, reading: 'too-few' };
  const seed = seedFrom(label, [...Array.from(withCounts), ...Array.from(withoutCounts)]);
  const raw = differenceInterval(withCounts, withoutCounts, seed);
  const interval = { low: round(raw.low), high: round(raw.high) };
  const reading = raw.low > 0 ? 'higher' : raw.high < 0 ? 'lower' : 'unclear';
  return {
    withDays,
    withoutDays,
    difference: round(mean(withCounts) - mean(withoutCounts)),
    interval,
    reading,
  };
}

/** Closeness values 1–5 counted by value; anything else is not a check-in score and is left out. */
export function emptyCounts(): number[] {
  return [0, 0, 0, 0, 0, 0];
}

export function tally(counts: number[], closeness: number): void {
  if (Number.isInteger(closeness) && closeness >= 1 && closeness <= 5)
    counts[closeness] = (counts[closeness] ?? 0) + 1;
}

/**
 * Shown readings first, the largest difference first (`highest`) or the most negative first
 * (`lowest`); too-few last, those with most days first.
 */
export function byStrength(order: 'highest' | 'lowest'): (a: Comparison, b: Comparison) => number {
  const sign = order === 'highest' ? 1 : -1;
  return (a, b) => {
    if (a.difference === null || b.difference === null) {
      if (a.difference !== null) return -1;
      if (b.difference !== null) return 1;
      return b.withDays - a.withDays;
    }
    return sign * (b.difference - a.difference);
  };
}
