import { useEffect, useState } from 'react';
import type { JournalEntry } from '../../../core/contracts/journal';
import type { Feeling } from '../../../core/journal/prompts';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { formatDate, t } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { EntryForm } from './EntryForm';

/** One entry: change it, delete it (after asking), or share a copy of its words as a note. */
export default function EntryScreen({ entryId }: { entryId: string }) {
  const [entry, setEntry] = useState<JournalEntry | null | undefined>(undefined);
  const [partnerName, setPartnerName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .journalEntry(entryId)
      .then(setEntry)
      .catch(() => setEntry(null));
    api
      .home()
      .then((home) => setPartnerName(home.space?.members.find((m) => !m.isYou)?.name ?? null))
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, [entryId]);

  if (entry === undefined) return <Loading />;
  if (entry === null) {
    return (
      <Page title={t('journal.entryTitle')} back="/journal">
        <p>{t('journal.notFound')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('journal.entryTitle')} back="/journal">
      <p className="hint">
        {t('journal.written', { date: formatDate(entry.createdAt) })}
        {entry.updatedAt !== entry.createdAt &&
          `, ${t('journal.edited', { date: formatDate(entry.updatedAt) })}`}
      </p>
      <EntryForm
        label={t('journal.entryTitle')}
        initial={{ text: entry.text, promptId: entry.promptId, feelings: entry.feelings as Feeling[] }}
        submitLabel={t('journal.update')}
        savedMessage={t('journal.updated')}
        onSubmit={async (input) => setEntry(await api.changeEntry(entry.id, input))}
      />
      <FormError message={error} />
      <ShareAsNote entryId={entry.id} partnerName={partnerName} />
      <DeleteEntry entryId={entry.id} />
    </Page>
  );
}

function ShareAsNote({ entryId, partnerName }: { entryId: string; partnerName: string | null }) {
  const [isAsking, setAsking] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const name = partnerName ?? t('journal.partner');

  async function share() {
    setProblem(null);
    try {
      await api.shareEntry(entryId);
      setStatus(t('journal.shared', { name }));
      setAsking(false);
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  return (
    <section className="card" aria-labelledby="share-note">
      <h2 id="share-note">{t('journal.shareTitle')}</h2>
      {partnerName === null ? (
        <p>{t('journal.noSpace')}</p>
      ) : (
        <>
          <p>{t('journal.shareExplain', { name })}</p>
          {isAsking ? (
            <div>
              <p>{t('journal.shareConfirm', { name })}</p>
              <div className="actions">
                <button type="button" className="primary" onClick={share}>
                  {t('journal.shareYes')}
                </button>
                <button type="button" onClick={() => setAsking(false)}>
                  {t('journal.shareNo')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" onClick={() => setAsking(true)}>
              {t('journal.share', { name })}
            </button>
          )}
        </>
      )}
      <FormError message={problem} />
      <Status message={status} />
      {status && <Link href="/notes">{t('journal.seeNotes')}</Link>}
    </section>
  );
}

function DeleteEntry({ entryId }: { entryId: string }) {
  const [isAsking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    try {
      await api.deleteEntry(entryId);
      navigate('/journal', { replace: true });
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  return (
    <section aria-label={t('journal.delete')}>
      {isAsking ? (
        <div>
          <p>{t('journal.deleteConfirm')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={remove}>
              {t('journal.deleteYes')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('journal.deleteNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('journal.delete')}
        </button>
      )}
      <FormError message={problem} />
    </section>
  );
}
