import { useState } from 'react';
import type { NewInvite } from '../../../core/contracts/space';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { formatDate, t } from '../../i18n/i18n';
import { Link, Redirect } from '../../router';
import { useSession } from '../../session';
import { useHome } from '../home/useHome';

/** Invite the partner: a link and a short code, shown once, valid for 7 days. */
export default function InviteScreen() {
  const { me } = useSession();
  const { home, error: loadError, refresh } = useHome();
  const [invite, setInvite] = useState<NewInvite | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (loadError && !home)
    return (
      <Page title={t('invite.title')} back="/">
        <FormError message={loadError} />
      </Page>
    );
  if (!home) return <Loading />;
  if (!home.space) return <Redirect to="/start" />;
  const partner = home.space.members.find((m) => !m.isYou);

  async function create() {
    setError(null);
    setStatus(null);
    try {
      setInvite(await api.invite());
      refresh();
    } catch (caught) {
      setError(problemOf(caught).message);
    }
  }

  async function withdraw(id: string) {
    setError(null);
    try {
      await api.withdrawInvite(id);
      setInvite(null);
      setStatus(t('invite.withdrawn'));
      refresh();
    } catch (caught) {
      setError(problemOf(caught).message);
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('invite.copied'));
    } catch {
      setStatus(t('invite.copyFailed'));
    }
  }

  if (partner) {
    return (
      <Page title={t('invite.title')} back="/">
        <p role="status">{t('invite.partnerHere', { name: partner.name })}</p>
        <Link className="button primary" href="/">
          {t('common.home')}
        </Link>
      </Page>
    );
  }

  const pending = home.space.pendingInvite;
  const shown = invite && pending?.id === invite.id ? invite : null;
  return (
    <Page title={t('invite.title')} back="/">
      <p>{t('invite.whatTheySee', { name: me?.name ?? '' })}</p>
      <p>{t('invite.private')}</p>
      {shown ? (
        <section className="card invite" aria-labelledby="invite-ready">
          <h2 id="invite-ready">{t('invite.readyTitle')}</h2>
          <label htmlFor="invite-link">{t('invite.link')}</label>
          <input
            id="invite-link"
            className="mono"
            readOnly
            value={shown.link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="actions">
            <button type="button" className="primary" onClick={() => copy(shown.link)}>
              {t('invite.copy')}
            </button>
            {'share' in navigator && (
              <button
                type="button"
                onClick={() =>
                  navigator
                    .share({ title: 'Tend', text: t('invite.shareText'), url: shown.link })
                    .catch(() => {})
                }
              >
                {t('invite.share')}
              </button>
            )}
          </div>
          <p>{t('invite.orCode')}</p>
          <p className="code">
            <span aria-hidden="true">{shown.code}</span>
            <span className="visually-hidden">
              {t('invite.codeLabel', { code: shown.code.split('').join(' ') })}
            </span>
          </p>
          <p className="hint">{t('invite.expires', { date: formatDate(shown.expiresAt, me?.timeZone) })}</p>
          <p className="hint">{t('invite.onceOnly')}</p>
          <button type="button" className="quiet" onClick={() => withdraw(shown.id)}>
            {t('invite.withdraw')}
          </button>
        </section>
      ) : pending ? (
        <section className="card">
          <p>{t('invite.openUntil', { date: formatDate(pending.expiresAt, me?.timeZone) })}</p>
          <p className="hint">{t('invite.hiddenAfter')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={create}>
              {t('invite.makeNew')}
            </button>
            <button type="button" className="quiet" onClick={() => withdraw(pending.id)}>
              {t('invite.withdraw')}
            </button>
          </div>
        </section>
      ) : (
        <button type="button" className="primary" onClick={create}>
          {t('invite.create')}
        </button>
      )}
      <FormError message={error} />
      <Status message={status} />
    </Page>
  );
}
