import type { Problem } from '../../../core/contracts/problems';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { Ratings } from './Ratings';

/** An adopted experiment: what was said about it, and where the agreement or ritual it became waits. */
export function Outcome({ problem }: { problem: Problem }) {
  const experiment = problem.experiment;
  if (!experiment) return null;
  const isAgreement = experiment.adoptedAs === 'agreement';
  const ritualId = experiment.adoptedAs === 'ritual' ? experiment.ritualId : null;
  return (
    <>
      <section className="card" aria-labelledby="problem-outcome">
        <h2 id="problem-outcome">{t('problems.phase.adopted')}</h2>
        <p className="note-text">{experiment.idea}</p>
        <p data-testid="problem-outcome">
          {isAgreement
            ? t('problems.adoptedAgreement')
            : experiment.adoptedAs === 'ritual'
              ? t('problems.adoptedRitual')
              : t('problems.adoptedKept')}
        </p>
        {isAgreement && (
          <Link className="button primary" href="/agreements">
            {t('problems.seeAgreement')}
          </Link>
        )}
        {ritualId && (
          <Link className="button primary" href={`/rituals/${ritualId}`}>
            {t('problems.seeRitual')}
          </Link>
        )}
      </section>
      <Ratings problem={problem} />
    </>
  );
}
