import { MIN_DAYS } from './association';
import type { DistanceAdvice } from './persistent-distance';
import type { StressorAssociation } from './stressors';
import type { PracticeAssociation } from './what-helps';
import type { WithdrawalEpisode } from './withdrawal';
import type { Wording } from './words';

/**
 * Findings as catalogue keys and numbers, for `words.ts` (or another language's catalogue) to say.
 * Only types come from the catalogue, so the math never carries English.
 */

export function helpsWording(a: PracticeAssociation): Wording {
  const base = { practice: a.practice, withDays: a.withDays, withoutDays: a.withoutDays };
  if (a.difference === null || a.interval === null)
    return { key: 'helps.too-few', values: { ...base, needed: MIN_DAYS } };
  const values = { ...base, difference: a.difference, low: a.interval.low, high: a.interval.high };
  return { key: a.reading === 'too-few' ? 'helps.too-few' : `helps.${a.reading}`, values };
}

export function stressorWording(a: StressorAssociation): Wording {
  const values = { stressor: a.stressor, withDays: a.withDays, difference: a.difference ?? 0 };
  return { key: `stressor.${a.reading}`, values };
}

export function episodeWording(e: WithdrawalEpisode): Wording {
  return { key: 'withdrawal.episode', values: { first: e.first, last: e.last, days: e.days } };
}

/** The support suggestion, or null when it should not show. */
export function distanceWording(advice: DistanceAdvice): Wording | null {
  return advice.shouldShow ? { key: `distance.${advice.reason}`, values: {} } : null;
}
