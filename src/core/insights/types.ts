import type { Cadence, Stressor } from '../pulse/days';
import type { FormatId } from '../talks/formats';

/**
 * What the insights of one person are computed from. Every day is a calendar date `YYYY-MM-DD`
 * in that person's own time zone, as the pulse room keeps it.
 *
 * A `PersonRecord` holds only what the person may already see as theirs: their own check-ins,
 * their own "I pulled away" marks, and moments of the space they took part in (rituals, talks,
 * pauses, repairs, appreciations they received or sent). `PartnerShares` holds only what the
 * partner chose to share: check-in numbers on the days they share them, nothing else.
 */

/** The cadence in force from `since` until the next period starts. */
export interface CadencePeriod {
  since: string;
  cadence: Cadence;
}

/** One of the person's own check-ins (closeness and energy 1–5). */
export interface OwnPulse {
  day: string;
  closeness: number;
  energy: number;
  stressors: readonly Stressor[];
}

/** Something that happened on a day, as this person lived it. */
export type Moment =
  /** A ritual that was due that day, kept or not. */
  | { day: string; kind: 'ritual'; ritualId: string; isKept: boolean }
  /** A talk finished together. */
  | { day: string; kind: 'talk'; format: FormatId }
  /** A pause that ended: on time (honoured) or not. */
  | { day: string; kind: 'pause'; isHonoured: boolean }
  | { day: string; kind: 'appreciation'; direction: 'received' | 'sent' }
  | { day: string; kind: 'repair' }
  /** A reflection this person gave in a talk; confirmed when the partner said "yes, that's it". */
  | { day: string; kind: 'reflection'; isConfirmed: boolean }
  /** A talk agreed for a set time, on its day: kept when it began within the hour. */
  | { day: string; kind: 'talkTime'; isKept: boolean }
  /** Something the person said they would do, on the day they said whether it was done. */
  | { day: string; kind: 'commitment'; isKept: boolean };

export interface PersonRecord {
  /** Oldest first; days before the first period use the first one. */
  cadences: readonly CadencePeriod[];
  pulses: readonly OwnPulse[];
  /** Days the person marked "I pulled away" (their own, private mark). */
  pulledAway: readonly string[];
  moments: readonly Moment[];
}

/** Numbers the partner shares: only the days on which they share them. */
export interface SharedNumbers {
  day: string;
  closeness: number;
  energy: number;
}

export interface PartnerShares {
  pulses: readonly SharedNumbers[];
}

/**
 * A practice whose association with closeness is looked at: each ritual (by id), each talk
 * format, a pause honoured, an appreciation received, a repair.
 */
export type Practice = `ritual:${string}` | `talk:${FormatId}` | 'pause' | 'appreciation' | 'repair';

/** The practice a moment counts as, or null when it is not one (a ritual missed, a note sent…). */
export function practiceOf(moment: Moment): Practice | null {
  switch (moment.kind) {
    case 'ritual':
      return moment.isKept ? `ritual:${moment.ritualId}` : null;
    case 'talk':
      return `talk:${moment.format}`;
    case 'pause':
      return moment.isHonoured ? 'pause' : null;
    case 'appreciation':
      return moment.direction === 'received' ? 'appreciation' : null;
    case 'repair':
      return 'repair';
    case 'reflection':
    case 'talkTime':
    case 'commitment':
      return null;
  }
}

/** A 95 % interval. */
export interface Interval {
  low: number;
  high: number;
}
