import { say } from '../../../core/insights/words';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useWeekSummary } from './useInsights';

/** Home's look back at the week: its first win (or what helped), and the way to the patterns. */
export function InsightsCard() {
  const { data } = useWeekSummary();
  const [win] = data?.wins ?? [];
  return (
    <section className="card" aria-labelledby="insights-card">
      <h2 id="insights-card">{t('insights.homeTitle')}</h2>
      <p data-testid="week-line">{win ? say(win) : t('insights.homeEmpty')}</p>
      <Link className="button" href="/insights">
        {t('insights.open')}
      </Link>
    </section>
  );
}
