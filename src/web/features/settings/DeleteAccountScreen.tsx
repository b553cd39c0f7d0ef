import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { useHome } from '../home/useHome';

/** Deleting the account: what goes, what the partner keeps, the password and a typed word. */
export default function DeleteAccountScreen() {
  const { me, signedOut } = useSession();
  const { home } = useHome();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [isBusy, setBusy] = useState(false);
  if (!me) return <Loading />;
  const hasPartner = (home?.space?.members.length ?? 0) > 1;
  const word = t('deleteAccount.confirmWord');

  async function remove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setFields({});
    if (
      String(form.get('word') ?? '')
        .trim()
        .toLowerCase() !== word
    ) {
      setFields({ word: t('deleteAccount.wordMismatch') });
      return;
    }
    setBusy(true);
    try {
      await api.deleteAccount(String(form.get('password') ?? ''));
      signedOut();
      navigate('/');
    } catch (caught) {
      const problem = problemOf(caught);
      setError(problem.message);
      setFields(problem.fields);
      setBusy(false);
    }
  }

  return (
    <Page title={t('deleteAccount.title')} back="/settings">
      <p>{t('deleteAccount.lead')}</p>
      <section aria-labelledby="goes">
        <h2 id="goes">{t('deleteAccount.goesTitle')}</h2>
        <p>{t('deleteAccount.goes')}</p>
      </section>
      <section aria-labelledby="stays">
        <h2 id="stays">{t('deleteAccount.staysTitle')}</h2>
        <p>{hasPartner ? t('deleteAccount.stays') : t('deleteAccount.staysAlone')}</p>
      </section>
      <form onSubmit={remove} aria-labelledby="delete-form">
        <h2 id="delete-form" className="visually-hidden">
          {t('deleteAccount.title')}
        </h2>
        <Field
          label={t('deleteAccount.password')}
          hint={t('deleteAccount.passwordHint')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fields.password}
        />
        <Field
          label={t('deleteAccount.word', { word })}
          name="word"
          autoComplete="off"
          autoCapitalize="none"
          required
          error={fields.word}
        />
        <FormError message={error} />
        <div className="actions">
          <button className="danger" type="submit" disabled={isBusy}>
            {isBusy ? t('deleteAccount.busy') : t('deleteAccount.submit')}
          </button>
          <button type="button" onClick={() => navigate('/settings')}>
            {t('deleteAccount.keep')}
          </button>
        </div>
      </form>
    </Page>
  );
}
