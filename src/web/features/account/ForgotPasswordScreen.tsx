import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

export default function ForgotPasswordScreen() {
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.requestPasswordReset(String(new FormData(event.currentTarget).get('email') ?? ''));
      setSent(true);
    } catch (caught) {
      setError(problemOf(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('forgot.title')} back="/sign-in">
      {sent ? (
        <p role="status">{t('forgot.sent')}</p>
      ) : (
        <form onSubmit={submit}>
          <p>{t('forgot.intro')}</p>
          <Field label={t('common.email')} name="email" type="email" autoComplete="email" required />
          <FormError message={error} />
          <button className="primary" type="submit" disabled={busy}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
    </Page>
  );
}
