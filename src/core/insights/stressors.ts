import { STRESSORS, type Stressor } from '../pulse/days';
import { byStrength, type Comparison, compare, emptyCounts, tally } from './association';
import type { OwnPulse } from './types';

/**
 * Stressors and closeness: the person's closeness on check-ins where they marked a stressor,
 * against their check-ins where they did not, on the same day (stress is felt on the day it is
 * marked). Only the person's own check-ins: the partner's stressors are not theirs to read here.
 */

export interface StressorAssociation extends Comparison {
  stressor: Stressor;
}

export function stressorAssociations(pulses: readonly OwnPulse[]): StressorAssociation[] {
  const result: StressorAssociation[] = [];
  for (const stressor of STRESSORS) {
    const withCounts = emptyCounts();
    const withoutCounts = emptyCounts();
    let isEverMarked = false;
    for (const p of pulses) {
      const isMarked = p.stressors.includes(stressor);
      isEverMarked ||= isMarked;
      tally(isMarked ? withCounts : withoutCounts, p.closeness);
    }
    if (isEverMarked)
      result.push({ stressor, ...compare(withCounts, withoutCounts, `stressor:${stressor}`) });
  }
  return result.sort(byStrength('lowest'));
}
