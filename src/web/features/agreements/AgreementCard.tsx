import { useState } from 'react';
import { defaultReviewDay } from '../../../core/agreements/days';
import type { Agreement, AgreementVersion } from '../../../core/contracts/agreements';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { categoryWords, dayWords, nameOf, whenWords } from './words';

interface CardProps {
  agreement: Agreement;
  today: string;
  partnerName: string;
  onChange(): void;
  /** Opens the editor for a new version of this agreement. */
  onEdit(id: string): void;
}

/** One agreement: its words, the moves that fit now, and every version it went through. */
export function AgreementCard({ agreement, today, partnerName, onChange, onEdit }: CardProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const { active, pending } = agreement;
  const shown = pending ?? active ?? agreement.versions[0];
  if (!shown) return null;

  const run = (move: () => Promise<unknown>) => () => {
    setProblem(null);
    move().then(onChange, (caught: unknown) => {
      setProblem(problemOf(caught).message);
      onChange();
    });
  };
  const id = agreement.id;
  const basedOn = agreement.latest;

  return (
    <li className="card" data-testid="agreement">
      <p className="hint">
        {categoryWords(shown.category)}
        {agreement.reviewOn && agreement.status === 'active' && (
          <span className="tag">{t('agreements.reviewBy', { date: dayWords(agreement.reviewOn) })}</span>
        )}
      </p>
      {pending && active && <p>{t('agreements.revisionOf')}</p>}
      {pending && active && <p className="note-text">{active.wording}</p>}
      <p className="note-text" data-testid="agreement-wording">
        {shown.wording}
      </p>
      {pending && <Proposal version={pending} partnerName={partnerName} />}
      {agreement.isDue && <p>{t('agreements.dueLead')}</p>}
      {agreement.kept && !agreement.isDue && (
        <p className="hint">
          {t('agreements.kept', { name: nameOf(agreement.kept.by) })} · {whenWords(agreement.kept.at)}
        </p>
      )}
      {agreement.retired && (
        <p className="hint">
          {t('agreements.retiredBy', {
            name: nameOf(agreement.retired.by),
            date: whenWords(agreement.retired.at),
          })}
        </p>
      )}
      <FormError message={problem} />
      <div className="actions">
        {agreement.canAnswer && (
          <>
            <button type="button" className="primary" onClick={run(() => api.acceptAgreement(id, basedOn))}>
              {t('agreements.accept')}
            </button>
            <button type="button" onClick={() => onEdit(id)}>
              {t('agreements.suggest')}
            </button>
            {!pending?.discussion && (
              <button type="button" onClick={run(() => api.discussAgreement(id, basedOn))}>
                {t('agreements.discuss')}
              </button>
            )}
          </>
        )}
        {agreement.isDue && (
          <>
            <button
              type="button"
              className="primary"
              onClick={run(() => api.keepAgreement(id, { basedOn, reviewOn: defaultReviewDay(today) }))}
            >
              {t('agreements.keep')}
            </button>
            <button type="button" onClick={() => onEdit(id)}>
              {t('agreements.revise')}
            </button>
          </>
        )}
        {agreement.status === 'active' && !agreement.isDue && !pending && (
          <button type="button" onClick={() => onEdit(id)}>
            {t('agreements.revise')}
          </button>
        )}
        {agreement.status !== 'retired' && (agreement.isDue || !agreement.canAnswer) && (
          <button type="button" onClick={run(() => api.retireAgreement(id, basedOn))}>
            {t('agreements.retire')}
          </button>
        )}
      </div>
      <History versions={agreement.versions} />
    </li>
  );
}

function Proposal({ version, partnerName }: { version: AgreementVersion; partnerName: string }) {
  const mine = version.proposed.by?.isYou ?? false;
  const discussion = version.discussion;
  return (
    <>
      <p className="hint">
        {mine
          ? t('agreements.proposedByYou', { number: version.number })
          : t('agreements.proposedBy', { name: nameOf(version.proposed.by), number: version.number })}
        {' · '}
        {t('agreements.reviewBy', { date: dayWords(version.reviewOn) })}
      </p>
      {mine && <p data-testid="agreement-waiting">{t('agreements.waitingFor', { name: partnerName })}</p>}
      {discussion && (
        <p>
          {discussion.by?.isYou
            ? t('agreements.discussAskedYou')
            : t('agreements.discussAsked', { name: nameOf(discussion.by) })}{' '}
          {discussion.talkId && <Link href={`/talks/${discussion.talkId}`}>{t('agreements.openTalk')}</Link>}
        </p>
      )}
    </>
  );
}

function History({ versions }: { versions: AgreementVersion[] }) {
  return (
    <details>
      <summary>{t('agreements.history', { count: versions.length })}</summary>
      <ol className="plain-list" reversed>
        {versions.map((v) => (
          <li key={v.number} data-testid="agreement-version">
            <p className="note-text">{t('agreements.version', { number: v.number, wording: v.wording })}</p>
            <p className="hint">
              {t(`agreements.versionStatus.${v.status}`)} ·{' '}
              {t('agreements.versionProposed', {
                name: nameOf(v.proposed.by),
                date: whenWords(v.proposed.at),
              })}
              {v.accepted &&
                ` · ${t('agreements.versionAccepted', { name: nameOf(v.accepted.by), date: whenWords(v.accepted.at) })}`}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
