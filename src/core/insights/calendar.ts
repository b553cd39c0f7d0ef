import { addDays } from '../local-time';
import { dayOf, isCadenceDay, dayNumber as numberOfDay } from '../pulse/days';
import type { CadencePeriod } from './types';

/**
 * Days as numbers (days since 1970-01-01 on the calendar), so five years of records are walked
 * with arithmetic instead of parsing dates on every step. The meaning of a day and of a cadence
 * day stays the pulse room's (`pulse/days.ts`).
 */

const EPOCH = { year: 1970, month: 1, day: 1 };

// A person has one day string per calendar day, and the same days are read by every insight:
// remembering the conversion both ways saves parsing the same dates again and again. The memory is
// bounded (a few decades of days), and emptied if anything ever fills it.
const MEMORY = 50_000;
const numbers = new Map<string, number>();
const days = new Map<number, string>();

export function dayNumber(day: string): number {
  let n = numbers.get(day);
  if (n === undefined) {
    n = numberOfDay(day);
    if (numbers.size >= MEMORY) numbers.clear();
    numbers.set(day, n);
  }
  return n;
}

export function dayFromNumber(n: number): string {
  let day = days.get(n);
  if (day === undefined) {
    day = dayOf(addDays(EPOCH, n));
    if (days.size >= MEMORY) days.clear();
    days.set(n, day);
  }
  return day;
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
