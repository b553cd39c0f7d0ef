import { type FormEvent, useState } from 'react';
import type { Problem } from '../../../core/contracts/problems';
import { IDEA_MAX_LENGTH } from '../../../core/problems/machine';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { IdeaList } from './IdeaList';

/** Gathering ideas: each is shown as written, with nothing to rate or answer, by design. */
export function Brainstorm({ problem, onChange }: { problem: Problem; onChange(): void }) {
  const [idea, setIdea] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  const partnerName = problem.partner?.name ?? t('talk.partner');

  async function run(action: () => Promise<unknown>, done?: string) {
    setSending(true);
    setFailure(null);
    setStatus(null);
    try {
      await action();
      if (done) setStatus(done);
      onChange();
      return true;
    } catch (caught) {
      setFailure(problemOf(caught).message);
      return false;
    } finally {
      setSending(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await run(() => api.addIdea(problem.id, idea), t('problems.ideaAdded'))) setIdea('');
  }

  return (
    <>
      <section className="card" aria-labelledby="problem-ideas">
        <h2 id="problem-ideas">{t('problems.ideasTitle')}</h2>
        <p>{t('problems.brainstormLead')}</p>
        <IdeaList ideas={problem.ideas} />
      </section>
      <form className="card" onSubmit={add} aria-labelledby="problem-brainstorm">
        <h2 id="problem-brainstorm">{t('problems.brainstormTitle')}</h2>
        <CoachedTextArea
          label={t('problems.idea')}
          hint={t('problems.ideaHint')}
          value={idea}
          onChange={setIdea}
          maxLength={IDEA_MAX_LENGTH}
          rows={2}
          required
        />
        <FormError message={failure} />
        <button type="submit" className="primary" disabled={isSending || !idea.trim()}>
          {t('problems.addIdea')}
        </button>
        <Status message={status} />
      </form>
      <section className="card" aria-label={t('problems.done')}>
        {problem.isDoneByYou ? (
          <p data-testid="brainstorm-waiting">
            {t('problems.doneYou')} {t('problems.waitingDone', { name: partnerName })}
          </p>
        ) : (
          <button
            type="button"
            disabled={isSending || problem.ideas.length === 0}
            onClick={() => run(() => api.finishBrainstorm(problem.id))}
          >
            {t('problems.done')}
          </button>
        )}
      </section>
    </>
  );
}
