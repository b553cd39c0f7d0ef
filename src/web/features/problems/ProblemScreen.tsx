import { useState } from 'react';
import type { Problem } from '../../../core/contracts/problems';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { dayWords } from '../agreements/words';
import { Brainstorm } from './Brainstorm';
import { Choose } from './Choose';
import { Evaluate } from './Evaluate';
import { Outcome } from './Outcome';
import { useProblem } from './useProblems';
import { phaseWords } from './words';

/** One problem, showing only the step it is at: the next thing to do is the only thing on screen. */
export default function ProblemScreen({ problemId }: { problemId: string }) {
  const { data, error, refresh } = useProblem(problemId);
  return (
    <Page title={data?.challenge ?? t('problems.title')} back="/problems">
      {!data ? (
        <p>{error ?? t('problems.loading')}</p>
      ) : (
        <>
          <p className="tag" data-testid="problem-phase">
            {phaseWords(data)}
          </p>
          <Step problem={data} onChange={refresh} />
          {data.tried.length > 0 && (
            <section className="card" aria-labelledby="problem-tried">
              <h2 id="problem-tried">{t('problems.triedTitle')}</h2>
              <ul className="list">
                {data.tried.map((e) => (
                  <li key={e.id}>{t('problems.triedItem', { idea: e.idea, date: dayWords(e.endsOn) })}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function Step({ problem, onChange }: { problem: Problem; onChange(): void }) {
  switch (problem.phase) {
    case 'brainstorm':
      return <Brainstorm problem={problem} onChange={onChange} />;
    case 'choosing':
    case 'dropped':
      return <Choose problem={problem} onChange={onChange} />;
    case 'experimenting':
      return <Trying problem={problem} onChange={onChange} />;
    case 'evaluating':
      return <Evaluate problem={problem} onChange={onChange} />;
    case 'adopted':
      return <Outcome problem={problem} />;
  }
}

function Trying({ problem, onChange }: { problem: Problem; onChange(): void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const experiment = problem.experiment;
  if (!experiment) return null;
  async function end() {
    try {
      await api.endTrial(problem.id);
      onChange();
    } catch (caught) {
      setFailure(problemOf(caught).message);
    }
  }
  return (
    <section className="card" aria-labelledby="problem-trying">
      <h2 id="problem-trying">{t('problems.tryingTitle')}</h2>
      <p className="note-text" data-testid="experiment-idea">
        {experiment.idea}
      </p>
      <p>{t('problems.trying', { date: dayWords(experiment.endsOn) })}</p>
      <FormError message={failure} />
      <button type="button" onClick={end}>
        {t('problems.endNow')}
      </button>
    </section>
  );
}
