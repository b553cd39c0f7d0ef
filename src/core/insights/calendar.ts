import { addDays } from '../local-time';
import { dayNumber, dayOf, isCadenceDay } from '../pulse/days';
import type { CadencePeriod } from './types';

/**
 * Days as numbers (days since 1970-01-01 on the calendar), so five years of records are walked
 * with arithmetic instead of parsing dates on every step. The meaning of a day and of a cadence
 * day stays the pulse room's (`pulse/days.ts`).
 */

export { dayNumber };

const EPOCH = { year: 1970, month: 1, day: 1 };

export function dayFromNumber(n: number): string {
  return dayOf(addDays(EPOCH, n));
}

/**
 * Whether each day in a range is a cadence day, from the cadence in force that day. Every cadence
 * repeats within two weeks (a weekday set each week, every other day each two days), so the pulse
 * room's own rule is asked fourteen times per period and the answer reused.
 */
export class CadenceCalendar {
  private readonly periods: { since: number; pattern: boolean[] }[];

  constructor(periods: readonly CadencePeriod[]) {
    const sorted = [...periods].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
    this.periods = sorted.map(({ since, cadence }) => {
      const start = dayNumber(since);
      const pattern: boolean[] = [];
      for (let i = 0; i < 14; i++) pattern.push(isCadenceDay(cadence, dayFromNumber(start + i)));
      return { since: start, pattern };
    });
  }

  isCadenceDay(day: number): boolean {
    const periods = this.periods;
    if (periods.length === 0) return true;
    let period = periods[0];
    for (let i = periods.length - 1; i >= 0; i--) {
      const candidate = periods[i];
      if (candidate && candidate.since <= day) {
        period = candidate;
        break;
      }
    }
    if (!period) return true;
    const offset = (((day - period.since) % 14) + 14) % 14;
    return period.pattern[offset] ?? false;
  }

  /** The last cadence day before `day`, looking back at most a week; null when there is none. */
  previousCadenceDay(day: number): number | null {
    for (let back = 1; back <= 7; back++) if (this.isCadenceDay(day - back)) return day - back;
    return null;
  }
}
