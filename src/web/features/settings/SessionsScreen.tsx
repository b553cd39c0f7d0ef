import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../../core/contracts/account';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { formatDate, t } from '../../i18n/i18n';
import { useSession } from '../../session';

/** The devices you are signed in on, and a way to sign any of them out. */
export default function SessionsScreen() {
  const { me } = useSession();
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = useCallback(() => {
    api
      .sessions()
      .then(setSessions)
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);
  useEffect(load, [load]);

  async function act(action: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await action();
      setStatus(done);
      load();
    } catch (caught) {
      setError(problemOf(caught).message);
    }
  }

  if (!sessions && !error) return <Loading />;
  const others = (sessions ?? []).filter((s) => !s.isCurrent);
  return (
    <Page title={t('sessions.title')} back="/settings">
      <p>{t('sessions.intro')}</p>
      <ul className="list">
        {(sessions ?? []).map((session) => (
          <li key={session.id} className="card">
            <p>
              <strong>{session.device}</strong>{' '}
              {session.isCurrent && <span className="tag">{t('sessions.thisDevice')}</span>}
            </p>
            <p className="hint">
              {t('sessions.since', { date: formatDate(session.createdAt, me?.timeZone) })}
            </p>
            {!session.isCurrent && (
              <button
                type="button"
                className="quiet"
                aria-label={t('sessions.signOutNamed', { device: session.device })}
                onClick={() => act(() => api.revokeSession(session.id), t('sessions.ended'))}
              >
                {t('sessions.signOut')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 1 && (
        <button type="button" onClick={() => act(api.revokeOtherSessions, t('sessions.endedOthers'))}>
          {t('sessions.signOutOthers')}
        </button>
      )}
      <FormError message={error} />
      <Status message={status} />
    </Page>
  );
}
