import { describe, expect, it } from 'vitest';
import type { PersonRecord } from './types';
import { withdrawalEpisodes } from './withdrawal';

function record(scores: Record<string, number>, extra: Partial<PersonRecord> = {}): PersonRecord {
  return {
    cadences: [{ since: '2026-01-01', cadence: { kind: 'daily' } }],
    pulses: Object.entries(scores).map(([day, closeness]) => ({ day, closeness, energy: 3, stressors: [] })),
    pulledAway: [],
    moments: [],
    ...extra,
  };
}

describe('withdrawal episodes', () => {
  it('finds two or more low check-in days in a row, and not one alone', () => {
    const episodes = withdrawalEpisodes(
      record({
        '2026-03-01': 2,
        '2026-03-02': 4,
        '2026-03-03': 1,
        '2026-03-04': 2,
        '2026-03-05': 2,
        '2026-03-06': 3,
      }),
    );
    expect(episodes).toEqual([{ first: '2026-03-03', last: '2026-03-05', days: 3, isMarked: false }]);
  });

  it('lets a missed check-in day break a run: missing is not low', () => {
    expect(withdrawalEpisodes(record({ '2026-03-01': 2, '2026-03-03': 2 }))).toEqual([]);
  });

  it('walks cadence days only, so Friday and Monday are in a row on weekdays', () => {
    const weekdays: PersonRecord['cadences'] = [
      { since: '2026-01-01', cadence: { kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] } },
    ];
    // 6 March 2026 is a Friday.
    const episodes = withdrawalEpisodes(record({ '2026-03-06': 2, '2026-03-09': 1 }, { cadences: weekdays }));
    expect(episodes).toEqual([{ first: '2026-03-06', last: '2026-03-09', days: 2, isMarked: false }]);
  });

  it('counts a day marked "I pulled away" on its own, and joins it to low days beside it', () => {
    const episodes = withdrawalEpisodes(
      record(
        { '2026-03-01': 4, '2026-03-02': 5, '2026-03-05': 2 },
        { pulledAway: ['2026-03-02', '2026-03-04'] },
      ),
    );
    expect(episodes).toEqual([
      { first: '2026-03-02', last: '2026-03-02', days: 1, isMarked: true },
      { first: '2026-03-04', last: '2026-03-05', days: 2, isMarked: true },
    ]);
  });
});
