import { isPastDue } from '../../../core/commitments/rules';
import type { Commitment } from '../../../core/contracts/commitments';
import { api } from '../../api/client';
import { formatDay, t } from '../../i18n/i18n';
import { Link } from '../../router';

interface ItemProps {
  commitment: Commitment;
  today: string;
  partnerName: string | null;
  /** Runs a change and shows what went wrong, if anything. */
  act(move: () => Promise<unknown>): void;
}

/** Where a commitment came from, linking back to it when it is the person's own. */
function Origin({ commitment }: { commitment: Commitment }) {
  const { source, sourceId, sourceTitle } = commitment;
  if (source === 'talk') {
    const words = sourceTitle
      ? t('commitments.from.talk', { topic: sourceTitle })
      : t('commitments.from.talkUntitled');
    return sourceId && sourceTitle ? <Link href={`/talks/${sourceId}`}>{words}</Link> : words;
  }
  if (source === 'repair' && sourceId)
    return <Link href={`/repair/${sourceId}`}>{t('commitments.from.repair')}</Link>;
  if (source === 'after_fight' && sourceId)
    return <Link href={`/after-fight/${sourceId}`}>{t('commitments.from.after_fight')}</Link>;
  return t('commitments.from.own');
}

const day = (value: string) => formatDay(value, { weekday: 'short', day: 'numeric', month: 'short' });

/** One line of the person's own list, with the answers they can give about it. */
export function CommitmentItem({ commitment, today, partnerName, act }: ItemProps) {
  const { id, status } = commitment;
  const change = (move: Parameters<typeof api.changeCommitment>[1]) => () =>
    act(() => api.changeCommitment(id, move));
  return (
    <li className="card" data-testid="commitment">
      <p className="note-text">{commitment.text}</p>
      <p className="hint">
        <Origin commitment={commitment} />
        {commitment.dueOn && ` · ${t('commitments.dueOn', { day: day(commitment.dueOn) })}`}
        {' · '}
        {commitment.isShared && partnerName
          ? t('commitments.shared', { name: partnerName })
          : t('commitments.private')}
      </p>
      {isPastDue(commitment, today) && <p>{t('commitments.pastDue')}</p>}
      {status !== 'open' && (
        <p>
          <span className="tag">
            {status === 'done' ? t('commitments.wasDone') : t('commitments.wasNotDone')}
          </span>
        </p>
      )}
      <div className="actions">
        {status === 'open' ? (
          <>
            <button type="button" className="primary" onClick={change({ status: 'done' })}>
              {t('commitments.done')}
            </button>
            <button type="button" onClick={change({ status: 'not_done' })}>
              {t('commitments.notDone')}
            </button>
          </>
        ) : (
          <button type="button" onClick={change({ status: 'open' })}>
            {t('commitments.reopen')}
          </button>
        )}
        {partnerName && (
          <button type="button" onClick={change({ isShared: !commitment.isShared })}>
            {commitment.isShared
              ? t('commitments.makePrivate')
              : t('commitments.share', { name: partnerName })}
          </button>
        )}
        <button type="button" className="quiet" onClick={() => act(() => api.deleteCommitment(id))}>
          {t('commitments.remove')}
        </button>
      </div>
    </li>
  );
}
