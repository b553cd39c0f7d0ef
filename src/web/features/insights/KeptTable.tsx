import type { InsightsView } from '../../../core/contracts/insights';
import { formatDay, type MessageKey, t } from '../../i18n/i18n';

/** How many weeks of small promises the table shows. */
const WEEKS = 4;
type Week = InsightsView['responsiveness'][number];
type KeptKind = Exclude<keyof Week, 'first' | 'last'>;

/** One row per kind of promise, so four weeks fit across a phone. */
const ROWS: ReadonlyArray<{ key: KeptKind; label: MessageKey }> = [
  { key: 'pulses', label: 'insights.checkIns' },
  { key: 'rituals', label: 'insights.rituals' },
  { key: 'pauses', label: 'insights.pauses' },
  { key: 'reflections', label: 'insights.reflections' },
  { key: 'talkTimes', label: 'insights.talkTimes' },
  { key: 'commitments', label: 'insights.commitments' },
];

/** Responsiveness, week by week: done of what was due, and a dash where nothing was. */
export function KeptTable({ weeks }: { weeks: Week[] }) {
  const shown = weeks.slice(-WEEKS);
  const kept = (k: Week['pulses']) =>
    k.of === 0 ? t('insights.none') : t('insights.kept', { done: k.done, of: k.of });
  return (
    <section className="card" aria-labelledby="kept">
      <h2 id="kept">{t('insights.keptTitle')}</h2>
      <p>{t('insights.keptLead')}</p>
      <table className="data-table" data-testid="kept-table">
        <thead>
          <tr>
            <th scope="col">{t('insights.promise')}</th>
            {shown.map((w) => (
              <th scope="col" key={w.last}>
                {formatDay(w.last, { day: 'numeric', month: 'short' })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(row.label)}</th>
              {shown.map((w) => (
                <td key={w.last}>{kept(w[row.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
