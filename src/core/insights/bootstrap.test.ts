import { describe, expect, it } from 'vitest';
import { aliasTable, blockTotals, differenceInterval, mean } from './bootstrap';
import { seededRandom } from './random';

const counts = [0, 2, 3, 5, 1, 4]; // fifteen check-ins of closeness 1–5

function moments(dist: Float64Array): { mean: number; variance: number } {
  let m = 0;
  let s = 0;
  dist.forEach((p, v) => {
    m += p * v;
    s += p * v * v;
  });
  return { mean: m, variance: s - m * m };
}

describe('the bootstrap', () => {
  it('works out the total of many draws exactly: k times the mean, k times the variance', () => {
    // Totals are counted from k times the lowest value, here 1.
    const totals = blockTotals(counts, [1, 8, 64]);
    const one = moments(totals.get(1) ?? new Float64Array());
    expect(one.mean + 1).toBeCloseTo(mean(counts), 12);
    for (const k of [8, 64]) {
      const block = moments(totals.get(k) ?? new Float64Array());
      expect(block.mean + k).toBeCloseTo(k * (one.mean + 1), 9);
      expect(block.variance).toBeCloseTo(k * one.variance, 9);
    }
  });

  it('picks each value as often as its share', () => {
    const p = [0.1, 0.2, 0.7, 0];
    const { prob, alias } = aliasTable(p);
    const random = seededRandom(1);
    const seen = [0, 0, 0, 0];
    for (let i = 0; i < 100_000; i++) {
      const u = random() * p.length;
      const at = u | 0;
      const pick = u - at < (prob[at] ?? 1) ? at : (alias[at] ?? at);
      seen[pick] = (seen[pick] ?? 0) + 1;
    }
    expect(seen.map((n) => Math.round(n / 1000) / 100)).toEqual([0.1, 0.2, 0.7, 0]);
  });

  it('gives a point interval when nothing varies', () => {
    expect(differenceInterval([0, 0, 0, 0, 30], [0, 0, 20], 5)).toEqual({ low: 2, high: 2 });
  });

  it('gives an interval as wide as the textbook one for a large sample', () => {
    // 500 check-ins spread evenly over 1–5 against 400 all at 3: sd √2, so the 95 % interval
    // of the difference is about 2 − 3 = −1 ± 1.96·√(2/500).
    const spread = [0, 100, 100, 100, 100, 100];
    const steady = [0, 0, 0, 400];
    const { low, high } = differenceInterval(spread, steady, 11);
    const half = 1.96 * Math.sqrt(2 / 500);
    expect((low + high) / 2).toBeCloseTo(0, 1);
    expect(high - low).toBeGreaterThan(2 * half * 0.85);
    expect(high - low).toBeLessThan(2 * half * 1.15);
  });

  it('gives the same interval for the same seed, and another for another', () => {
    const a = [0, 3, 4, 9, 7, 2];
    const b = [0, 5, 6, 8, 3, 1];
    expect(differenceInterval(a, b, 42)).toEqual(differenceInterval(a, b, 42));
    expect(differenceInterval(a, b, 42)).not.toEqual(differenceInterval(a, b, 43));
  });
});
