import { useCallback, useEffect, useState } from 'react';
import type { SharedNote } from '../../../core/contracts/journal';
import { api } from '../../api/client';
import { live } from '../../api/live';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { formatDate, t } from '../../i18n/i18n';

/** The notes both partners shared from their journals: a copy each, readable by both. */
export default function NotesScreen() {
  const [notes, setNotes] = useState<SharedNote[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api
      .notes()
      .then((list) => {
        setNotes(list.notes);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);

  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (event.type === 'hello' || event.type === 'space.changed') refresh();
    });
  }, [refresh]);

  async function remove(id: string) {
    try {
      await api.deleteNote(id);
      setStatus(t('notes.removed'));
      refresh();
    } catch (caught) {
      setError(problemOf(caught).message);
    }
  }

  return (
    <Page title={t('notes.title')} back="/">
      <p>{t('notes.lead')}</p>
      <FormError message={error} />
      <Status message={status} />
      {notes === null ? (
        !error && <p>{t('notes.loading')}</p>
      ) : notes.length === 0 ? (
        <p>{t('notes.none')}</p>
      ) : (
        <ul className="journal-list">
          {notes.map((note) => (
            <li key={note.id} data-testid="shared-note">
              <p className="hint">
                {note.isMine
                  ? t('notes.fromYou', { date: formatDate(note.createdAt) })
                  : t('notes.from', { name: note.authorName, date: formatDate(note.createdAt) })}
              </p>
              <p className="note-text">{note.text}</p>
              {note.isMine && (
                <button type="button" onClick={() => remove(note.id)}>
                  {t('notes.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={refresh}>
        {t('notes.refresh')}
      </button>
    </Page>
  );
}
