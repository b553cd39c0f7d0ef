import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useSession } from '../../session';
import { safeNext } from './next';

export function SignInScreen() {
  const { signedIn } = useSession();
  const next = safeNext(useLocation().search.get('next'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const me = await api.signIn({
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      signedIn(me);
    } catch (caught) {
      setError(problemOf(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('signIn.title')} back="/">
      <form onSubmit={submit}>
        <Field label={t('common.email')} name="email" type="email" autoComplete="email" required />
        <Field
          label={t('common.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <FormError message={error} />
        <button className="primary" type="submit" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')}{' '}
        <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>
          {t('welcome.signUp')}
        </Link>
      </p>
    </Page>
  );
}
