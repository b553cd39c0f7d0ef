import { useState } from 'react';
import type { NotificationKind } from '../../../core/notification-kinds';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { kindLabel } from './kind-label';

/** Where an email's "Stop these emails" link leads: one button, no sign-in. */
export default function UnsubscribeScreen({ token }: { token: string }) {
  const [done, setDone] = useState<NotificationKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      setDone((await api.unsubscribeEmail(token)).kind);
    } catch (caught) {
      setError(problemOf(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('unsubscribe.title')}>
      {done ? (
        <>
          <p role="status">{t('unsubscribe.done', { kind: kindLabel(done) })}</p>
          <p>{t('unsubscribe.settings')}</p>
        </>
      ) : (
        <>
          <p>{t('unsubscribe.intro')}</p>
          <FormError message={error} />
          <button type="button" className="primary" onClick={confirm} disabled={busy}>
            {t('unsubscribe.confirm')}
          </button>
        </>
      )}
    </Page>
  );
}
