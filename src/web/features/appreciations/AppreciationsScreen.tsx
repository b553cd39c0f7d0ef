import { type FormEvent, useState } from 'react';
import { APPRECIATION_MAX_LENGTH, GESTURE_KINDS, type GestureKind } from '../../../core/appreciations';
import type { Appreciation, Appreciations } from '../../../core/contracts/appreciations';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { useAppreciations } from './useAppreciations';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Send your partner an appreciation, read theirs, and note the small gestures between you. */
export default function AppreciationsScreen() {
  const { data, error, refresh } = useAppreciations();
  return (
    <Page title={t('appreciations.title')} back="/">
      {!data ? (
        <p>{error ?? t('appreciations.loading')}</p>
      ) : (
        <>
          <SendForm data={data} onSent={refresh} />
          <Received notes={data.received} partnerName={data.partner?.name ?? ''} onChange={refresh} />
          <Sent notes={data.sent} onChange={refresh} />
          <Gestures data={data} onLogged={refresh} />
        </>
      )}
    </Page>
  );
}

function SendForm({ data, onSent }: { data: Appreciations; onSent(): void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  if (!data.partner) return <p>{t('appreciations.noPartner')}</p>;
  const name = data.partner.name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      await api.sendAppreciation(text);
      setText('');
      setStatus(t('appreciations.sent', { name }));
      onSent();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('appreciations.formLabel')} className="card">
      <p>{t('appreciations.lead')}</p>
      <CoachedTextArea
        label={t('appreciations.write', { name })}
        hint={t('appreciations.writeHint', { name })}
        value={text}
        onChange={setText}
        maxLength={APPRECIATION_MAX_LENGTH}
        rows={4}
        required
      />
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={isSending || !text.trim()}>
        {t('appreciations.send')}
      </button>
      <Status message={status} />
    </form>
  );
}

function Received({
  notes,
  partnerName,
  onChange,
}: {
  notes: Appreciation[];
  partnerName: string;
  onChange(): void;
}) {
  return (
    <section className="card" aria-labelledby="received">
      <h2 id="received">{t('appreciations.received', { name: partnerName })}</h2>
      {notes.length === 0 && <p>{t('appreciations.noneReceived')}</p>}
      <ul className="plain-list">
        {notes.map((note) => (
          <li key={note.id} data-testid="appreciation-received" className={note.readAt ? '' : 'unread'}>
            <p className="note-text">{note.text}</p>
            <p className="hint">
              {!note.readAt && <strong>{t('appreciations.new')} · </strong>}
              {when(note.createdAt)}
            </p>
            {!note.readAt && (
              <button
                type="button"
                onClick={() => api.markAppreciationRead(note.id).then(onChange, onChange)}
              >
                {t('appreciations.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sent({ notes, onChange }: { notes: Appreciation[]; onChange(): void }) {
  return (
    <section className="card" aria-labelledby="sent">
      <h2 id="sent">{t('appreciations.yours')}</h2>
      {notes.length === 0 && <p>{t('appreciations.noneSent')}</p>}
      <ul className="plain-list">
        {notes.map((note) => (
          <li key={note.id} data-testid="appreciation-sent">
            <p className="note-text">{note.text}</p>
            <p className="hint">{when(note.createdAt)}</p>
            <button type="button" onClick={() => api.deleteAppreciation(note.id).then(onChange, onChange)}>
              {t('appreciations.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Gestures({ data, onLogged }: { data: Appreciations; onLogged(): void }) {
  const [kind, setKind] = useState<GestureKind>('hug');
  const [text, setText] = useState('');
  const [isForPartner, setForPartner] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const name = data.partner?.name ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const custom = kind === 'custom' && text.trim() ? text : null;
      await api.logGesture({ kind, text: custom, isForPartner: Boolean(data.partner) && isForPartner });
      onLogged();
      setText('');
      setStatus(t('gestures.logged'));
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  return (
    <section className="card" aria-labelledby="gestures">
      <h2 id="gestures">{t('gestures.title')}</h2>
      <p>{t('gestures.lead')}</p>
      <form onSubmit={submit} aria-label={t('gestures.title')}>
        <label>
          {t('gestures.kind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as GestureKind)}>
            {GESTURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`gestures.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'custom' && (
          <label>
            {t('gestures.custom')}
            <input value={text} maxLength={200} onChange={(event) => setText(event.target.value)} required />
          </label>
        )}
        {data.partner && (
          <label className="toggle">
            <input
              type="checkbox"
              checked={isForPartner}
              onChange={(event) => setForPartner(event.target.checked)}
            />
            {t('gestures.forPartner', { name })}
          </label>
        )}
        <FormError message={problem} />
        <button type="submit">{t('gestures.log')}</button>
        <Status message={status} />
      </form>
      {data.gestures.length === 0 && <p>{t('gestures.none')}</p>}
      <ul className="plain-list">
        {data.gestures.map((g) => (
          <li key={g.id} data-testid="gesture">
            {g.by.isYou ? t('gestures.byYou') : g.by.name || t('common.formerPartner')}:{' '}
            {g.text ?? t(`gestures.kind.${g.kind}`)}
            {g.isForPartner && !g.by.isYou && ` ${t('gestures.forYou')}`}
            {g.isForPartner && g.by.isYou && ` ${t('gestures.forThem', { name })}`}
            <span className="hint"> · {when(g.createdAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
