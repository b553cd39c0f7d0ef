import { type FormEvent, useState } from 'react';
import type { Repair } from '../../../core/contracts/repair';
import type { RepairAnswer } from '../../../core/repair/script';
import { REPAIR_REPLY_MAX_LENGTH } from '../../../core/repair/script';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { statusWords } from './statusWords';
import { useRepair } from './useRepair';

/** One repair, as sent: the one it is for answers it here; the one who wrote it sees where it stands. */
export default function RepairViewScreen({ repairId }: { repairId: string }) {
  const { data: repair, error, refresh } = useRepair(repairId);
  return (
    <Page title={t('repairView.title')} back="/repair">
      {!repair ? (
        <p>{error ?? t('repair.loading')}</p>
      ) : (
        <>
          <p className="hint">
            {repair.from.isYou
              ? t('repairView.to', { name: repair.to?.name ?? '' })
              : t('repairView.from', { name: repair.from.name })}
          </p>
          <Parts repair={repair} />
          <p data-testid="repair-status">{statusWords(repair)}</p>
          {repair.from.isYou && repair.plan && (
            <p>
              <Link href="/commitments">{t('repairView.planOnList')}</Link>
            </p>
          )}
          {repair.reply && (
            <section className="card" aria-labelledby="repair-reply">
              <h2 id="repair-reply">
                {repair.from.isYou
                  ? t('repairView.theirReply', { name: repair.to?.name ?? '' })
                  : t('repairView.yourReply')}
              </h2>
              <p className="note-text">{repair.reply}</p>
            </section>
          )}
          {repair.status === 'accepted' && (
            <Link className="button" href="/wins">
              {t('repairView.toWins')}
            </Link>
          )}
          {!repair.from.isYou && repair.status !== 'accepted' && repair.status !== 'draft' && (
            <Answer repair={repair} onAnswered={refresh} />
          )}
        </>
      )}
    </Page>
  );
}

function Parts({ repair }: { repair: Repair }) {
  const parts = [
    ['apology', t('repairView.apology'), repair.apology],
    ['understanding', t('repairView.understanding'), repair.understanding],
    ['plan', t('repairView.plan'), repair.plan],
  ] as const;
  return (
    <section className="card" aria-label={t('repairView.title')}>
      {parts
        .filter(([, , text]) => text)
        .map(([key, label, text]) => (
          <div key={key}>
            <h2>{label}</h2>
            <p className="note-text" data-testid={`repair-${key}`}>
              {text}
            </p>
          </div>
        ))}
    </section>
  );
}

function Answer({ repair, onAnswered }: { repair: Repair; onAnswered(): void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function answer(kind: RepairAnswer, words?: string) {
    setBusy(true);
    setProblem(null);
    try {
      await api.answerRepair(repair.id, { answer: kind, ...(words && { text: words }) });
      setText('');
      setStatus(t('repairView.answered'));
      onAnswered();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    } finally {
      setBusy(false);
    }
  }
  const reply = (event: FormEvent) => {
    event.preventDefault();
    return answer('reply', text.trim());
  };

  return (
    <section className="card" aria-labelledby="repair-answer">
      <h2 id="repair-answer">{t('repairView.reply')}</h2>
      <p>{t('repairView.answerLead')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={isBusy} onClick={() => answer('accept')}>
          {t('repairView.accept')}
        </button>
        {repair.status !== 'time' && (
          <button type="button" disabled={isBusy} onClick={() => answer('time')}>
            {t('repairView.time')}
          </button>
        )}
      </div>
      <form onSubmit={reply} aria-label={t('repairView.reply')}>
        <CoachedTextArea
          label={t('repairView.replyLabel', { name: repair.from.name })}
          value={text}
          onChange={setText}
          maxLength={REPAIR_REPLY_MAX_LENGTH}
          rows={3}
        />
        <button type="submit" disabled={isBusy || !text.trim()}>
          {t('repairView.replySend')}
        </button>
      </form>
      <FormError message={problem} />
      <Status message={status} />
    </section>
  );
}
