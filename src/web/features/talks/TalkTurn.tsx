import { type FormEvent, useState } from 'react';
import type { Talk } from '../../../core/contracts/talks';
import { formatOf, stepOf } from '../../../core/talks/formats';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { clockText, useCountdown } from '../../countdown';
import { t } from '../../i18n/i18n';
import type { Act } from './TalkScreen';

interface TurnProps {
  talk: Talk;
  meId: string;
  partnerName: string;
  receivedAt: number;
  act: Act;
}

/** The speaker has the floor; then the listener reflects; then the speaker says whether that was it. */
export function TalkTurn({ talk, meId, partnerName, receivedAt, act }: TurnProps) {
  const isSpeaker = talk.speakerId === meId;
  const step = stepOf(formatOf(talk.formatId), talk.turnNumber);
  const isRemote = talk.mode === 'remote';
  const turnText = talk.entries.find((e) => e.kind === 'turn' && e.turnNumber === talk.turnNumber)?.text;
  const reflection = talk.entries.findLast(
    (e) => e.kind === 'reflection' && e.turnNumber === talk.turnNumber && e.attempt === talk.attempt,
  );

  return (
    <section aria-labelledby="turn-heading" className="turn">
      <h2 id="turn-heading">{t('talk.step', { turn: talk.turnNumber, step: step.title })}</h2>
      {talk.phase === 'turn' && (
        <>
          <p className="lead" data-testid="floor">
            {isSpeaker ? t('talk.youSpeak') : t('talk.theySpeak', { name: partnerName })}
          </p>
          <Countdown talk={talk} receivedAt={receivedAt} />
          {isSpeaker ? (
            <Speak talk={talk} prompt={step.speakerPrompt} partnerName={partnerName} act={act} />
          ) : (
            <div className="card guide">
              <p>{step.listenerPrompt}</p>
              <p>{t('talk.listenGuide')}</p>
            </div>
          )}
        </>
      )}
      {talk.phase === 'reflect' &&
        (isSpeaker ? (
          <p role="status">{t('talk.waitReflect', { name: partnerName })}</p>
        ) : (
          <ReflectBack
            talk={talk}
            said={turnText ?? null}
            partnerName={partnerName}
            isRemote={isRemote}
            act={act}
          />
        ))}
      {talk.phase === 'confirm' &&
        (isSpeaker ? (
          <Confirm talk={talk} heard={reflection?.text ?? null} partnerName={partnerName} act={act} />
        ) : (
          <p role="status">{t('talk.waitConfirm', { name: partnerName })}</p>
        ))}
    </section>
  );
}

function Countdown({ talk, receivedAt }: { talk: Talk; receivedAt: number }) {
  const left = useCountdown(talk.remainingMs, receivedAt, !talk.isFrozen) ?? 0;
  return (
    <div className="timer">
      <p>
        <span className="hint">{t('talk.timeLeft')}</span>{' '}
        <span className="countdown" data-testid="turn-countdown">
          {clockText(left)}
        </span>
      </p>
      {talk.isFrozen && <p>{t('talk.frozen')}</p>}
      {left === 0 && !talk.isFrozen && <p role="status">{t('talk.timeUp')}</p>}
    </div>
  );
}

function Speak({
  talk,
  prompt,
  partnerName,
  act,
}: {
  talk: Talk;
  prompt: string;
  partnerName: string;
  act: Act;
}) {
  const [text, setText] = useState('');
  const isRemote = talk.mode === 'remote';
  return (
    <div>
      <p className="card guide">{prompt}</p>
      {isRemote ? (
        <CoachedTextArea
          label={t('talk.yourWords')}
          hint={t('talk.yourWordsHint', { name: partnerName })}
          value={text}
          maxLength={4000}
          onChange={setText}
        />
      ) : (
        <p>{t('talk.speakAloud', { name: partnerName })}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => act(() => api.endTurn(talk.id, isRemote ? text : undefined))}
        >
          {t('talk.endTurn')}
        </button>
      </div>
    </div>
  );
}

interface ReflectProps {
  talk: Talk;
  said: string | null;
  partnerName: string;
  isRemote: boolean;
  act: Act;
}

function ReflectBack({ talk, said, partnerName, isRemote, act }: ReflectProps) {
  const [text, setText] = useState('');
  const clarification = talk.entries.findLast(
    (e) => e.kind === 'clarification' && e.turnNumber === talk.turnNumber,
  );
  async function send(event: FormEvent) {
    event.preventDefault();
    if (await act(() => api.reflect(talk.id, isRemote ? text : undefined))) setText('');
  }
  return (
    <form onSubmit={send} aria-labelledby="reflect-heading">
      <h3 id="reflect-heading">{t('talk.reflectTitle')}</h3>
      {said && (
        <blockquote className="said">
          <p className="hint">{t('talk.theySaid', { name: partnerName })}</p>
          <p data-testid="turn-text">{said}</p>
        </blockquote>
      )}
      {clarification?.text && (
        <blockquote className="said">
          <p className="hint">{t('talk.entry.clarification', { name: partnerName })}</p>
          <p>{clarification.text}</p>
        </blockquote>
      )}
      {isRemote ? (
        <CoachedTextArea
          label={t('talk.whatIHeard')}
          hint={t('talk.whatIHeardHint')}
          value={text}
          required
          maxLength={4000}
          onChange={setText}
        />
      ) : (
        <p>{t('talk.reflectAloud', { name: partnerName })}</p>
      )}
      <button type="submit" className="primary">
        {isRemote ? t('talk.sendReflection') : t('talk.reflectDone')}
      </button>
    </form>
  );
}

function Confirm({
  talk,
  heard,
  partnerName,
  act,
}: {
  talk: Talk;
  heard: string | null;
  partnerName: string;
  act: Act;
}) {
  const [partly, setPartly] = useState(false);
  const [text, setText] = useState('');
  const isRemote = talk.mode === 'remote';
  async function sendPartly(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    await act(() =>
      api.confirm(talk.id, { answer: 'partly', ...(isRemote && trimmed && { text: trimmed }) }),
    );
  }
  return (
    <div>
      <h3>{t('talk.confirmTitle', { name: partnerName })}</h3>
      {heard && (
        <blockquote className="said">
          <p className="hint">{t('talk.theyHeard', { name: partnerName })}</p>
          <p data-testid="reflection-text">{heard}</p>
        </blockquote>
      )}
      {partly ? (
        <form onSubmit={sendPartly}>
          {isRemote ? (
            <CoachedTextArea label={t('talk.whatIMeant')} value={text} maxLength={4000} onChange={setText} />
          ) : (
            <p>{t('talk.partlyAloud', { name: partnerName })}</p>
          )}
          <button type="submit" className="primary">
            {t('talk.sendMeant')}
          </button>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => act(() => api.confirm(talk.id, { answer: 'yes' }))}
          >
            {t('talk.yes')}
          </button>
          <button type="button" onClick={() => setPartly(true)}>
            {t('talk.partly')}
          </button>
        </div>
      )}
    </div>
  );
}
