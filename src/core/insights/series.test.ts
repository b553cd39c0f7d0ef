import { describe, expect, it } from 'vitest';
import { rollingTrend, weeklyMeans } from './series';

const pulse = (day: string, closeness: number, energy = 3) => ({ day, closeness, energy });

describe('closeness and energy trends', () => {
  it('averages the check-ins of the last seven days, leaving missing days out', () => {
    const trend = rollingTrend(
      [pulse('2026-03-01', 2, 1), pulse('2026-03-03', 4, 5), pulse('2026-03-08', 5, 5)],
      '2026-03-10',
    );
    expect(trend).toHaveLength(10);
    expect(trend[0]).toEqual({ day: '2026-03-01', closeness: 2, energy: 1, count: 1 });
    // 2 March has no check-in: the mean stays that of 1 March, not (2 + 0) / 2.
    expect(trend[1]).toEqual({ day: '2026-03-02', closeness: 2, energy: 1, count: 1 });
    expect(trend[6]).toEqual({ day: '2026-03-07', closeness: 3, energy: 3, count: 2 });
    // 1 March leaves the window on the 8th.
    expect(trend[7]).toEqual({ day: '2026-03-08', closeness: 4.5, energy: 5, count: 2 });
    expect(trend[9]).toEqual({ day: '2026-03-10', closeness: 5, energy: 5, count: 1 });
  });

  it('shows a gap, not a zero, after a week without check-ins', () => {
    const trend = rollingTrend([pulse('2026-03-01', 4)], '2026-03-09');
    expect(trend.at(-1)).toEqual({ day: '2026-03-09', closeness: null, energy: null, count: 0 });
  });

  it('has no trend before the first check-in', () => {
    expect(rollingTrend([], '2026-03-09')).toEqual([]);
  });

  it('counts weeks back from the last day, across a month end', () => {
    const weeks = weeklyMeans(
      [pulse('2026-02-25', 1), pulse('2026-03-03', 3), pulse('2026-03-04', 4), pulse('2026-03-10', 5)],
      '2026-03-10',
      3,
    );
    expect(weeks).toEqual([
      { first: '2026-02-18', last: '2026-02-24', closeness: null, count: 0 },
      { first: '2026-02-25', last: '2026-03-03', closeness: 2, count: 2 },
      { first: '2026-03-04', last: '2026-03-10', closeness: 4.5, count: 2 },
    ]);
  });
});
