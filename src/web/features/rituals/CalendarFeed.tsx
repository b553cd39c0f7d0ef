import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

/**
 * The private calendar address. The server keeps only a hash of its secret, so the address is
 * shown once, right after it is made; a new one replaces it, and turning it off revokes it.
 */
export function CalendarFeed({ hasFeed, onChange }: { hasFeed: boolean; onChange(): void }) {
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function make() {
    setProblem(null);
    try {
      setUrl((await api.makeCalendarFeed()).url);
      setStatus(null);
      onChange();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  async function revoke() {
    setProblem(null);
    try {
      await api.revokeCalendarFeed();
      setUrl(null);
      setStatus(t('rituals.feedRevoked'));
      onChange();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  return (
    <section className="card" aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">{t('rituals.feedTitle')}</h2>
      <p>{t('rituals.feedLead')}</p>
      {url && (
        <div className="field">
          <label htmlFor="feed-url">{t('rituals.feedUrl')}</label>
          <p className="hint" id="feed-url-hint">
            {t('rituals.feedUrlHint')}
          </p>
          <input
            id="feed-url"
            readOnly
            value={url}
            aria-describedby="feed-url-hint"
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      {hasFeed && !url && <p>{t('rituals.feedOn')}</p>}
      <button type="button" onClick={make}>
        {hasFeed ? t('rituals.feedRenew') : t('rituals.feedMake')}
      </button>
      {hasFeed && <p className="hint">{t('rituals.feedRenewHint')}</p>}
      {hasFeed && (
        <button type="button" onClick={revoke}>
          {t('rituals.feedRevoke')}
        </button>
      )}
      <FormError message={problem} />
      <Status message={status} />
    </section>
  );
}
