import type { WeekSummaryView } from '../../../core/contracts/insights';
import { say } from '../../../core/insights/words';
import { t } from '../../i18n/i18n';

/** This week: a few wins, what helped, one gentle suggestion. */
export function WeekSummary({ summary }: { summary: WeekSummaryView }) {
  return (
    <section className="card" aria-labelledby="week" data-testid="week-summary">
      <h2 id="week">{t('insights.summaryTitle')}</h2>
      {summary.wins.length > 0 ? (
        <ul className="findings">
          {summary.wins.map((win) => (
            <li key={win.key}>{say(win)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('insights.summaryNoWins')}</p>
      )}
      <p>{say(summary.helped)}</p>
      <p>{say(summary.suggestion)}</p>
    </section>
  );
}
