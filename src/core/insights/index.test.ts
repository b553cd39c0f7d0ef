import { describe, expect, it } from 'vitest';
import { insightsFor } from './index';
import type { PersonRecord } from './types';

const mine: PersonRecord = {
  cadences: [{ since: '2026-03-01', cadence: { kind: 'daily' } }],
  pulses: Array.from({ length: 14 }, (_, i) => ({
    day: `2026-03-${String(i + 1).padStart(2, '0')}`,
    closeness: 2 + (i % 3),
    energy: 3,
    stressors: i % 4 === 0 ? (['work'] as const) : [],
  })),
  pulledAway: ['2026-03-05'],
  moments: [{ day: '2026-03-03', kind: 'repair' }],
};

describe('insights for one person', () => {
  it('shows the partner only as the trend of the numbers they share', () => {
    const shared = { pulses: [{ day: '2026-03-13', closeness: 5, energy: 1 }] };
    const insights = insightsFor(mine, shared, '2026-03-14');
    expect(insights.partnerTrend).toEqual([
      { day: '2026-03-13', closeness: 5, energy: 1, count: 1 },
      { day: '2026-03-14', closeness: 5, energy: 1, count: 1 },
    ]);
    expect(insightsFor(mine, null, '2026-03-14').partnerTrend).toBeNull();
    expect(insightsFor(mine, { pulses: [] }, '2026-03-14').partnerTrend).toBeNull();
  });

  it('works out everything else from the person’s own record alone', () => {
    const { partnerTrend: _a, ...alone } = insightsFor(mine, null, '2026-03-14');
    const { partnerTrend: _b, ...withPartner } = insightsFor(
      mine,
      { pulses: [{ day: '2026-03-10', closeness: 1, energy: 1 }] },
      '2026-03-14',
    );
    expect(withPartner).toEqual(alone);
    expect(alone.trend).toHaveLength(14);
    // The 4th is low (2) and the 5th marked: one episode of two days.
    expect(alone.withdrawal).toEqual([{ first: '2026-03-04', last: '2026-03-05', days: 2, isMarked: true }]);
    expect(alone.whatHelps).toMatchObject([{ practice: 'repair', withDays: 1, reading: 'too-few' }]);
    expect(alone.stressors).toMatchObject([{ stressor: 'work', withDays: 4, reading: 'too-few' }]);
    expect(alone.responsiveness.at(-1)?.pulses).toEqual({ done: 7, of: 7 });
  });
});
