import { type FormEvent, useState } from 'react';
import type { HeldMeeting } from '../../../core/contracts/meetings';
import { DECISION_MAX_LENGTH } from '../../../core/meetings/rules';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { formatDate, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { NotesEditor } from './NotesEditor';
import { useAction } from './useAction';

/** The latest meeting: its agenda, the shared notes, and decisions that can become agreements. */
export function MeetingRecord({
  meeting,
  partnerName,
  onChange,
}: {
  meeting: HeldMeeting;
  partnerName: string;
  onChange(): void;
}) {
  const [wording, setWording] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction();

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => api.addDecision(meeting.id, wording))) {
      setWording('');
      onChange();
    }
  }

  async function propose(id: string) {
    if (await action.run(() => api.proposeDecision(id))) {
      setStatus(t('meetings.proposedStatus', { name: partnerName }));
      onChange();
    }
  }

  return (
    <section className="card" aria-labelledby="latest-meeting" data-testid="latest-meeting">
      <h2 id="latest-meeting">{t('meetings.latest')}</h2>
      <p className="hint">
        {t('meetings.heldOn', { date: formatDate(meeting.startedAt), name: meeting.startedBy?.name ?? '' })}
      </p>
      {meeting.agenda.length > 0 && (
        <ol className="points">
          {meeting.agenda.map((item) => (
            <li key={item.id}>{item.wording}</li>
          ))}
        </ol>
      )}
      {meeting.talkId && (
        <p>
          <Link href={`/talks/${meeting.talkId}`}>{t('meetings.openTalk')}</Link>
        </p>
      )}
      <NotesEditor key={meeting.id} meeting={meeting} partnerName={partnerName} />
      <h3>{t('meetings.decisions')}</h3>
      {meeting.decisions.length === 0 ? (
        <p>{t('meetings.decisionsNone')}</p>
      ) : (
        <ul className="plain-list">
          {meeting.decisions.map((decision) => (
            <li key={decision.id} data-testid="decision">
              <p className="note-text">{decision.wording}</p>
              {decision.agreementId ? (
                <p>
                  <span className="tag">{t('meetings.decisionProposed')}</span>{' '}
                  <Link href="/agreements">{t('meetings.toAgreements')}</Link>
                </p>
              ) : (
                <button type="button" disabled={action.isBusy} onClick={() => propose(decision.id)}>
                  {t('meetings.decisionPropose')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} aria-label={t('meetings.decisionNew')}>
        <label>
          {t('meetings.decisionNew')}
          <input
            value={wording}
            maxLength={DECISION_MAX_LENGTH}
            onChange={(event) => setWording(event.target.value)}
            aria-describedby={`decision-hint-${meeting.id}`}
            required
          />
        </label>
        <p className="hint" id={`decision-hint-${meeting.id}`}>
          {t('meetings.decisionHint')}
        </p>
        <button type="submit" disabled={action.isBusy || !wording.trim()}>
          {t('meetings.decisionAdd')}
        </button>
      </form>
      <FormError message={action.problem} />
      <Status message={status} />
    </section>
  );
}

/** Meetings before the latest, read only. */
export function EarlierMeetings({ meetings }: { meetings: HeldMeeting[] }) {
  if (meetings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="earlier-meetings">
      <h2 id="earlier-meetings">{t('meetings.earlier')}</h2>
      {meetings.map((meeting) => (
        <details key={meeting.id}>
          <summary>{formatDate(meeting.startedAt)}</summary>
          <p className="note-text">{meeting.notes.text || t('meetings.noNotes')}</p>
          <ul className="points">
            {meeting.decisions.map((d) => (
              <li key={d.id}>
                {d.wording}
                {d.agreementId && <span className="tag">{t('meetings.decisionProposed')}</span>}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
