import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { JournalEntry } from '../../../core/contracts/journal';
import { FEELINGS } from '../../../core/journal/prompts';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { formatDate, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { EntryForm } from './EntryForm';

/** The journal: a new entry first, then one's own entries with a search. Nothing here is live. */
export default function JournalScreen() {
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [q, setQ] = useState('');
  const [feeling, setFeeling] = useState('');
  const [searched, setSearched] = useState({ q: '', feeling: '' });
  const [error, setError] = useState<string | null>(null);

  const load = useCallback((search: { q: string; feeling: string }) => {
    api
      .journal(search)
      .then((list) => {
        setEntries(list.entries);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);

  useEffect(() => load({ q: '', feeling: '' }), [load]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = { q: q.trim(), feeling };
    setSearched(next);
    load(next);
  };
  const isSearching = searched.q !== '' || searched.feeling !== '';

  return (
    <Page title={t('journal.title')} back="/">
      <p>{t('journal.private')}</p>
      <h2>{t('journal.newTitle')}</h2>
      <EntryForm
        label={t('journal.newTitle')}
        submitLabel={t('journal.save')}
        savedMessage={t('journal.saved')}
        onSubmit={async (input) => {
          await api.writeEntry(input);
          load(searched);
        }}
      />
      <section aria-labelledby="journal-entries">
        <h2 id="journal-entries">{t('journal.searchTitle')}</h2>
        <form onSubmit={search} className="actions" aria-label={t('journal.search')}>
          <label>
            {t('journal.search')}
            <input type="search" value={q} onChange={(e) => setQ(e.target.value)} maxLength={200} />
          </label>
          <label>
            {t('journal.searchFeeling')}
            <select value={feeling} onChange={(e) => setFeeling(e.target.value)}>
              <option value="">{t('journal.anyFeeling')}</option>
              {FEELINGS.map((f) => (
                <option key={f} value={f}>
                  {t(`journal.feeling.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('journal.searchButton')}</button>
        </form>
        <FormError message={error} />
        {entries === null ? (
          !error && <p>{t('journal.loading')}</p>
        ) : entries.length === 0 ? (
          <p>{isSearching ? t('journal.noMatch') : t('journal.none')}</p>
        ) : (
          <ul className="journal-list">
            {entries.map((entry) => (
              <li key={entry.id}>
                <Link href={`/journal/${entry.id}`} data-testid="journal-entry">
                  {t('journal.written', { date: formatDate(entry.createdAt) })}
                </Link>
                <p>{excerpt(entry.text)}</p>
                {entry.feelings.length > 0 && (
                  <p className="hint">
                    {entry.feelings
                      .map((f) => t(`journal.feeling.${f}` as 'journal.feeling.calm'))
                      .join(', ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Link href="/notes">{t('notes.homeLink')}</Link>
    </Page>
  );
}

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);
