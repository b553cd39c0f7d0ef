import { describe, expect, it } from 'vitest';
import { weeklyResponsiveness } from './responsiveness';
import type { PersonRecord } from './types';

describe('responsiveness, week by week', () => {
  it('counts what was kept of what was due in each week', () => {
    const record: PersonRecord = {
      // Every other day from 1 March: 1, 3, 5, 7, 9, 11, 13 March.
      cadences: [{ since: '2026-03-01', cadence: { kind: 'alternate', anchor: '2026-03-01' } }],
      pulses: ['2026-03-01', '2026-03-03', '2026-03-04', '2026-03-09'].map((day) => ({
        day,
        closeness: 3,
        energy: 3,
        stressors: [],
      })),
      pulledAway: [],
      moments: [
        { day: '2026-03-02', kind: 'ritual', ritualId: 'walk', isKept: true },
        { day: '2026-03-05', kind: 'ritual', ritualId: 'walk', isKept: false },
        { day: '2026-03-08', kind: 'pause', isHonoured: true },
        { day: '2026-03-10', kind: 'pause', isHonoured: false },
        { day: '2026-03-12', kind: 'reflection', isConfirmed: true },
        { day: '2026-03-14', kind: 'repair' },
        { day: '2026-03-03', kind: 'talkTime', isKept: true },
        { day: '2026-03-10', kind: 'talkTime', isKept: false },
        { day: '2026-03-11', kind: 'talkTime', isKept: true },
        { day: '2026-03-06', kind: 'commitment', isKept: false },
        { day: '2026-03-13', kind: 'commitment', isKept: true },
        { day: '2026-03-14', kind: 'commitment', isKept: true },
      ],
    };
    const [first, second] = weeklyResponsiveness(record, '2026-03-14', 2);
    expect(first).toEqual({
      first: '2026-03-01',
      last: '2026-03-07',
      // Due 1, 3, 5, 7; the 4th is not a check-in day, so it does not count as kept.
      pulses: { done: 2, of: 4 },
      rituals: { done: 1, of: 2 },
      pauses: { done: 0, of: 0 },
      reflections: { done: 0, of: 0 },
      talkTimes: { done: 1, of: 1 },
      commitments: { done: 0, of: 1 },
    });
    expect(second).toEqual({
      first: '2026-03-08',
      last: '2026-03-14',
      pulses: { done: 1, of: 3 },
      rituals: { done: 0, of: 0 },
      pauses: { done: 1, of: 2 },
      reflections: { done: 1, of: 1 },
      talkTimes: { done: 1, of: 2 },
      commitments: { done: 2, of: 2 },
    });
  });

  it('counts nothing as due before the first cadence began', () => {
    const record: PersonRecord = {
      cadences: [{ since: '2026-03-12', cadence: { kind: 'daily' } }],
      pulses: [{ day: '2026-03-12', closeness: 3, energy: 3, stressors: [] }],
      pulledAway: [],
      moments: [],
    };
    const [week] = weeklyResponsiveness(record, '2026-03-14', 1);
    expect(week?.pulses).toEqual({ done: 1, of: 3 });
  });
});
