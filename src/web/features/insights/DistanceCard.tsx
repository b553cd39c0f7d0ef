import { useState } from 'react';
import type { InsightsView } from '../../../core/contracts/insights';
import { say } from '../../../core/insights/words';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';

/** The gentle suggestion of professional support; "Not now" keeps it away for four weeks. */
export function DistanceCard(props: { insights: InsightsView; onChange: (next: InsightsView) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [isSetAside, setSetAside] = useState(false);
  if (isSetAside)
    return (
      <p className="status" role="status">
        {t('insights.distanceLater')}
      </p>
    );
  if (!props.insights.distance) return null;

  const dismiss = () => {
    api
      .dismissDistance()
      .then((next) => {
        setSetAside(true);
        props.onChange(next);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  };
  return (
    <section className="card" aria-labelledby="distance" data-testid="distance">
      <h2 id="distance">{t('insights.distanceTitle')}</h2>
      <p>{say(props.insights.distance)}</p>
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
