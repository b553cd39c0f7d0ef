import { type FormEvent, useState } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../core/account-rules';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';

export default function ResetPasswordScreen() {
  const token = useLocation().search.get('token') ?? '';
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.resetPassword(token, String(new FormData(event.currentTarget).get('password') ?? ''));
      setDone(true);
    } catch (caught) {
      setError(problemOf(caught).message);
    } finally {
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <Page title={t('reset.title')}>
        <p>{t('reset.noToken')}</p>
        <Link href="/forgot-password">{t('reset.askAgain')}</Link>
      </Page>
    );
  }
  return (
    <Page title={t('reset.title')}>
      {done ? (
        <>
          <p role="status">{t('reset.done')}</p>
          <Link className="button primary" href="/sign-in">
            {t('welcome.signIn')}
          </Link>
        </>
      ) : (
        <form onSubmit={submit}>
          <Field
            label={t('reset.password')}
            hint={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
          />
          <FormError message={error} />
          <button className="primary" type="submit" disabled={busy}>
            {t('reset.submit')}
          </button>
        </form>
      )}
    </Page>
  );
}
