/**
 * Wall-clock time in a person's own time zone, with `Intl` only.
 *
 * A reminder is set for a local time ("20:00 where I live"); the scheduler needs the UTC instant.
 * Around a daylight-saving change a local time can be skipped (spring forward) or happen twice
 * (fall back). The rule here is the one calendars use:
 * - a skipped time moves forward by the length of the gap (02:30 on a spring-forward night in
 *   Berlin becomes 03:30 summer time), so the reminder still comes that day, a little later;
 * - a time that happens twice is taken at its first occurrence (the earlier instant), so a
 *   reminder never comes twice and never an hour late.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA name this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time at `instant` in `timeZone`. */
export function wallClockAt(instant: Date, timeZone: string): LocalDate & LocalTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
export function offsetAt(instantMs: number, timeZone: string): number {
  const wall = wallClockAt(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The UTC instant of a local date and time in `timeZone`, by the rule at the top of this file. */
export function localToUtc(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const wallMs = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // Offsets a day either side cover both sides of any change near this time.
  const before = offsetAt(wallMs - DAY_MS, timeZone);
  const after = offsetAt(wallMs + DAY_MS, timeZone);
  const fits = (offset: number) => offsetAt(wallMs - offset, timeZone) === offset;
  const candidates = [...new Set([before, after])].filter(fits).map((offset) => wallMs - offset);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // Skipped: read the time with the offset in force before the gap, which lands after it.
  return new Date(wallMs - before);
}

/** The local calendar date at `instant` in `timeZone`. */
export function localDateAt(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClockAt(instant, timeZone);
  return { year, month, day };
}

/** The calendar date `days` after `date` (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** "HH:MM" to hours and minutes; null when it is not a time of day. */
export function parseTimeOfDay(text: string): LocalTime | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The next instant at or after `from` when it is `time` in `timeZone`. */
export function nextLocalTime(from: Date, time: LocalTime, timeZone: string): Date {
  const today = localDateAt(from, timeZone);
  for (let days = 0; days < 3; days++) {
    const candidate = localToUtc(addDays(today, days), time, timeZone);
    if (candidate.getTime() >= from.getTime()) return candidate;
  }
  return localToUtc(addDays(today, 3), time, timeZone);
}

export interface QuietHours {
  start: LocalTime;
  end: LocalTime;
}

/**
 * When quiet hours that cover `instant` end, or null when `instant` is outside them. Quiet hours
 * may run past midnight (22:00–07:00); a start equal to the end means none.
 */
export function quietHoursEnd(instant: Date, quiet: QuietHours, timeZone: string): Date | null {
  const wall = wallClockAt(instant, timeZone);
  const now = wall.hour * 60 + wall.minute;
  const start = quiet.start.hour * 60 + quiet.start.minute;
  const end = quiet.end.hour * 60 + quiet.end.minute;
  if (start === end) return null;
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  return nextLocalTime(instant, quiet.end, timeZone);
}
