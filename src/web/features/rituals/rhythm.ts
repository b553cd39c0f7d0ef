import { t } from '../../i18n/i18n';

/** The weekday codes of RFC 5545, in JavaScript's order (0 is Sunday). */
export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
/** Monday first, as a week reads in most places. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export type Rhythm =
  | { kind: 'daily' }
  | { kind: 'weekly' | 'fortnightly'; days: number[] }
  | { kind: 'monthly'; day: number };

const dayName = (d: number) => t(`pulse.weekday.${d}` as 'pulse.weekday.0');
const codeOf = (d: number) => WEEKDAY_CODES[d] ?? 'MO';

/** The few rhythms the form offers, read from a rule (the library's and the ones it wrote). */
export function rhythmOf(rule: string): Rhythm {
  const parts = new Map(rule.split(';').map((p) => p.split('=') as [string, string]));
  const days = (parts.get('BYDAY') ?? '')
    .split(',')
    .map((code) => WEEKDAY_CODES.indexOf(code.replace(/^-?\d/, '') as 'MO'))
    .filter((d) => d >= 0);
  if (parts.get('FREQ') === 'MONTHLY') return { kind: 'monthly', day: days[0] ?? 0 };
  if (parts.get('FREQ') === 'WEEKLY') {
    return { kind: parts.get('INTERVAL') === '2' ? 'fortnightly' : 'weekly', days: days.length ? days : [1] };
  }
  return { kind: 'daily' };
}

export function ruleOf(rhythm: Rhythm): string {
  if (rhythm.kind === 'daily') return 'FREQ=DAILY';
  if (rhythm.kind === 'monthly') return `FREQ=MONTHLY;BYDAY=1${codeOf(rhythm.day)}`;
  const days = WEEK_ORDER.filter((d) => rhythm.days.includes(d))
    .map(codeOf)
    .join(',');
  return `FREQ=WEEKLY;${rhythm.kind === 'fortnightly' ? 'INTERVAL=2;' : ''}BYDAY=${days}`;
}

/** "Every day", "Monday, Thursday", "Every other week: Friday", "Once a month: Sunday". */
export function describeRule(rule: string): string {
  const rhythm = rhythmOf(rule);
  if (rhythm.kind === 'daily') return t('rituals.rhythm.daily');
  if (rhythm.kind === 'monthly') return `${t('rituals.rhythm.monthly')}: ${dayName(rhythm.day)}`;
  const days = WEEK_ORDER.filter((d) => rhythm.days.includes(d))
    .map(dayName)
    .join(', ');
  return rhythm.kind === 'fortnightly' ? `${t('rituals.rhythm.fortnightly')}: ${days}` : days;
}

/** The rhythm and time; the zone is named when it is not the reader's own, as the partner's may be. */
export function scheduleWords(ritual: {
  rule: string;
  time: string;
  minutes: number;
  timeZone: string;
}): string {
  const words = { rhythm: describeRule(ritual.rule), time: ritual.time, minutes: ritual.minutes };
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ritual.timeZone === own
    ? t('rituals.schedule', words)
    : t('rituals.scheduleZone', { ...words, zone: ritual.timeZone.replace(/_/g, ' ') });
}
