import { useState } from 'react';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { CommitmentForm } from './CommitmentForm';
import { CommitmentItem } from './CommitmentItem';
import { useCommitments } from './useCommitments';

/** Follow-through: one's own list, still to do and done or not, and what the partner shares. */
export default function CommitmentsScreen() {
  const { data, error, refresh } = useCommitments();
  const [problem, setProblem] = useState<string | null>(null);
  const act = (move: () => Promise<unknown>) => {
    setProblem(null);
    move().then(refresh, (caught: unknown) => setProblem(problemOf(caught).message));
  };

  if (!data) {
    return (
      <Page title={t('commitments.title')} back="/">
        <p>{error ?? t('commitments.loading')}</p>
      </Page>
    );
  }
  const { today, partnerName } = data;
  const waiting = data.mine.filter((c) => c.status === 'open');
  const settled = data.mine.filter((c) => c.status !== 'open');
  const item = (c: (typeof data.mine)[number]) => (
    <CommitmentItem key={c.id} commitment={c} today={today} partnerName={partnerName} act={act} />
  );

  return (
    <Page title={t('commitments.title')} back="/">
      <p>{partnerName ? t('commitments.lead', { name: partnerName }) : t('commitments.leadAlone')}</p>
      <FormError message={problem} />
      <section aria-labelledby="waiting">
        <h2 id="waiting">{t('commitments.waitingTitle')}</h2>
        {waiting.length === 0 && <p>{t('commitments.waitingNone')}</p>}
        <ul className="list">{waiting.map(item)}</ul>
      </section>
      <section className="card" aria-labelledby="add-commitment">
        <h2 id="add-commitment">{t('commitments.formTitle')}</h2>
        <CommitmentForm partnerName={partnerName} onAdded={refresh} />
      </section>
      {settled.length > 0 && (
        <section aria-labelledby="settled">
          <h2 id="settled">{t('commitments.settledTitle')}</h2>
          <ul className="list">{settled.map(item)}</ul>
        </section>
      )}
      {partnerName && data.partners.length > 0 && (
        <section className="card" aria-labelledby="partners">
          <h2 id="partners">{t('commitments.partnerTitle', { name: partnerName })}</h2>
          <ul className="plain-list">
            {data.partners.map((c) => (
              <li key={c.id} data-testid="partner-commitment">
                <p className="note-text">{c.text}</p>
                {c.status !== 'open' && (
                  <p className="hint">
                    {c.status === 'done' ? t('commitments.wasDone') : t('commitments.wasNotDone')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
