import { useState } from 'react';
import type { Talk, TalkEntry } from '../../../core/contracts/talks';
import { api } from '../../api/client';
import { Status } from '../../components/Status';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { CommitmentForm } from '../commitments/CommitmentForm';
import type { Act } from './TalkScreen';

interface EndedProps {
  talk: Talk;
  meId: string;
  nameOf(id: string): string;
  act: Act;
}

/** After the talk: a private "I felt heard", a follow-up, and what was said. */
export function TalkEnded({ talk, meId, nameOf, act }: EndedProps) {
  const [rating, setRating] = useState(talk.myRating ?? 0);
  const [status, setStatus] = useState<string | null>(null);
  const partnerId = talk.inviterId === meId ? talk.inviteeId : talk.inviterId;
  const partnerName = nameOf(partnerId);
  const followUp = `/talks/new?followUp=${encodeURIComponent(talk.id)}&topic=${encodeURIComponent(talk.topic)}`;

  async function save() {
    if (rating < 1) return;
    if (await act(() => api.rateTalk(talk.id, rating))) setStatus(t('talk.ratingSaved'));
  }

  return (
    <>
      <h2>{t('talk.endedTitle')}</h2>
      {talk.endReason === 'left' && <p>{t('talk.endedLeft')}</p>}
      {talk.endReason === 'abandoned' && <p>{t('talk.endedAbandoned')}</p>}
      <fieldset className="rating">
        <legend>{t('talk.feltHeard')}</legend>
        <p className="hint">{t('talk.feltHeardHint')}</p>
        <div className="rating-options">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="rating-option">
              <input
                type="radio"
                name="feltHeard"
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
              />
              <span aria-hidden="true">{value}</span>
              <span className="visually-hidden">{t('talk.ratingValue', { value })}</span>
            </label>
          ))}
        </div>
        <button type="button" className="primary" onClick={save} disabled={rating < 1}>
          {t('talk.saveRating')}
        </button>
        <Status message={status} />
      </fieldset>
      <section className="card" aria-labelledby="talk-commitment">
        <h2 id="talk-commitment">{t('commitments.talkTitle')}</h2>
        <p>{t('commitments.talkLead')}</p>
        <CommitmentForm talkId={talk.id} partnerName={partnerName} />
        <Link href="/commitments">{t('commitments.talkLink')}</Link>
      </section>
      <section className="card" aria-labelledby="talk-further">
        <h2 id="talk-further">{t('talk.furtherTitle')}</h2>
        <p>{t('talk.furtherLead')}</p>
        <ul className="plain-list">
          <li>
            <Link href={followUp}>{t('talk.followUp')}</Link>
          </li>
          <li>
            <Link href="/agreements">{t('talk.toAgreement')}</Link>
          </li>
          <li>
            <Link href="/rituals/new">{t('talk.toRitual')}</Link>
          </li>
          <li>
            <Link href={`/problems?challenge=${encodeURIComponent(talk.topic)}`}>{t('talk.toProblem')}</Link>
          </li>
        </ul>
      </section>
      {talk.entries.length > 0 && (
        <section aria-labelledby="course" className="talk-section">
          <h2 id="course">{t('talk.course')}</h2>
          <ol className="list">
            {talk.entries.map((entry) => (
              <Entry key={entry.id} talk={talk} entry={entry} meId={meId} nameOf={nameOf} act={act} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function Entry({ talk, entry, meId, nameOf, act }: { entry: TalkEntry } & EndedProps) {
  const name = nameOf(entry.authorId);
  const label =
    entry.kind === 'turn'
      ? t('talk.entry.turn', { name, turn: entry.turnNumber })
      : t(`talk.entry.${entry.kind}`, { name });
  return (
    <li className="card">
      <p className="hint">
        {label}
        {entry.isConfirmed && <span className="tag">{t('talk.confirmed')}</span>}
      </p>
      <p>{entry.isRemoved ? t('talk.removed') : (entry.text ?? t('talk.spoken'))}</p>
      {entry.authorId === meId && entry.text && (
        <button
          type="button"
          className="quiet"
          onClick={() =>
            act(async () => {
              await api.removeTalkEntry(talk.id, entry.id);
              return api.talk(talk.id);
            })
          }
        >
          {t('talk.remove')}
        </button>
      )}
    </li>
  );
}
