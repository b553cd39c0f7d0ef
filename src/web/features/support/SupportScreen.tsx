import { Disclaimer } from '../../components/Disclaimer';
import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';

/**
 * Where the coach sends someone whose words point to harm. The full support and safety pages
 * (verified helplines by country, a quick exit) are not built yet, and this page says so.
 */
export function SupportScreen() {
  return (
    <Page title={t('support.title')} back="/">
      <p className="lead">{t('support.danger')}</p>
      <p>{t('support.private')}</p>
      <p>{t('support.coming')}</p>
      <Disclaimer />
    </Page>
  );
}
