import { type FormEvent, useState } from 'react';
import type { Problem } from '../../../core/contracts/problems';
import { defaultTrialEnd } from '../../../core/problems/days';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Ratings } from './Ratings';

/** Picking one idea to try until a chosen day; after a drop, the ones not tried yet. */
export function Choose({ problem, onChange }: { problem: Problem; onChange(): void }) {
  const open = problem.ideas.filter((i) => !i.isTried);
  const [ideaId, setIdeaId] = useState(open[0]?.id ?? '');
  const [endsOn, setEndsOn] = useState(defaultTrialEnd(problem.today));
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  async function run(action: () => Promise<unknown>) {
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
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => api.chooseIdea(problem.id, { ideaId, endsOn }));
  }

  return (
    <>
      {problem.phase === 'dropped' && problem.experiment && <Ratings problem={problem} />}
      <form className="card" onSubmit={submit} aria-labelledby="problem-choose">
        <h2 id="problem-choose">{t('problems.chooseTitle')}</h2>
        {open.length === 0 ? (
          <p>{t('problems.noneLeft')}</p>
        ) : (
          <>
            <p>{t('problems.chooseLead')}</p>
            <fieldset>
              <legend className="visually-hidden">{t('problems.chooseTitle')}</legend>
              {open.map((idea) => (
                <label key={idea.id} className="choice">
                  <input
                    type="radio"
                    name="idea"
                    value={idea.id}
                    checked={ideaId === idea.id}
                    onChange={() => setIdeaId(idea.id)}
                  />
                  {idea.text}
                </label>
              ))}
            </fieldset>
            <label>
              {t('problems.until')}
              <input
                type="date"
                value={endsOn}
                min={problem.today}
                required
                aria-describedby="until-hint"
                onChange={(event) => setEndsOn(event.target.value)}
              />
            </label>
            <p className="hint" id="until-hint">
              {t('problems.untilHint')}
            </p>
            <button type="submit" className="primary" disabled={isSending || !ideaId}>
              {t('problems.try')}
            </button>
          </>
        )}
        <FormError message={failure} />
        <button type="button" disabled={isSending} onClick={() => run(() => api.brainstormAgain(problem.id))}>
          {t('problems.moreIdeas')}
        </button>
      </form>
    </>
  );
}
