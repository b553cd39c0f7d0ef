import type { Problem } from '../../../core/contracts/problems';
import type { Helped } from '../../../core/problems/machine';
import { t } from '../../i18n/i18n';
import { dayWords } from '../agreements/words';

export const helpedWords = (helped: Helped) => t(`problems.helped.${helped}`);

/** Where a problem has got to, in a few words. */
export function phaseWords(problem: Problem): string {
  if (problem.phase === 'experimenting') {
    return t('problems.phase.experimenting', { date: dayWords(problem.experiment?.endsOn ?? problem.today) });
  }
  return t(`problems.phase.${problem.phase}`);
}
