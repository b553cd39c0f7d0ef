import { describe, expect, it } from 'vitest';
import {
  isForgotten,
  isOnTime,
  maxExtensionMinutes,
  type PauseTimes,
  phaseOf,
  remainingMs,
  returnTime,
} from './timing';

const MIN = 60_000;
const start = Date.UTC(2026, 2, 2, 9);
const pause = (minutes: number, extra: Partial<PauseTimes> = {}): PauseTimes => ({
  startedAt: start,
  returnAt: returnTime(start, minutes),
  extendedAt: null,
  endedAt: null,
  ...extra,
});

describe('pause timing', () => {
  it('rests until the return time, then is due, and is over once ended', () => {
    const p = pause(20);
    expect(phaseOf(p, start + 19 * MIN)).toBe('resting');
    expect(remainingMs(p, start + 19 * MIN)).toBe(MIN);
    expect(phaseOf(p, start + 20 * MIN)).toBe('due');
    expect(remainingMs(p, start + 25 * MIN)).toBe(0);
    expect(phaseOf({ ...p, endedAt: start + 5 * MIN }, start + 30 * MIN)).toBe('over');
  });

  it('counts coming back within the grace as on time, and later as not', () => {
    const p = pause(20);
    expect(isOnTime(p, start + 5 * MIN)).toBe(true);
    expect(isOnTime(p, start + 35 * MIN)).toBe(true);
    expect(isOnTime(p, start + 36 * MIN)).toBe(false);
  });

  it('closes a forgotten pause a day after its return time', () => {
    const p = pause(60);
    expect(isForgotten(p, start + 60 * MIN + 23 * 60 * MIN)).toBe(false);
    expect(isForgotten(p, start + 60 * MIN + 24 * 60 * MIN)).toBe(true);
  });

  it('keeps an extension within a day from the start', () => {
    expect(maxExtensionMinutes(pause(60))).toBe(23 * 60);
    expect(maxExtensionMinutes(pause(24 * 60))).toBe(0);
  });
});
