/** A check-in day ("2026-11-27") in words, like "Friday 27 November", in the page's language. */
export function dayInWords(day: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    // The day is already the person's own date: read it as is, wherever the phone thinks it is.
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}
