import { useState } from 'react';
import type { InsightsView } from '../../../core/contracts/insights';
import { say } from '../../../core/insights/words';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';

interface Props {
  distance: InsightsView['distance'];
  /** Sets the suggestion aside on the server; it stays away for four weeks. */
  onDismiss: () => Promise<void>;
}

/** The gentle suggestion of professional support, with the way to the support page and a "Not now". */
export function DistanceCard({ distance, onDismiss }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [isSetAside, setSetAside] = useState(false);
  if (isSetAside)
    return (
      <p className="status" role="status">
        {t('insights.distanceLater')}
      </p>
    );
  if (!distance) return null;

  const dismiss = () => {
    onDismiss()
      .then(() => setSetAside(true))
      .catch((caught: unknown) => setError(problemOf(caught).message));
  };
  return (
    <section className="card" aria-labelledby="distance" data-testid="distance">
      <h2 id="distance">{t('insights.distanceTitle')}</h2>
      <p>{say(distance)}</p>
      <Link className="button primary" href="/support">
        {t('insights.distanceLink')}
      </Link>
      <button type="button" onClick={dismiss}>
        {t('insights.distanceDismiss')}
      </button>
      {error && <FormError message={error} />}
    </section>
  );
}
