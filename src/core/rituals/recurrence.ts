import * as rruleModule from 'rrule';
import { addDays, type LocalDate, localToUtc, parseTimeOfDay, wallClockAt } from '../local-time';
import { dayOf, parseDay } from '../pulse/days';

/**
 * When a ritual happens: an RFC 5545 rule (`FREQ=WEEKLY;BYDAY=MO,TH`), a first day, a local time
 * and the time zone it is kept in. The rrule library expands the rule over *wall-clock* dates
 * only (floating, no TZID: its TZID handling depends on the machine's own zone); each date's local
 * time is then turned into its UTC instant by `localToUtc`, which is where daylight-saving changes
 * are handled, the same way reminders handle them.
 */

// Node loads the library's CommonJS build (classes under `default`); the web bundle its ES build.
type RRuleModule = typeof rruleModule;
const lib: RRuleModule =
  'RRule' in rruleModule && rruleModule.RRule
    ? rruleModule
    : (rruleModule as unknown as { default: RRuleModule }).default;

export interface Schedule {
  rule: string;
  /** The first day it may happen, `YYYY-MM-DD` in `timeZone`. */
  startDay: string;
  /** `HH:MM` in `timeZone`. */
  time: string;
  timeZone: string;
}

export interface Occurrence {
  /** The calendar day it falls on in the ritual's zone; its name in the log. */
  day: string;
  startsAt: Date;
}

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const PARTS: Record<string, RegExp> = {
  FREQ: /^(DAILY|WEEKLY|MONTHLY)$/,
  INTERVAL: /^([1-9]|1[0-2])$/,
  BYDAY: new RegExp(`^((-1|[1-4])?${WEEKDAY})(,((-1|[1-4])?${WEEKDAY})){0,6}$`),
  COUNT: /^([1-9]\d{0,2})$/,
  UNTIL: /^\d{8}$/,
};

/**
 * Whether `rule` is a recurrence Tend keeps: daily, weekly or monthly, every 1–12 periods, on
 * given weekdays (monthly: "the first Sunday"), with an optional count or last day. Anything
 * else (hourly rules, several hundred occurrences a day) is refused before it reaches the library.
 */
export function isRitualRule(rule: string): boolean {
  if (rule.length > 120) return false;
  const seen = new Set<string>();
  for (const part of rule.split(';')) {
    const [name, value, ...rest] = part.split('=');
    const pattern = name ? PARTS[name] : undefined;
    if (!name || !value || rest.length > 0 || !pattern || seen.has(name) || !pattern.test(value))
      return false;
    seen.add(name);
  }
  if (!seen.has('FREQ') || (seen.has('COUNT') && seen.has('UNTIL'))) return false;
  const until = /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(rule);
  if (until && !parseDay(`${until[1]}-${until[2]}-${until[3]}`)) return false;
  // An ordinal weekday ("1SU") belongs to a monthly rule only.
  if (!rule.includes('FREQ=MONTHLY') && /BYDAY=[^;]*\d/.test(rule)) return false;
  return true;
}

const floating = (date: LocalDate, hour = 0, minute = 0) =>
  new Date(Date.UTC(date.year, date.month - 1, date.day, hour, minute));
const dateOfFloating = (d: Date): LocalDate => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
});

const daysBetween = (a: LocalDate, b: LocalDate) =>
  Math.round((floating(b).getTime() - floating(a).getTime()) / 86_400_000);

/**
 * The latest day on or before `near` that is a whole number of the rule's periods after `start`
 * (days, weeks or months, times its interval), or `start` itself. The library walks every
 * occurrence from the first one, so a ritual kept for years would cost years of steps on each
 * read; starting whole periods later keeps the same rhythm (every other week stays on its weeks,
 * "monthly on the 31st" on the months that have one). A rule that counts its occurrences is
 * walked from its first day, since its count is.
 */
function startNear(
  options: { freq: number; interval?: number; count?: number | null },
  start: LocalDate,
  near: LocalDate,
) {
  const interval = options.interval ?? 1;
  if (options.count || daysBetween(start, near) <= 0) return start;
  if (options.freq === lib.RRule.MONTHLY) {
    const months = (near.year - start.year) * 12 + (near.month - start.month);
    for (let k = Math.floor(months / interval); k > 0; k--) {
      const month = start.month - 1 + k * interval;
      const candidate = {
        year: start.year + Math.floor(month / 12),
        month: (month % 12) + 1,
        day: start.day,
      };
      const exists = addDays(candidate, 0).day === start.day;
      if (exists && daysBetween(candidate, near) >= 0) return candidate;
    }
    return start;
  }
  const period = options.freq === lib.RRule.WEEKLY ? 7 * interval : interval;
  return addDays(start, Math.floor(daysBetween(start, near) / period) * period);
}

/** The rule as the library takes it, walked from a first occurrence on or shortly before `near`. */
function ruleFor(schedule: Schedule, near: LocalDate) {
  const start = parseDay(schedule.startDay);
  const time = parseTimeOfDay(schedule.time);
  if (!start || !time || !isRitualRule(schedule.rule)) return null;
  const options = lib.RRule.parseString(schedule.rule);
  // A last day counts whole, whatever the time of day.
  if (options.until) options.until = new Date(options.until.getTime() + 24 * 3600_000 - 1);
  // Every rule Tend keeps names its FREQ.
  const freq = options.freq ?? lib.RRule.DAILY;
  const first = startNear({ ...options, freq }, start, near);
  return { rule: new lib.RRule({ ...options, dtstart: floating(first, time.hour, time.minute) }), time };
}

/** The occurrences that start in [from, to), in order. */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date): Occurrence[] {
  if (to <= from) return [];
  // Wall-clock bounds a day wider than the window cover every zone's offset.
  const first = addDays(wallClockAt(from, schedule.timeZone), -1);
  const last = addDays(wallClockAt(to, schedule.timeZone), 1);
  const built = ruleFor(schedule, first);
  if (!built) return [];
  const found: Occurrence[] = [];
  for (const wall of built.rule.between(floating(first), floating(last, 23, 59), true)) {
    const date = dateOfFloating(wall);
    const startsAt = localToUtc(date, built.time, schedule.timeZone);
    if (startsAt >= from && startsAt < to) found.push({ day: dayOf(date), startsAt });
  }
  return found;
}

/** The first occurrence at or after `from` (looking a year ahead), or null when the rule has ended. */
export function nextOccurrence(schedule: Schedule, from: Date): Occurrence | null {
  for (let weeks = 0; weeks < 52; weeks += 4) {
    const start = new Date(from.getTime() + weeks * 7 * 86_400_000);
    const [next] = occurrencesBetween(schedule, start, new Date(start.getTime() + 28 * 86_400_000));
    if (next) return next;
  }
  return null;
}

/** Whether `day` is one of the rule's days. */
export function isOccurrenceDay(schedule: Schedule, day: string): Occurrence | null {
  const date = parseDay(day);
  const time = parseTimeOfDay(schedule.time);
  if (!date || !time) return null;
  const startsAt = localToUtc(date, time, schedule.timeZone);
  const around = occurrencesBetween(
    schedule,
    new Date(startsAt.getTime() - 3600_000 * 3),
    new Date(startsAt.getTime() + 3600_000 * 3),
  );
  return around.find((o) => o.day === day) ?? null;
}
