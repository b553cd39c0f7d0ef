import type { InsightsView } from '../../../core/contracts/insights';
import { t } from '../../i18n/i18n';

/** How many weeks of small promises the table shows. */
const WEEKS = 4;
type Week = InsightsView['responsiveness'][number];

/** Responsiveness, week by week: done of what was due, and a dash where nothing was. */
export function KeptTable({ weeks }: { weeks: Week[] }) {
  const kept = (k: Week['pulses']) =>
    k.of === 0 ? t('insights.none') : t('insights.kept', { done: k.done, of: k.of });
  return (
    <section className="card" aria-labelledby="kept">
      <h2 id="kept">{t('insights.keptTitle')}</h2>
      <p>{t('insights.keptLead')}</p>
      <table className="data-table" data-testid="kept-table">
        <thead>
          <tr>
            <th scope="col">{t('insights.weekEnding')}</th>
            <th scope="col">{t('insights.checkIns')}</th>
            <th scope="col">{t('insights.pauses')}</th>
            <th scope="col">{t('insights.reflections')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.slice(-WEEKS).map((w) => (
            <tr key={w.last}>
              <th scope="row">{w.last}</th>
              <td>{kept(w.pulses)}</td>
              <td>{kept(w.pauses)}</td>
              <td>{kept(w.reflections)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
