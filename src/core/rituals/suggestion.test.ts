import { describe, expect, it } from 'vitest';
import { ritualStats } from './suggestion';

const history = (due: number, done: number, feelings: number[] = []) => ({ due, done, feelings });

describe('the suggestion for a ritual', () => {
  it('waits for a few occurrences before it says anything but "keep going"', () => {
    expect(ritualStats(history(2, 0)).suggestion).toEqual({ kind: 'keep', reason: 'too-early' });
    expect(ritualStats(history(0, 0))).toMatchObject({ completion: null, averageFeeling: null });
  });

  it('suggests more room for a ritual that is kept and feels close', () => {
    const stats = ritualStats(history(10, 9, [4, 5, 4, 5, 5]));
    expect(stats).toMatchObject({ completion: 0.9, averageFeeling: 4.6, trend: 'steady' });
    expect(stats.suggestion).toEqual({ kind: 'expand', reason: 'close-and-kept' });
  });

  it('suggests keeping a ritual that is kept and feels fine', () => {
    expect(ritualStats(history(10, 7, [3, 4, 3, 3])).suggestion).toEqual({ kind: 'keep', reason: 'steady' });
  });

  it('suggests another time or rhythm when it feels good but seldom happens', () => {
    expect(ritualStats(history(10, 4, [5, 4, 5])).suggestion).toEqual({
      kind: 'adjust',
      reason: 'hard-to-fit',
    });
  });

  it('suggests adjusting when the feeling is falling, even if it is kept', () => {
    const stats = ritualStats(history(8, 8, [5, 5, 4, 3, 3, 2]));
    expect(stats.trend).toBe('falling');
    expect(stats.suggestion).toEqual({ kind: 'adjust', reason: 'feeling-falling' });
  });

  it('suggests a swap when it does not bring you closer', () => {
    expect(ritualStats(history(6, 6, [2, 2, 3, 2])).suggestion).toEqual({
      kind: 'swap',
      reason: 'feels-distant',
    });
  });

  it('suggests a swap when it hardly ever happens', () => {
    expect(ritualStats(history(9, 2, [3])).suggestion).toEqual({ kind: 'swap', reason: 'rarely-done' });
    expect(ritualStats(history(9, 0)).suggestion).toEqual({ kind: 'swap', reason: 'rarely-done' });
  });

  it('sees a rising feeling and needs four ratings to call a trend', () => {
    expect(ritualStats(history(6, 6, [2, 3, 4, 5])).trend).toBe('rising');
    expect(ritualStats(history(6, 6, [2, 5, 5])).trend).toBeNull();
  });
});
