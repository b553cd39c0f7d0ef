/**
 * Small, pure pieces of the safety flow: which country to show first, and the keyboard shortcut
 * that leaves Tend at once. Nothing here reads or writes storage or talks to the server.
 */

/** Where quick exit goes: one ordinary, neutral page, so leaving looks like everyday browsing. */
export const QUICK_EXIT_URL = 'https://www.bbc.com/weather';

/**
 * The country to show first, from a browser language tag such as "en-GB" or "de-DE".
 * Returns undefined when the tag names no region or the region is not one we have checked
 * resources for; the screen then asks the person to choose.
 */
export function countryFromLocale(locale: string | undefined, known: readonly string[]): string | undefined {
  if (!locale) return undefined;
  const parts = locale.replace(/_/g, '-').split('-');
  // The region is the first two-letter (or three-digit) subtag after the language.
  const region = parts.slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
  if (!region) return undefined;
  const code = region.toUpperCase();
  const alias = code === 'UK' ? 'GB' : code;
  return known.includes(alias) ? alias : undefined;
}

/** The first country any of the browser's languages points to, in the browser's own order. */
export function countryFromLocales(locales: readonly string[], known: readonly string[]): string | undefined {
  for (const locale of locales) {
    const found = countryFromLocale(locale, known);
    if (found) return found;
  }
  return undefined;
}

/** Keys that, pressed quickly three times in a row, leave Tend. */
const EXIT_KEYS = new Set(['Escape', 'Shift']);

/**
 * Watches key presses for the quick-exit shortcut: the same exit key (Escape or Shift) pressed
 * `count` times within `windowMs`. Feed it each key and the time it was pressed; it answers true
 * on the press that completes the shortcut. Any other key starts the count again.
 */
export function quickExitDetector(options: { count?: number; windowMs?: number } = {}) {
  const count = options.count ?? 3;
  const windowMs = options.windowMs ?? 1500;
  let key: string | null = null;
  let times: number[] = [];
  return function press(pressed: string, at: number): boolean {
    if (!EXIT_KEYS.has(pressed)) {
      key = null;
      times = [];
      return false;
    }
    if (pressed !== key) {
      key = pressed;
      times = [];
    }
    times = [...times.filter((time) => at - time <= windowMs), at];
    if (times.length >= count) {
      times = [];
      return true;
    }
    return false;
  };
}
