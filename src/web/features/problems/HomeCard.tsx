import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { dayWords } from '../agreements/words';
import { useProblems } from './useProblems';

/** Home's card for solving problems together: the experiment running, or one ready to look back on. */
export function ProblemsCard() {
  const { data } = useProblems();
  const running = data?.problems.find((p) => p.phase === 'experimenting');
  const toLook = data?.problems.find((p) => p.phase === 'evaluating' && !p.experiment?.isRatedByYou);
  return (
    <section className="card" aria-labelledby="problems-card">
      <h2 id="problems-card">{t('problems.homeTitle')}</h2>
      {toLook ? (
        <p data-testid="problems-to-look">{t('problems.homeLook')}</p>
      ) : running?.experiment ? (
        <p>{t('problems.homeRunning', { date: dayWords(running.experiment.endsOn) })}</p>
      ) : (
        <p>{t('problems.homeLead')}</p>
      )}
      <Link
        className={toLook ? 'button primary' : 'button'}
        href={toLook ? `/problems/${toLook.id}` : '/problems'}
      >
        {t('problems.homeOpen')}
      </Link>
    </section>
  );
}
