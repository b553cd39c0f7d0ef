import { type FormEvent, useState } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../core/account-rules';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useSession } from '../../session';
import { safeNext } from './next';

export default function SignUpScreen() {
  const { signedIn } = useSession();
  const next = safeNext(useLocation().search.get('next'));
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const me = await api.signUp({
        name: String(form.get('name') ?? ''),
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
        locale: 'en',
      });
      // The app moves on to `next` (or onward) as soon as it knows who is signed in.
      signedIn(me);
    } catch (caught) {
      const problem = problemOf(caught);
      setError(problem.message);
      setFields(problem.fields);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('signUp.title')} back="/">
      <form onSubmit={submit} noValidate={false}>
        <Field
          label={t('signUp.name')}
          hint={t('signUp.nameHint')}
          name="name"
          autoComplete="nickname"
          required
          maxLength={60}
          error={fields.name}
        />
        <Field
          label={t('common.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fields.email}
        />
        <Field
          label={t('common.password')}
          hint={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          error={fields.password}
        />
        <FormError message={error} />
        <button className="primary" type="submit" disabled={busy}>
          {busy ? t('signUp.busy') : t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')}{' '}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>
          {t('welcome.signIn')}
        </Link>
      </p>
    </Page>
  );
}
