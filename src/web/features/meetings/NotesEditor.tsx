import { type FormEvent, useEffect, useState } from 'react';
import type { HeldMeeting } from '../../../core/contracts/meetings';
import { NOTES_MAX_LENGTH } from '../../../core/meetings/rules';
import { ApiError, api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

/**
 * The meeting's one page of notes, written by both. A save names the version it was based on;
 * when the partner saved meanwhile the server answers with theirs, shown here beside the person's
 * own words, which stay in the box, so the two can be brought together instead of one lost.
 */
export function NotesEditor({ meeting, partnerName }: { meeting: HeldMeeting; partnerName: string }) {
  const [text, setText] = useState(meeting.notes.text);
  const [basedOn, setBasedOn] = useState(meeting.notes.version);
  const [theirs, setTheirs] = useState<HeldMeeting['notes'] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [synced, setSynced] = useState(meeting.notes.text);

  // The partner's save reaches an untouched box live; words being written are never replaced.
  useEffect(() => {
    if (meeting.notes.version <= basedOn || text !== synced) return;
    setText(meeting.notes.text);
    setSynced(meeting.notes.text);
    setBasedOn(meeting.notes.version);
  }, [meeting.notes, basedOn, text, synced]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    setStatus(null);
    try {
      const saved = await api.saveMeetingNotes(meeting.id, text, basedOn);
      setBasedOn(saved.notes.version);
      setSynced(saved.notes.text);
      setTheirs(null);
      setStatus(t('meetings.notesSaved'));
    } catch (caught) {
      const other =
        caught instanceof ApiError ? (caught.details.meeting as HeldMeeting | undefined) : undefined;
      if (caught instanceof ApiError && caught.code === 'NOTES_CHANGED' && other) {
        setTheirs(other.notes);
        setBasedOn(other.notes.version);
      } else {
        setProblem(problemOf(caught).message);
      }
    } finally {
      setSaving(false);
    }
  }

  const id = `notes-${meeting.id}`;
  return (
    <form onSubmit={save} aria-label={t('meetings.notes')}>
      {theirs && (
        <div className="said" role="alert" data-testid="notes-conflict">
          <p>{t('meetings.notesConflict', { name: theirs.by?.name ?? partnerName })}</p>
          <p>
            <strong>{t('meetings.notesTheirs', { name: theirs.by?.name ?? partnerName })}</strong>
          </p>
          <p className="note-text" data-testid="notes-theirs">
            {theirs.text}
          </p>
        </div>
      )}
      <label htmlFor={id}>{t('meetings.notes')}</label>
      <textarea
        id={id}
        value={text}
        rows={6}
        maxLength={NOTES_MAX_LENGTH}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('meetings.notesHint')}
        {meeting.notes.by && !theirs ? ` ${t('meetings.notesBy', { name: meeting.notes.by.name })}` : ''}
      </p>
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={isSaving}>
        {t('meetings.notesSave')}
      </button>
      <Status message={status} />
    </form>
  );
}
