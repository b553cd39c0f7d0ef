import { type FormEvent, useState } from 'react';
import type { Occurrence, OccurrenceLog } from '../../../core/contracts/rituals';
import { formatDate, t } from '../../i18n/i18n';

interface OccurrenceProps {
  occurrence: Occurrence;
  partnerName: string | null;
  canLog: boolean;
  now: number;
  onLog(log: OccurrenceLog): void;
  onRate(feeling: number): void;
}

const DAY_MS = 86_400_000;

/** One occurrence: when, what happened, and how connected it felt for each of you. */
export function OccurrenceItem({ occurrence, partnerName, canLog, now, onLog, onRate }: OccurrenceProps) {
  const [isMoving, setIsMoving] = useState(false);
  const [movedTo, setMovedTo] = useState('');
  const when = formatDate(occurrence.startsAt);
  const isDueSoon = new Date(occurrence.startsAt).getTime() <= now + DAY_MS;
  const label = `ritual-${occurrence.day}`;

  const move = (event: FormEvent) => {
    event.preventDefault();
    if (movedTo) onLog({ status: 'moved', movedTo: new Date(movedTo).toISOString() });
    setIsMoving(false);
  };

  return (
    <article className="card" aria-labelledby={label} data-testid="occurrence">
      <h3 id={label}>{when}</h3>
      {occurrence.status && (
        <p data-testid="occurrence-status">
          {occurrence.status === 'moved' && occurrence.movedTo
            ? t('rituals.status.moved', { when: formatDate(occurrence.movedTo) })
            : t(`rituals.status.${occurrence.status}` as 'rituals.status.done')}
        </p>
      )}
      {canLog && occurrence.status !== 'done' && (
        <div className="actions">
          {isDueSoon && (
            <button type="button" className="primary" onClick={() => onLog({ status: 'done' })}>
              {t('rituals.markDone')}
            </button>
          )}
          {occurrence.status !== 'skipped' && (
            <button type="button" onClick={() => onLog({ status: 'skipped' })}>
              {t('rituals.skip')}
            </button>
          )}
          <button type="button" onClick={() => setIsMoving(!isMoving)} aria-expanded={isMoving}>
            {t('rituals.move')}
          </button>
        </div>
      )}
      {isMoving && (
        <form onSubmit={move}>
          <div className="field">
            <label htmlFor={`${label}-move`}>{t('rituals.moveTo')}</label>
            <input
              id={`${label}-move`}
              type="datetime-local"
              required
              value={movedTo}
              onChange={(e) => setMovedTo(e.target.value)}
            />
          </div>
          <button type="submit">{t('rituals.move')}</button>
        </form>
      )}
      {occurrence.status === 'done' && (
        <Feelings occurrence={occurrence} partnerName={partnerName} canRate={canLog} onRate={onRate} />
      )}
    </article>
  );
}

function Feelings({
  occurrence,
  partnerName,
  canRate,
  onRate,
}: {
  occurrence: Occurrence;
  partnerName: string | null;
  canRate: boolean;
  onRate(feeling: number): void;
}) {
  const [feeling, setFeeling] = useState(occurrence.myFeeling ?? 0);
  const name = partnerName ?? t('talk.partner');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (feeling > 0) onRate(feeling);
  };
  return (
    <>
      {occurrence.myFeeling !== null && (
        <p data-testid="my-feeling">{t('rituals.yourFeeling', { feeling: occurrence.myFeeling })}</p>
      )}
      {occurrence.partnerFeeling !== null && (
        <p data-testid="partner-feeling">
          {t('rituals.partnerFeeling', { name, feeling: occurrence.partnerFeeling })}
        </p>
      )}
      {occurrence.myFeeling === null && occurrence.hasPartnerRated && (
        <p data-testid="partner-rated">{t('rituals.partnerRated', { name })}</p>
      )}
      {canRate && occurrence.myFeeling === null && (
        <form onSubmit={submit}>
          <fieldset className="scale">
            <legend>{t('rituals.feeling')}</legend>
            <div className="choices">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="choice">
                  <input
                    type="radio"
                    name={`feeling-${occurrence.day}`}
                    checked={feeling === n}
                    onChange={() => setFeeling(n)}
                  />
                  <span>
                    {n} · {t(`rituals.feeling.${n}` as 'rituals.feeling.1')}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {partnerName && <p className="hint">{t('rituals.feelingPrivate', { name })}</p>}
          <button type="submit" disabled={feeling === 0}>
            {t('rituals.saveFeeling')}
          </button>
        </form>
      )}
    </>
  );
}
