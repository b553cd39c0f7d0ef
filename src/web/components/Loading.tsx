import { t } from '../i18n/i18n';

export function Loading() {
  return (
    <main className="page" aria-busy="true">
      <p className="loading">{t('common.loading')}</p>
    </main>
  );
}
