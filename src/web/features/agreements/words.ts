import type { AgreementCategory } from '../../../core/agreements/rules';
import { t } from '../../i18n/i18n';

export const categoryWords = (category: AgreementCategory) => t(`agreements.category.${category}`);

/** A calendar day (YYYY-MM-DD) as the person reads dates, without shifting it by a time zone. */
export function dayWords(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)));
}

export const whenWords = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const nameOf = (person: { name: string; isYou: boolean } | null) =>
  person ? (person.isYou ? t('agreements.you') : person.name) : '';
