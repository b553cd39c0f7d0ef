import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from './calendar';
import { type DistanceInput, persistentDistance } from './persistent-distance';
import type { Moment } from './types';

const TODAY = '2026-03-28';
const daysBack = (n: number) => dayFromNumber(dayNumber(TODAY) - n);

/** Four weeks, oldest first: each week's check-ins (closeness), on its first days. */
function input(weeks: number[][], extra: Partial<DistanceInput> = {}): DistanceInput {
  const pulses = weeks.flatMap((scores, w) =>
    scores.map((closeness, i) => ({ day: daysBack((3 - w) * 7 + 6 - i), closeness, energy: 3 })),
  );
  // A talk in each of the last three weeks.
  const moments: Moment[] = [0, 7, 14].map((n) => ({ day: daysBack(n), kind: 'talk', format: 'check-in' }));
  return { pulses, moments, today: TODAY, lastShown: null, ...extra };
}

describe('persistent distance', () => {
  it('suggests support when closeness stays at 2.5 or lower for three weeks despite practice', () => {
    const advice = persistentDistance(
      input([
        [4, 4],
        [2, 3],
        [2, 2, 3],
        [3, 2],
      ]),
    );
    expect(advice).toMatchObject({ shouldShow: true, reason: 'stays-low' });
    expect(advice.weeks.map((w) => w.closeness)).toEqual([4, 2.5, 2.33, 2.5]);
  });

  it('suggests support when closeness falls three weeks running, by half a point or more', () => {
    expect(
      persistentDistance(
        input([
          [5, 4],
          [4, 4],
          [4, 3],
          [3, 3],
        ]),
      ),
    ).toMatchObject({
      shouldShow: true,
      reason: 'falling',
    });
    // Three small falls, 0.3 in all: a wobble, not a fall.
    expect(
      persistentDistance(
        input([
          [4, 4],
          [4, 3.8],
          [3.8, 3.8],
          [3.7, 3.7],
        ]),
      ),
    ).toMatchObject({
      shouldShow: false,
      reason: 'not-low',
    });
  });

  it('stays quiet when one week rises, or a week is just above 2.5', () => {
    expect(
      persistentDistance(
        input([
          [5, 4],
          [4, 3],
          [4, 4],
          [3, 3],
        ]),
      ).reason,
    ).toBe('not-low');
    expect(
      persistentDistance(
        input([
          [3, 3],
          [2, 2],
          [3, 3],
          [2, 2],
        ]),
      ).reason,
    ).toBe('not-low');
  });

  it('needs two check-ins in each of the three weeks', () => {
    expect(persistentDistance(input([[4, 4], [2, 2], [1], [2, 2]])).reason).toBe('too-few-check-ins');
  });

  it('waits for practice before suggesting support', () => {
    const lonelyWeek = input(
      [
        [4, 4],
        [2, 2],
        [2, 2],
        [2, 2],
      ],
      {
        moments: [0, 14].map((n) => ({ day: daysBack(n), kind: 'repair' })),
      },
    );
    expect(persistentDistance(lonelyWeek).reason).toBe('without-practice');
  });

  it('shows it at most once every four weeks', () => {
    const low = [
      [4, 4],
      [2, 2],
      [2, 2],
      [2, 2],
    ];
    expect(persistentDistance(input(low, { lastShown: daysBack(27) })).reason).toBe('shown-recently');
    expect(persistentDistance(input(low, { lastShown: daysBack(28) })).shouldShow).toBe(true);
  });
});
