import { CadenceCalendar, dayFromNumber, dayNumber } from './calendar';
import type { PersonRecord } from './types';

/**
 * Withdrawal episodes: two or more cadence days in a row with closeness 2 or lower, or any day the
 * person marked "I pulled away" themselves.
 *
 * "In a row" walks the person's cadence days (plus any day they checked in or marked): days that
 * are not check-in days neither count nor break a run, so Friday and Monday are in a row for a
 * weekday cadence. A cadence day without a check-in breaks a run: missing is not low.
 */

export const LOW_CLOSENESS = 2;

export interface WithdrawalEpisode {
  first: string;
  last: string;
  /** How many check-in days it spans. */
  days: number;
  /** Whether the person marked "I pulled away" on one of its days. */
  isMarked: boolean;
}

export function withdrawalEpisodes(record: PersonRecord): WithdrawalEpisode[] {
  const closeness = new Map<number, number>();
  for (const p of record.pulses) closeness.set(dayNumber(p.day), p.closeness);
  const marked = new Set(record.pulledAway.map(dayNumber));
  const days = [...closeness.keys(), ...marked];
  if (days.length === 0) return [];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const calendar = new CadenceCalendar(record.cadences);

  const episodes: WithdrawalEpisode[] = [];
  let run: { first: number; last: number; days: number; isMarked: boolean } | null = null;
  const close = () => {
    if (run && (run.days >= 2 || run.isMarked))
      episodes.push({
        first: dayFromNumber(run.first),
        last: dayFromNumber(run.last),
        days: run.days,
        isMarked: run.isMarked,
      });
    run = null;
  };
  for (let n = first; n <= last; n++) {
    const score = closeness.get(n);
    const isMarked = marked.has(n);
    if (!isMarked && score === undefined && !calendar.isCadenceDay(n)) continue;
    const isLow = isMarked || (score !== undefined && score <= LOW_CLOSENESS);
    if (!isLow) {
      close();
      continue;
    }
    if (run === null) run = { first: n, last: n, days: 0, isMarked: false };
    run.last = n;
    run.days++;
    run.isMarked ||= isMarked;
  }
  close();
  return episodes;
}
