import type { Repair } from '../../../core/contracts/repair';
import { t } from '../../i18n/i18n';

/** Where a repair stands, in words for whichever side of it the reader is on. */
export function statusWords(repair: Repair): string {
  const isMine = repair.from.isYou;
  const name = repair.to?.name ?? '';
  switch (repair.status) {
    case 'draft':
      return t('repair.status.draft');
    case 'sent':
      return t('repair.status.sent');
    case 'replied':
      return isMine ? t('repair.status.replied', { name }) : t('repair.status.repliedToThem');
    case 'time':
      return isMine ? t('repair.status.time', { name }) : t('repair.status.timeToThem');
    case 'accepted':
      return isMine ? t('repair.status.accepted', { name }) : t('repair.status.acceptedToThem');
  }
}
