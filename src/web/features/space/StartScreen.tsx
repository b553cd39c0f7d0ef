import { useState } from 'react';
import { api } from '../../api/client';
import { Disclaimer } from '../../components/Disclaimer';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link, navigate } from '../../router';

/** Onboarding: begin alone, invite the partner, or join the partner's space. */
export default function StartScreen() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function begin(then: string) {
    setBusy(true);
    setError(null);
    try {
      await api.startSpace();
      navigate(then);
    } catch (caught) {
      setError(problemOf(caught).message);
      setBusy(false);
    }
  }

  return (
    <Page title={t('start.title')}>
      <p className="lead">{t('start.lead')}</p>
      <div className="choices">
        <section className="card">
          <h2>{t('start.aloneTitle')}</h2>
          <p>{t('start.aloneBody')}</p>
          <button type="button" disabled={busy} onClick={() => begin('/')}>
            {t('start.alone')}
          </button>
        </section>
        <section className="card">
          <h2>{t('start.inviteTitle')}</h2>
          <p>{t('start.inviteBody')}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => begin('/invite')}>
            {t('start.invite')}
          </button>
        </section>
        <section className="card">
          <h2>{t('start.joinTitle')}</h2>
          <p>{t('start.joinBody')}</p>
          <Link className="button" href="/join">
            {t('start.join')}
          </Link>
        </section>
      </div>
      <FormError message={error} />
      <Disclaimer />
    </Page>
  );
}
