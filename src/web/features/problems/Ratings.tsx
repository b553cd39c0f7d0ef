import type { Problem } from '../../../core/contracts/problems';
import { t } from '../../i18n/i18n';
import { helpedWords } from './words';

/** What each said about the experiment: one's own at once, the partner's once both answered. */
export function Ratings({ problem }: { problem: Problem }) {
  const experiment = problem.experiment;
  if (!experiment) return null;
  const partnerName = problem.partner?.name ?? t('talk.partner');
  const theirs = experiment.ratings.find((r) => !r.by.isYou);
  return (
    <section className="card" aria-labelledby="problem-ratings">
      <h2 id="problem-ratings">{t('problems.lookTitle')}</h2>
      <p className="note-text">{experiment.idea}</p>
      {experiment.ratings.map((rating) => (
        <div key={rating.by.id} className="said" data-testid="rating">
          <p>
            {rating.by.isYou
              ? t('problems.yourAnswer', { answer: helpedWords(rating.helped) })
              : t('problems.theirAnswer', { name: rating.by.name, answer: helpedWords(rating.helped) })}
          </p>
          {rating.comment && <p className="note-text">{rating.comment}</p>}
        </div>
      ))}
      {!theirs && experiment.isRatedByYou && experiment.status === 'running' && (
        <p data-testid="rating-waiting">{t('problems.waitingRating', { name: partnerName })}</p>
      )}
      {!experiment.isRatedByYou && experiment.isRatedByPartner && experiment.status === 'running' && (
        <p>{t('problems.partnerRated', { name: partnerName })}</p>
      )}
    </section>
  );
}
