import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Pause } from '../../../core/contracts/pause';
import { maxExtensionMinutes, PAUSE_MINUTES_MAX, PAUSE_MINUTES_MIN } from '../../../core/pause/timing';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { clockText, timeText, useCountdown } from '../../countdown';
import { problemOf } from '../../forms';
import { type MessageKey, t } from '../../i18n/i18n';
import { navigate } from '../../router';
import { usePause } from './usePause';

const CHOICES: Array<{ minutes: number; label: MessageKey }> = [
  { minutes: 1, label: 'pause.oneMinute' },
  { minutes: 20, label: 'pause.twenty' },
  { minutes: 30, label: 'pause.minutes' },
  { minutes: 60, label: 'pause.hour' },
];

/** Asking for a pause, or, while one is on, the calm screen both partners see. */
export default function PauseScreen() {
  const { pause, loaded } = usePause();
  // Once the pause is over, whoever came here to ask for it goes back home rather than to a new ask.
  const hadPause = useRef(false);
  useEffect(() => {
    if (pause) hadPause.current = true;
    else if (hadPause.current) navigate('/', { replace: true });
  }, [pause]);
  if (!loaded) return <Loading />;
  return pause ? <OnPause pause={pause} /> : <AskForPause />;
}

function AskForPause() {
  const { show } = usePause();
  const [choice, setChoice] = useState('20');
  const [custom, setCustom] = useState('45');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const minutes = choice === 'custom' ? Number(custom) : Number(choice);
  const valid = Number.isInteger(minutes) && minutes >= PAUSE_MINUTES_MIN && minutes <= PAUSE_MINUTES_MAX;

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!valid) return setError(t('pause.customHint'));
    setBusy(true);
    setError(null);
    try {
      show((await api.askForPause(minutes)).pause);
    } catch (caught) {
      setError(problemOf(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('pause.askTitle')} back="/">
      <p>{t('pause.askLead')}</p>
      <form onSubmit={start}>
        <fieldset className="choices">
          <legend>{t('pause.length')}</legend>
          {CHOICES.map((c) => (
            <label key={c.minutes} className="choice">
              <input
                type="radio"
                name="length"
                value={String(c.minutes)}
                checked={choice === String(c.minutes)}
                onChange={() => setChoice(String(c.minutes))}
              />
              {t(c.label, { minutes: c.minutes })}
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name="length"
              value="custom"
              checked={choice === 'custom'}
              onChange={() => setChoice('custom')}
            />
            {t('pause.custom')}
          </label>
        </fieldset>
        {choice === 'custom' && (
          <div className="field">
            <label htmlFor="pause-minutes">{t('pause.customMinutes')}</label>
            <p className="hint" id="pause-minutes-hint">
              {t('pause.customHint')}
            </p>
            <input
              id="pause-minutes"
              type="number"
              inputMode="numeric"
              min={PAUSE_MINUTES_MIN}
              max={PAUSE_MINUTES_MAX}
              value={custom}
              aria-describedby="pause-minutes-hint"
              onChange={(e) => setCustom(e.target.value)}
            />
          </div>
        )}
        {valid && (
          <p data-testid="pause-preview">
            {t('pause.backAt', { time: timeText(Date.now() + minutes * 60_000) })}
          </p>
        )}
        <FormError message={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('pause.start')}
        </button>
      </form>
    </Page>
  );
}

function OnPause({ pause }: { pause: Pause }) {
  const { receivedAt, show } = usePause();
  const left = useCountdown(pause.remainingMs, receivedAt, pause.phase === 'resting') ?? 0;
  const [extendBy, setExtendBy] = useState('10');
  const [error, setError] = useState<string | null>(null);
  const isDue = pause.phase === 'due' || left === 0;
  const backAt = timeText(pause.returnAt);
  const extensions = [10, 20, 30].filter(
    (m) =>
      m <=
      maxExtensionMinutes({
        startedAt: Date.parse(pause.startedAt),
        returnAt: Date.parse(pause.returnAt),
        extendedAt: null,
        endedAt: null,
      }),
  );

  async function act(action: () => Promise<{ pause: Pause | null }>) {
    setError(null);
    try {
      show((await action()).pause);
    } catch (caught) {
      setError(problemOf(caught).message);
    }
  }

  return (
    <Page title={isDue ? t('pause.dueTitle') : t('pause.title')}>
      <p className="lead" data-testid="pause-who">
        {pause.askedBy.isYou
          ? t('pause.youAsked', { time: backAt })
          : t('pause.theyAsked', { name: pause.askedBy.name, time: backAt })}
      </p>
      {pause.extendedAt && <p>{t('pause.extended')}</p>}
      {isDue ? (
        <>
          <p>{t('pause.dueLead')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => act(() => api.comeBack(pause.id))}>
              {t('pause.ready')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="breathing" aria-hidden="true">
            <div className="breathing-circle" />
          </div>
          <p className="breathing-text">{t('pause.breathe')}</p>
          <p>
            <span className="hint">{t('pause.left')}</span>{' '}
            <span className="countdown" data-testid="pause-countdown">
              {clockText(left)}
            </span>
          </p>
          <p>{pause.askedBy.isYou ? t('pause.selfNote') : t('pause.partnerNote')}</p>
        </>
      )}
      {pause.askedBy.isYou && (
        <div className="actions">
          {pause.canExtend && extensions.length > 0 && (
            <>
              <label htmlFor="extend-by" className="visually-hidden">
                {t('pause.extendBy')}
              </label>
              <select id="extend-by" value={extendBy} onChange={(e) => setExtendBy(e.target.value)}>
                {extensions.map((m) => (
                  <option key={m} value={m}>
                    {t('pause.minutes', { minutes: m })}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => act(() => api.extendPause(pause.id, Number(extendBy)))}>
                {t('pause.extend')}
              </button>
            </>
          )}
          {!isDue && (
            <button type="button" className="quiet" onClick={() => act(() => api.endPause(pause.id))}>
              {t('pause.endEarly')}
            </button>
          )}
        </div>
      )}
      <FormError message={error} />
    </Page>
  );
}
