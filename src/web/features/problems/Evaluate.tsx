import { type FormEvent, useState } from 'react';
import { AGREEMENT_CATEGORIES, type AgreementCategory } from '../../../core/agreements/rules';
import type { Problem } from '../../../core/contracts/problems';
import { COMMENT_MAX_LENGTH, HELPED_ANSWERS, type Helped } from '../../../core/problems/machine';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { categoryWords } from '../agreements/words';
import { Ratings } from './Ratings';
import { helpedWords } from './words';

/** Looking back: each says whether it helped; then adopt it or let it go. */
export function Evaluate({ problem, onChange }: { problem: Problem; onChange(): void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setSending(true);
    setFailure(null);
    try {
      await action();
      onChange();
    } catch (caught) {
      setFailure(problemOf(caught).message);
    } finally {
      setSending(false);
    }
  };
  const isRated = problem.experiment?.isRatedByYou ?? false;
  return (
    <>
      {isRated ? (
        <Ratings problem={problem} />
      ) : (
        <RateForm problem={problem} run={run} isSending={isSending} />
      )}
      {isRated && <Next problem={problem} run={run} isSending={isSending} />}
      <FormError message={failure} />
    </>
  );
}

type Run = (action: () => Promise<unknown>) => Promise<void>;

function RateForm({ problem, run, isSending }: { problem: Problem; run: Run; isSending: boolean }) {
  const [helped, setHelped] = useState<Helped | null>(null);
  const [comment, setComment] = useState('');
  const partnerName = problem.partner?.name ?? t('talk.partner');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!helped) return;
    void run(() => api.rateExperiment(problem.id, { helped, ...(comment.trim() && { comment }) }));
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby="problem-rate">
      <h2 id="problem-rate">{t('problems.lookTitle')}</h2>
      <p className="note-text" data-testid="experiment-idea">
        {problem.experiment?.idea}
      </p>
      {problem.experiment?.isRatedByPartner && <p>{t('problems.partnerRated', { name: partnerName })}</p>}
      <fieldset>
        <legend>{t('problems.helped')}</legend>
        {HELPED_ANSWERS.map((answer) => (
          <label key={answer} className="choice">
            <input
              type="radio"
              name="helped"
              value={answer}
              checked={helped === answer}
              onChange={() => setHelped(answer)}
            />
            {helpedWords(answer)}
          </label>
        ))}
      </fieldset>
      <CoachedTextArea
        label={t('problems.comment')}
        hint={t('problems.commentHint', { name: partnerName })}
        value={comment}
        onChange={setComment}
        maxLength={COMMENT_MAX_LENGTH}
        rows={3}
      />
      <button type="submit" className="primary" disabled={isSending || !helped}>
        {t('problems.rate')}
      </button>
    </form>
  );
}

function Next({ problem, run, isSending }: { problem: Problem; run: Run; isSending: boolean }) {
  const [category, setCategory] = useState<AgreementCategory>('other');
  return (
    <section className="card" aria-labelledby="problem-next">
      <h2 id="problem-next">{t('problems.nextTitle')}</h2>
      <p>{t('problems.adoptLead')}</p>
      <label>
        {t('problems.category')}
        <select value={category} onChange={(event) => setCategory(event.target.value as AgreementCategory)}>
          {AGREEMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryWords(c)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="primary"
        disabled={isSending}
        onClick={() => run(() => api.adoptExperiment(problem.id, { as: 'agreement', category }))}
      >
        {t('problems.adoptAgreement')}
      </button>
      <button
        type="button"
        disabled={isSending}
        onClick={() => run(() => api.adoptExperiment(problem.id, { as: 'ritual' }))}
      >
        {t('problems.adoptRitual')}
      </button>
      <button
        type="button"
        disabled={isSending}
        onClick={() => run(() => api.adoptExperiment(problem.id, { as: 'kept' }))}
      >
        {t('problems.adoptKept')}
      </button>
      <button type="button" disabled={isSending} onClick={() => run(() => api.dropExperiment(problem.id))}>
        {t('problems.drop')}
      </button>
    </section>
  );
}
