import { describe, expect, it } from 'vitest';
import { stressorAssociations } from './stressors';
import type { OwnPulse } from './types';

const pulse = (i: number, closeness: number, stressors: OwnPulse['stressors']): OwnPulse => ({
  day: `2026-01-${String(i + 1).padStart(2, '0')}`,
  closeness,
  energy: 3,
  stressors,
});

describe('stressors and closeness', () => {
  it('finds a stressor marked on lower days, and says nothing of one marked too rarely', () => {
    const pulses: OwnPulse[] = [];
    for (let i = 0; i < 30; i++) {
      const isWork = i % 3 === 0; // ten days with work, at 2 or 3; twenty without, at 4 or 5
      const stressors: OwnPulse['stressors'] = isWork ? ['work'] : i === 1 ? ['sleep'] : [];
      pulses.push(pulse(i, (isWork ? 2 : 4) + (i % 2), stressors));
    }
    const [work, sleep] = stressorAssociations(pulses);
    expect(work).toMatchObject({ stressor: 'work', withDays: 10, withoutDays: 20, reading: 'lower' });
    expect(work?.difference).toBe(-2);
    expect(work?.interval?.high).toBeLessThan(0);
    expect(sleep).toMatchObject({ stressor: 'sleep', withDays: 1, reading: 'too-few', difference: null });
  });
});
