import { episodeWording, type StressorAssociation, stressorWording } from '../../../core/insights/index';
import { say } from '../../../core/insights/words';
import { api } from '../../api/client';
import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { DistanceCard } from './DistanceCard';
import { HelpsChart } from './HelpsChart';
import { KeptTable } from './KeptTable';
import { TrendChart } from './TrendChart';
import { useInsights, useWeekSummary } from './useInsights';
import { WeekSummary } from './WeekSummary';

/** /insights: one person's patterns, in charts with tables beside them, and in words. */
export default function InsightsScreen() {
  const { data: insights, error, refresh } = useInsights();
  const summary = useWeekSummary().data;
  if (!insights) {
    return (
      <Page title={t('insights.title')} back="/">
        <p>{error ?? t('insights.loading')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('insights.title')} back="/">
      <p>{t('insights.lead')}</p>
      <DistanceCard
        distance={insights.distance}
        onDismiss={async () => {
          await api.dismissDistance();
          refresh();
        }}
      />
      {summary && <WeekSummary summary={summary} />}
      <section className="card" aria-labelledby="trend">
        <h2 id="trend">{t('insights.trendTitle')}</h2>
        <p>{t('insights.trendLead')}</p>
        <TrendChart insights={insights} />
      </section>
      <section className="card" aria-labelledby="helps">
        <h2 id="helps">{t('insights.helpsTitle')}</h2>
        <p>{t('insights.helpsLead')}</p>
        <HelpsChart insights={insights} />
      </section>
      <section className="card" aria-labelledby="quieter">
        <h2 id="quieter">{t('insights.quieterTitle')}</h2>
        {insights.withdrawal.length === 0 ? (
          <p>{t('insights.quieterNone')}</p>
        ) : (
          <ul className="findings" data-testid="quieter">
            {insights.withdrawal.map((e) => (
              <li key={e.first}>{say(episodeWording(e))}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="stressors">
        <h2 id="stressors">{t('insights.stressorsTitle')}</h2>
        {insights.stressors.length === 0 ? (
          <p>{t('insights.stressorsNone')}</p>
        ) : (
          <ul className="findings">
            {insights.stressors.map((s) => (
              <li key={s.stressor}>{say(stressorWording(s as StressorAssociation))}</li>
            ))}
          </ul>
        )}
      </section>
      <KeptTable weeks={insights.responsiveness} />
    </Page>
  );
}
