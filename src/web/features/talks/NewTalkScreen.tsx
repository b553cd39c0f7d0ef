import { type FormEvent, useState } from 'react';
import type { TalkMode } from '../../../core/contracts/talks';
import {
  FORMATS,
  type FormatId,
  formatOf,
  TOPIC_MAX_LENGTH,
  TURN_MINUTES_MAX,
  TURN_MINUTES_MIN,
} from '../../../core/talks/formats';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { navigate, useLocation } from '../../router';
import { useHome } from '../home/useHome';

const MINUTE_CHOICES = Array.from(
  { length: TURN_MINUTES_MAX - TURN_MINUTES_MIN + 1 },
  (_, i) => i + TURN_MINUTES_MIN,
);

/** Inviting the partner: a topic, a kind of talk, where you are, and when. */
export default function NewTalkScreen() {
  const { search } = useLocation();
  const { home } = useHome();
  const partner = home?.space?.members.find((m) => !m.isYou);
  const [formatId, setFormatId] = useState<FormatId>('check-in');
  const [mode, setMode] = useState<TalkMode>('remote');
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [turnMinutes, setTurnMinutes] = useState(formatOf('check-in').defaultTurnMinutes);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const startsAtLocal = String(form.get('startsAt') ?? '');
    setBusy(true);
    setError(null);
    try {
      const followUpOf = search.get('followUp');
      const talk = await api.inviteToTalk({
        topic: String(form.get('topic') ?? ''),
        formatId,
        mode,
        startsAt: when === 'later' && startsAtLocal ? new Date(startsAtLocal).toISOString() : null,
        turnMinutes,
        ...(followUpOf && { followUpOf }),
      });
      navigate(`/talks/${talk.id}`, { replace: true });
    } catch (caught) {
      const problem = problemOf(caught);
      setError(problem.message);
      setFields(problem.fields);
      setBusy(false);
    }
  }

  return (
    <Page title={t('newTalk.title')} back="/talks">
      {partner && <p>{t('newTalk.whatTheySee', { name: partner.name })}</p>}
      <form onSubmit={send}>
        <Field
          label={t('newTalk.topic')}
          hint={t('newTalk.topicHint')}
          name="topic"
          required
          maxLength={TOPIC_MAX_LENGTH}
          defaultValue={search.get('topic') ?? ''}
          error={fields.topic}
        />
        <fieldset className="choices">
          <legend>{t('newTalk.format')}</legend>
          {FORMATS.map((format) => (
            <label key={format.id} className="choice">
              <input
                type="radio"
                name="format"
                value={format.id}
                checked={formatId === format.id}
                onChange={() => {
                  setFormatId(format.id);
                  setTurnMinutes(format.defaultTurnMinutes);
                }}
              />
              <span>
                {format.name}
                <span className="hint block">
                  {t('newTalk.about', { minutes: format.aboutMinutes, purpose: format.purpose })}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('newTalk.mode')}</legend>
          {(['remote', 'in_person'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {value === 'remote' ? t('newTalk.remote') : t('newTalk.inPerson')}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('newTalk.when')}</legend>
          {(['now', 'later'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="when"
                value={value}
                checked={when === value}
                onChange={() => setWhen(value)}
              />
              {value === 'now' ? t('newTalk.now') : t('newTalk.later')}
            </label>
          ))}
        </fieldset>
        {when === 'later' && (
          <Field
            label={t('newTalk.startsAt')}
            name="startsAt"
            type="datetime-local"
            required
            error={fields.startsAt}
          />
        )}
        <div className="field">
          <label htmlFor="turn-minutes">{t('newTalk.turnMinutes')}</label>
          <p className="hint" id="turn-minutes-hint">
            {t('newTalk.turnMinutesHint')}
          </p>
          <select
            id="turn-minutes"
            aria-describedby="turn-minutes-hint"
            value={turnMinutes}
            onChange={(e) => setTurnMinutes(Number(e.target.value))}
          >
            {MINUTE_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <FormError message={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('newTalk.submit')}
        </button>
      </form>
    </Page>
  );
}
