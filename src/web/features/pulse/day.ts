import { formatDay } from '../../i18n/i18n';

/** A check-in day ("2026-11-27") in words, like "Friday 27 November", in the page's language. */
export function dayInWords(day: string): string {
  return formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' });
}
