import { byStrength, type Comparison, compare, emptyCounts, tally } from './association';
import { CadenceCalendar, dayNumber } from './calendar';
import { type PersonRecord, type Practice, practiceOf } from './types';

/**
 * What helps: for each practice, the person's closeness at check-ins that came after it, against
 * check-ins that did not.
 *
 * "After" is defined on the cadence: a check-in on day T comes after a practice when the practice
 * happened on the previous cadence day P or on a day between P and T (P ≤ day < T). For a daily
 * cadence that is the day before; every other day, either of the two days before; on weekdays,
 * Friday's and the weekend's practices come before Monday's check-in. So each check-in is counted
 * once, in one group per practice, and:
 * - a practice on the day of a check-in belongs to the next one (it may have come after it);
 * - a missed check-in counts in neither group (missing is not zero, and it is not carried over);
 * - a check-in whose window starts before the first check-in on record is left out (we do not
 *   know what came before), so the very first check-in never counts.
 */

export interface PracticeAssociation extends Comparison {
  practice: Practice;
}

export function whatHelps(record: PersonRecord): PracticeAssociation[] {
  if (record.pulses.length === 0) return [];
  const calendar = new CadenceCalendar(record.cadences);
  const checkIns = record.pulses.map((p) => ({ day: dayNumber(p.day), closeness: p.closeness }));
  let historyStart = Number.POSITIVE_INFINITY;
  for (const c of checkIns) historyStart = Math.min(historyStart, c.day);

  const daysOf = new Map<Practice, Set<number>>();
  for (const moment of record.moments) {
    const practice = practiceOf(moment);
    if (practice === null) continue;
    let days = daysOf.get(practice);
    if (!days) {
      days = new Set();
      daysOf.set(practice, days);
    }
    days.add(dayNumber(moment.day));
  }

  // Each check-in that has a window: [previous cadence day, its day).
  const outcomes: { from: number; to: number; closeness: number }[] = [];
  for (const c of checkIns) {
    const from = calendar.previousCadenceDay(c.day);
    if (from !== null && from >= historyStart) outcomes.push({ from, to: c.day, closeness: c.closeness });
  }

  const result: PracticeAssociation[] = [];
  for (const [practice, days] of daysOf) {
    const withCounts = emptyCounts();
    const withoutCounts = emptyCounts();
    for (const o of outcomes) {
      let isAfter = false;
      for (let d = o.from; d < o.to && !isAfter; d++) isAfter = days.has(d);
      tally(isAfter ? withCounts : withoutCounts, o.closeness);
    }
    result.push({ practice, ...compare(withCounts, withoutCounts, practice) });
  }
  return result.sort(byStrength('highest'));
}
