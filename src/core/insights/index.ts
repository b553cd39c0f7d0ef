/**
 * Insights: patterns in a couple's days, computed for one person at a time. Pure code, no I/O.
 *
 * Privacy is in the shape of the input. `insightsFor` takes:
 * - the person's own `PersonRecord`: their check-ins (with their stressors), their own "I pulled
 *   away" marks, and the moments of the space they took part in;
 * - the partner's `PartnerShares`: only check-in numbers, only for the days the partner shares
 *   numbers (the server builds it with the same rule that decides what the partner's screen shows).
 * The partner's notes, answers, stressors, journal and "I pulled away" marks are never part of the
 * input, so no result can reveal them. Everything about what helps, stressors, withdrawal and
 * responsiveness is worked out from the person's own record; the partner appears only as their
 * shared trend.
 *
 * Findings are associations in the person's own days, never causes; a comparison says nothing
 * below MIN_DAYS days on either side. Numbers come back with catalogue keys (`wording.ts`); the
 * English sentences are in `words.ts`.
 */

import { type WeekResponsiveness, weeklyResponsiveness } from './responsiveness';
import { rollingTrend, type TrendPoint } from './series';
import { type StressorAssociation, stressorAssociations } from './stressors';
import type { PartnerShares, PersonRecord } from './types';
import { type PracticeAssociation, whatHelps } from './what-helps';
import { type WithdrawalEpisode, withdrawalEpisodes } from './withdrawal';

export { type Comparison, MIN_DAYS, type Reading } from './association';
export { RESAMPLES } from './bootstrap';
export { type DistanceAdvice, type DistanceInput, persistentDistance } from './persistent-distance';
export { type WeekResponsiveness, weeklyResponsiveness } from './responsiveness';
export { ROLLING_DAYS, rollingTrend, type TrendPoint, type WeekMean, weeklyMeans } from './series';
export { type StressorAssociation, stressorAssociations } from './stressors';
export * from './types';
export { type WeekSummary, weeklySummary } from './weekly-summary';
export { type PracticeAssociation, whatHelps } from './what-helps';
export { type WithdrawalEpisode, withdrawalEpisodes } from './withdrawal';
export { distanceWording, episodeWording, helpsWording, stressorWording } from './wording';

/** How many weeks of responsiveness a person sees. */
export const RESPONSIVENESS_WEEKS = 12;

export interface Insights {
  trend: TrendPoint[];
  withdrawal: WithdrawalEpisode[];
  responsiveness: WeekResponsiveness[];
  whatHelps: PracticeAssociation[];
  stressors: StressorAssociation[];
  /** The partner's shared numbers as a trend; null without a partner or when they share none. */
  partnerTrend: TrendPoint[] | null;
}

export function insightsFor(person: PersonRecord, partner: PartnerShares | null, today: string): Insights {
  return {
    trend: rollingTrend(person.pulses, today),
    withdrawal: withdrawalEpisodes(person),
    responsiveness: weeklyResponsiveness(person, today, RESPONSIVENESS_WEEKS),
    whatHelps: whatHelps(person),
    stressors: stressorAssociations(person.pulses),
    partnerTrend: partner && partner.pulses.length > 0 ? rollingTrend(partner.pulses, today) : null,
  };
}
