import { en, type Messages } from './en';

export type MessageKey = keyof Messages;

// One catalog per language; English is complete and the fallback for any missing word.
const catalogs: Record<string, Partial<Messages>> = { en };
let current: Partial<Messages> = en;

export function setLanguage(locale: string): void {
  current = catalogs[locale] ?? en;
  document.documentElement.lang = catalogs[locale] ? locale : 'en';
}

/**
 * The words for `key` in the person's language, with `{name}` placeholders filled in. Someone who
 * deleted their account has no name any more: an empty `{name}` reads as "a former partner".
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = current[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in vars)) return whole;
    if (name === 'name' && vars.name === '') return t('common.formerPartner');
    return String(vars[name]);
  });
}

/** Dates and times in the person's language and time zone. */
export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone && { timeZone }),
  }).format(new Date(iso));
}

/**
 * A calendar day ("2026-11-27") in the page's language. The day is already the person's own date:
 * it is read as is, wherever the phone thinks it is.
 */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
    ...options,
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}
