import { type FormEvent, useState } from 'react';
import { CHALLENGE_MAX_LENGTH } from '../../../core/problems/machine';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useProblems } from './useProblems';
import { phaseWords } from './words';

/** Every problem the two are working on, and naming a new one. */
export default function ProblemsScreen() {
  const { data, error } = useProblems();
  const open = data?.problems.filter((p) => p.phase !== 'adopted') ?? [];
  const adopted = data?.problems.filter((p) => p.phase === 'adopted') ?? [];
  return (
    <Page title={t('problems.title')} back="/">
      {!data ? (
        <p>{error ?? t('problems.loading')}</p>
      ) : (
        <>
          <p>{t('problems.lead')}</p>
          <section className="card" aria-labelledby="problems-open">
            <h2 id="problems-open">{t('problems.open')}</h2>
            {open.length === 0 && <p>{t('problems.none')}</p>}
            <ProblemLinks problems={open} />
          </section>
          {data.partner ? <NewProblem /> : <p>{t('problems.noPartner')}</p>}
          {adopted.length > 0 && (
            <section className="card" aria-labelledby="problems-adopted">
              <h2 id="problems-adopted">{t('problems.closed')}</h2>
              <ProblemLinks problems={adopted} />
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function ProblemLinks({ problems }: { problems: Array<Parameters<typeof phaseWords>[0]> }) {
  return (
    <ul className="list">
      {problems.map((p) => (
        <li key={p.id}>
          <Link href={`/problems/${p.id}`} data-testid="problem-link">
            {p.challenge}
          </Link>{' '}
          <span className="tag">{phaseWords(p)}</span>
        </li>
      ))}
    </ul>
  );
}

function NewProblem() {
  // A talk's last screen can hand its topic over as the challenge.
  const { search } = useLocation();
  const [challenge, setChallenge] = useState(
    () => search.get('challenge')?.slice(0, CHALLENGE_MAX_LENGTH) ?? '',
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const started = await api.startProblem(challenge);
      navigate(`/problems/${started.id}`);
    } catch (caught) {
      setProblem(problemOf(caught).message);
      setSending(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="problems-new">
      <h2 id="problems-new">{t('problems.newTitle')}</h2>
      <label>
        {t('problems.challenge')}
        <input
          value={challenge}
          maxLength={CHALLENGE_MAX_LENGTH}
          required
          aria-describedby="challenge-hint"
          onChange={(event) => setChallenge(event.target.value)}
        />
      </label>
      <p className="hint" id="challenge-hint">
        {t('problems.challengeHint')}
      </p>
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={isSending || !challenge.trim()}>
        {t('problems.start')}
      </button>
    </form>
  );
}
