import { t } from '../i18n/i18n';

/** Said plainly wherever someone starts: Tend is not therapy and not medical advice. */
export function Disclaimer() {
  return <p className="disclaimer">{t('common.disclaimer')}</p>;
}
