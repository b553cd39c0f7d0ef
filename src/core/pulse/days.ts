import { addDays, type LocalDate, localDateAt } from '../local-time';

/**
 * Which days are check-in days. A day is a calendar date written `YYYY-MM-DD` in the person's own
 * time zone: "today" for someone in Tokyo can already be tomorrow for their partner in New York.
 */

export const STRESSORS = ['work', 'health', 'money', 'kids', 'family', 'sleep', 'other'] as const;
export type Stressor = (typeof STRESSORS)[number];
/** Stress that comes from outside the relationship: the partner's support helps most there. */
export const OUTSIDE_STRESSORS: readonly Stressor[] = ['work', 'health', 'money', 'kids', 'family', 'sleep'];

export const CADENCE_KINDS = ['daily', 'alternate', 'weekdays'] as const;
export type CadenceKind = (typeof CADENCE_KINDS)[number];

/**
 * How often to check in. Every other day counts from its anchor, the day it was chosen, so both
 * partners land on the same days. Weekdays are 0 (Sunday) to 6 (Saturday).
 */
export type Cadence =
  | { kind: 'daily' }
  | { kind: 'alternate'; anchor: string }
  | { kind: 'weekdays'; weekdays: readonly number[] };

export const DAILY: Cadence = { kind: 'daily' };

export function dayOf(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseDay(day: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return dayOf(addDays(date, 0)) === day ? date : null;
}

function dateOf(day: string): LocalDate {
  const date = parseDay(day);
  if (!date) throw new Error(`Not a day: ${day}`);
  return date;
}

/** Days since 1970-01-01, counted on the calendar (no time zone involved). */
export function dayNumber(day: string): number {
  const { year, month, day: d } = dateOf(day);
  return Math.round(Date.UTC(year, month - 1, d) / 86_400_000);
}

export function weekdayOf(day: string): number {
  const { year, month, day: d } = dateOf(day);
  return new Date(Date.UTC(year, month - 1, d)).getUTCDay();
}

export function shiftDay(day: string, days: number): string {
  return dayOf(addDays(dateOf(day), days));
}

/** The person's date at `now` in their time zone. */
export function todayIn(now: Date, timeZone: string): string {
  return dayOf(localDateAt(now, timeZone));
}

export function isCadenceDay(cadence: Cadence, day: string): boolean {
  switch (cadence.kind) {
    case 'daily':
      return true;
    case 'alternate':
      return (((dayNumber(day) - dayNumber(cadence.anchor)) % 2) + 2) % 2 === 0;
    case 'weekdays':
      return cadence.weekdays.includes(weekdayOf(day));
  }
}

/** The first check-in day on or after `day`; null only for a cadence with no days at all. */
export function nextCadenceDay(cadence: Cadence, day: string): string | null {
  for (let ahead = 0; ahead < 8; ahead++) {
    const candidate = shiftDay(day, ahead);
    if (isCadenceDay(cadence, candidate)) return candidate;
  }
  return null;
}

export function sameCadence(a: Cadence, b: Cadence): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'weekdays' && b.kind === 'weekdays')
    return [...a.weekdays].sort().join() === [...b.weekdays].sort().join();
  return true;
}
