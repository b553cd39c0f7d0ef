import { Random } from './random';
import type { Interval } from './types';

/**
 * A bootstrap interval for the difference between two means of small whole numbers (closeness
 * 1–5): resample each group with replacement, RESAMPLES times, and take the middle 95 % of the
 * differences (percentile interval).
 *
 * A resample's mean depends only on the total of its draws. Because the values are few, the
 * total of 64 draws (or 16, or 4) has an exact distribution that can be worked out once per group;
 * one draw from it is 64 draws from the group. That is the same bootstrap, with a few dozen steps
 * per resample instead of one per check-in, which is what keeps five years of days fast.
 */

export const RESAMPLES = 1000;
const BLOCKS = [64, 16, 4, 1] as const;

/** counts[v] is how many times the value v occurs. */
export type Histogram = ArrayLike<number>;

interface AliasTable {
  prob: Float64Array;
  alias: Int32Array;
}

/** Vose's alias method: one uniform number picks an index with probability p[i]. */
export function aliasTable(p: ArrayLike<number>): AliasTable {
  const m = p.length;
  const prob = new Float64Array(m);
  const alias = new Int32Array(m);
  const scaled = Array.from({ length: m }, (_, i) => (p[i] ?? 0) * m);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((s, i) => {
    (s < 1 ? small : large).push(i);
  });
  while (small.length > 0 && large.length > 0) {
    const less = small.pop() ?? 0;
    const more = large.pop() ?? 0;
    prob[less] = scaled[less] ?? 0;
    alias[less] = more;
    const left = (scaled[more] ?? 0) + (scaled[less] ?? 0) - 1;
    scaled[more] = left;
    (left < 1 ? small : large).push(more);
  }
  // What remains is 1 up to rounding.
  for (const i of [...small, ...large]) {
    prob[i] = 1;
    alias[i] = i;
  }
  return { prob, alias };
}

function convolve(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] ?? 0;
    if (ai === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] ?? 0) + ai * (b[j] ?? 0);
  }
  return out;
}

/**
 * The distribution of the total of `block` draws from `counts`, for each block size: index t is
 * the total `block × lowest value + t`, so only values that occur take room.
 */
export function blockTotals(counts: Histogram, blocks: readonly number[]): Map<number, Float64Array> {
  let lowest = counts.length;
  let highest = -1;
  let total = 0;
  for (let v = 0; v < counts.length; v++) {
    const c = counts[v] ?? 0;
    if (c === 0) continue;
    lowest = Math.min(lowest, v);
    highest = v;
    total += c;
  }
  const byBlock = new Map<number, Float64Array>();
  let dist: Float64Array = Float64Array.from(
    { length: highest - lowest + 1 },
    (_, i) => (counts[lowest + i] ?? 0) / total,
  );
  // Block sizes are powers of two: square the distribution up to each in turn.
  const largest = Math.max(...blocks);
  for (let size = 1; ; size *= 2) {
    if (blocks.includes(size)) byBlock.set(size, dist);
    if (size >= largest) break;
    dist = convolve(dist, dist);
  }
  return byBlock;
}

/** The lowest value that occurs (the offset of every block total). */
function lowestValue(counts: Histogram): number {
  for (let v = 0; v < counts.length; v++) if ((counts[v] ?? 0) > 0) return v;
  return 0;
}

/**
 * Draws RESAMPLES resample means of one group. The loop is kept flat (typed arrays, no objects
 * or calls per draw) because it runs tens of thousands of times per comparison.
 */
function resampleMeans(counts: Histogram, random: Random): Float64Array {
  let n = 0;
  for (let v = 0; v < counts.length; v++) n += counts[v] ?? 0;
  const means = new Float64Array(RESAMPLES);
  const times: number[] = [];
  const tables: AliasTable[] = [];
  const totals = blockTotals(counts, BLOCKS);
  let left = n;
  for (const block of BLOCKS) {
    const count = Math.floor(left / block);
    left -= count * block;
    const dist = totals.get(block);
    if (count > 0 && dist) {
      times.push(count);
      tables.push(aliasTable(dist));
    }
  }
  // Every draw's total is offset by the lowest value; n draws in all.
  const offset = n * lowestValue(counts);
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = offset;
    for (let b = 0; b < tables.length; b++) {
      const table = tables[b] as AliasTable;
      const prob = table.prob;
      const alias = table.alias;
      const size = prob.length;
      const count = times[b] as number;
      for (let t = 0; t < count; t++) {
        const u = random.next() * size;
        const i = u | 0;
        sum += u - i < (prob[i] as number) ? i : (alias[i] as number);
      }
    }
    means[r] = sum / n;
  }
  return means;
}

export function mean(counts: Histogram): number {
  let n = 0;
  let sum = 0;
  for (let v = 0; v < counts.length; v++) {
    n += counts[v] ?? 0;
    sum += v * (counts[v] ?? 0);
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** 95 % percentile interval of mean(a) − mean(b); both groups must hold at least one value. */
export function differenceInterval(a: Histogram, b: Histogram, seed: number): Interval {
  const random = new Random(seed);
  const first = resampleMeans(a, random);
  const second = resampleMeans(b, random);
  const differences = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) differences[r] = (first[r] ?? 0) - (second[r] ?? 0);
  differences.sort();
  const low = differences[Math.floor(RESAMPLES * 0.025)] ?? Number.NaN;
  const high = differences[Math.ceil(RESAMPLES * 0.975) - 1] ?? Number.NaN;
  return { low, high };
}
