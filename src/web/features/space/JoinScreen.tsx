import { type FormEvent, useEffect, useState } from 'react';
import type { InvitePreview } from '../../../core/contracts/space';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';

/** Opened from the partner's link: who invited you, then join (signing up or in first if needed). */
export function JoinLinkScreen({ token }: { token: string }) {
  const { me } = useSession();
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .previewInvite(token)
      .then(setPreview)
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, [token]);

  async function join() {
    setBusy(true);
    setError(null);
    try {
      await api.join({ token });
      navigate('/', { replace: true });
    } catch (caught) {
      setError(problemOf(caught).message);
      setBusy(false);
    }
  }

  if (!preview && !error) return <Loading />;
  const here = `/join/${token}`;
  return (
    <Page title={t('join.title')}>
      {preview && <p className="lead">{t('join.invitedBy', { name: preview.inviterName })}</p>}
      {preview && <p>{t('join.whatYouShare', { name: preview.inviterName })}</p>}
      <FormError message={error} />
      {preview &&
        (me ? (
          <button type="button" className="primary" disabled={busy} onClick={join}>
            {t('join.joinNamed', { name: preview.inviterName })}
          </button>
        ) : (
          <div className="actions">
            <Link className="button primary" href={`/sign-up?next=${encodeURIComponent(here)}`}>
              {t('join.signUpToJoin')}
            </Link>
            <Link className="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
              {t('join.signInToJoin')}
            </Link>
          </div>
        ))}
      {error && <Link href={me ? '/join' : '/'}>{me ? t('join.useCode') : t('common.home')}</Link>}
    </Page>
  );
}

/** Join with the short code the partner read out or sent. */
export function JoinCodeScreen() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.join({ code: String(new FormData(event.currentTarget).get('code') ?? '') });
      navigate('/', { replace: true });
    } catch (caught) {
      setError(problemOf(caught).message);
      setBusy(false);
    }
  }

  return (
    <Page title={t('join.codeTitle')} back="/start">
      <form onSubmit={submit}>
        <Field
          label={t('join.code')}
          hint={t('join.codeHint')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={20}
          className="mono"
        />
        <FormError message={error} />
        <button className="primary" type="submit" disabled={busy}>
          {t('join.submit')}
        </button>
      </form>
    </Page>
  );
}
