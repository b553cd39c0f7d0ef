import { describe, expect, it } from 'vitest';
import { clockText } from './countdown';

describe('clockText', () => {
  it('shows minutes and seconds, rounding up so the last second still shows 0:01', () => {
    expect(clockText(180_000)).toBe('3:00');
    expect(clockText(65_400)).toBe('1:06');
    expect(clockText(400)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
  });

  it('adds hours for long pauses', () => {
    expect(clockText(24 * 3_600_000)).toBe('24:00:00');
    expect(clockText(3_725_000)).toBe('1:02:05');
  });
});
