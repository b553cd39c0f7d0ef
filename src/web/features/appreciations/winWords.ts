import type { Win } from '../../../core/contracts/appreciations';
import { t } from '../../i18n/i18n';

/** What a win says: the words someone wrote, or what happened when it came from a talk, a pause or a repair. */
export function winWords(win: Win): string {
  if (win.text) return win.text;
  if (win.source === 'reflection') return t('wins.source.reflection', { name: win.by?.name ?? '' });
  if (win.source === 'repair') return t('wins.source.repair', { name: win.by?.name ?? '' });
  if (win.source === 'ritual') return t('wins.source.ritual');
  return t('wins.source.pause');
}
