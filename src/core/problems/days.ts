import { dayOf, parseDay } from '../agreements/days';
import { addDays } from '../local-time';
import { MAX_TRIAL_DAYS } from './machine';

/** The last day of a trial nobody chose: a week from today. */
export function defaultTrialEnd(today: string): string {
  const date = parseDay(today);
  return date ? dayOf(addDays(date, 7)) : today;
}

/** Why a chosen last day of a trial cannot be used, or null when it can. */
export function trialEndProblem(endsOn: string, today: string): string | null {
  const date = parseDay(endsOn);
  const from = parseDay(today);
  if (!date || !from) return 'choose a real date';
  if (endsOn < today) return 'choose today or a later day';
  if (endsOn > dayOf(addDays(from, MAX_TRIAL_DAYS))) return `choose a day within ${MAX_TRIAL_DAYS} days`;
  return null;
}
