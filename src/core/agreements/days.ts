import { addDays, type LocalDate, localDateAt } from '../local-time';
import { DEFAULT_REVIEW_DAYS, MAX_REVIEW_DAYS } from './rules';

/** A calendar day as YYYY-MM-DD. */
export function dayOf(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** YYYY-MM-DD to a calendar date; null when it is not a real day. */
export function parseDay(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return dayOf(addDays(date, 0)) === text ? date : null;
}

/** Today in a person's own time zone. */
export function todayIn(now: Date, timeZone: string): string {
  return dayOf(localDateAt(now, timeZone));
}

/** The review date a proposal gets when nobody chose one: four weeks from today. */
export function defaultReviewDay(today: string): string {
  const date = parseDay(today);
  return date ? dayOf(addDays(date, DEFAULT_REVIEW_DAYS)) : today;
}

/** Why a chosen review date cannot be used, or null when it can. */
export function reviewDayProblem(reviewOn: string, today: string): string | null {
  const date = parseDay(reviewOn);
  const from = parseDay(today);
  if (!date || !from) return 'choose a real date';
  if (reviewOn < today) return 'choose today or a later day';
  if (reviewOn > dayOf(addDays(from, MAX_REVIEW_DAYS))) return 'choose a day within a year';
  return null;
}
