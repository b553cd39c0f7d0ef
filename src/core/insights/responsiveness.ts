import { CadenceCalendar, dayFromNumber, dayNumber } from './calendar';
import type { PersonRecord } from './types';

/**
 * Responsiveness, week by week: the small promises a person keeps. Check-ins on cadence days,
 * rituals kept of those due, pauses honoured (back on time) of those taken, reflections the
 * partner confirmed of those offered, talks begun at the time agreed of those set for a time, and
 * commitments done of those the person settled (open ones are not counted yet). Each is "done of possible", so a week with nothing due shows
 * as nothing due, not as a failure; so do the days before the first cadence began.
 */

export interface Kept {
  done: number;
  of: number;
}

export interface WeekResponsiveness {
  first: string;
  last: string;
  pulses: Kept;
  rituals: Kept;
  pauses: Kept;
  reflections: Kept;
  talkTimes: Kept;
  commitments: Kept;
}

/** The `weeks` seven-day blocks ending on `until`, oldest first. */
export function weeklyResponsiveness(
  record: PersonRecord,
  until: string,
  weeks: number,
): WeekResponsiveness[] {
  const end = dayNumber(until);
  const start = end - weeks * 7 + 1;
  const result: WeekResponsiveness[] = [];
  for (let w = 0; w < weeks; w++) {
    const last = start + w * 7 + 6;
    result.push({
      first: dayFromNumber(last - 6),
      last: dayFromNumber(last),
      pulses: { done: 0, of: 0 },
      rituals: { done: 0, of: 0 },
      pauses: { done: 0, of: 0 },
      reflections: { done: 0, of: 0 },
      talkTimes: { done: 0, of: 0 },
      commitments: { done: 0, of: 0 },
    });
  }
  const weekOf = (n: number) => (n < start || n > end ? undefined : result[Math.floor((n - start) / 7)]);
  const count = (kept: Kept, isDone: boolean) => {
    kept.of++;
    if (isDone) kept.done++;
  };

  const checkedIn = new Set(record.pulses.map((p) => dayNumber(p.day)));
  const calendar = new CadenceCalendar(record.cadences);
  // Nothing was due before the person's first cadence began: those days are not missed check-ins.
  const since = record.cadences[0] ? dayNumber(record.cadences[0].since) : start;
  for (let n = Math.max(start, since); n <= end; n++) {
    const week = weekOf(n);
    if (week && calendar.isCadenceDay(n)) count(week.pulses, checkedIn.has(n));
  }
  for (const moment of record.moments) {
    const week = weekOf(dayNumber(moment.day));
    if (!week) continue;
    if (moment.kind === 'ritual') count(week.rituals, moment.isKept);
    else if (moment.kind === 'pause') count(week.pauses, moment.isHonoured);
    else if (moment.kind === 'reflection') count(week.reflections, moment.isConfirmed);
    else if (moment.kind === 'talkTime') count(week.talkTimes, moment.isKept);
    else if (moment.kind === 'commitment') count(week.commitments, moment.isKept);
  }
  return result;
}
