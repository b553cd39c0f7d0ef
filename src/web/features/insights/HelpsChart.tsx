import type { InsightsView } from '../../../core/contracts/insights';
import { helpsWording, type PracticeAssociation } from '../../../core/insights/index';
import { practiceName, say } from '../../../core/insights/words';
import { t } from '../../i18n/i18n';
import { scale } from './geometry';
import { TableToggle } from './TableToggle';

const NAMES = { rituals: {} };
const WIDTH = 340;
const ROW = 46;
const SIDE = 14;
type Helps = InsightsView['whatHelps'][number];
type Shown = Helps & { difference: number; interval: { low: number; high: number } };

const isShown = (a: Helps): a is Shown => a.difference !== null && a.interval !== null;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const nameOf = (a: Helps) => capital(practiceName(a.practice, NAMES));
const readingOf = (a: Helps) =>
  a.reading === 'too-few' ? t('insights.waiting') : t(`insights.reading.${a.reading}`);
const sentence = (a: Helps) => say(helpsWording(a as PracticeAssociation), NAMES);

/** What has gone with closer days: a dot for each difference, a whisker for its likely range, zero marked. */
export function HelpsChart({ insights }: { insights: InsightsView }) {
  const shown = insights.whatHelps.filter(isShown);
  const waiting = insights.whatHelps.filter((a) => !isShown(a));
  return (
    <>
      {shown.length === 0 ? (
        <p data-testid="helps-empty">{t('insights.helpsEmpty', { min: insights.minDays })}</p>
      ) : (
        <Chart shown={shown} />
      )}
      {shown.length > 0 && (
        <ul className="findings" data-testid="helps">
          {shown.map((a) => (
            <li key={a.practice}>{sentence(a)}</li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <>
          <h3>{t('insights.waiting')}</h3>
          <ul className="findings">
            {waiting.map((a) => (
              <li key={a.practice}>{sentence(a)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Chart({ shown }: { shown: Shown[] }) {
  const low = Math.min(-1, ...shown.map((a) => a.interval.low));
  const high = Math.max(1, ...shown.map((a) => a.interval.high));
  const x = scale(low, high, SIDE, WIDTH - SIDE);
  const height = shown.length * ROW + 24;
  const titleId = 'helps-chart-title';
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t('insights.helpsChart')}</title>
        <line className="chart-zero" x1={x(0)} x2={x(0)} y1={4} y2={height - 18} />
        <text className="chart-label" x={x(0)} y={height - 4} textAnchor="middle">
          {t('insights.zero')}
        </text>
        {shown.map((a, i) => {
          const top = i * ROW + 16;
          const mid = top + 16;
          return (
            <g key={a.practice}>
              <text className="chart-label strong" x={SIDE} y={top}>
                {`${nameOf(a)}: ${readingOf(a)}`}
              </text>
              <line
                className="chart-whisker"
                x1={x(a.interval.low)}
                x2={x(a.interval.high)}
                y1={mid}
                y2={mid}
              />
              <line
                className="chart-whisker"
                x1={x(a.interval.low)}
                x2={x(a.interval.low)}
                y1={mid - 5}
                y2={mid + 5}
              />
              <line
                className="chart-whisker"
                x1={x(a.interval.high)}
                x2={x(a.interval.high)}
                y1={mid - 5}
                y2={mid + 5}
              />
              <circle className={`chart-dot ${a.reading}`} cx={x(a.difference)} cy={mid} r={5} />
            </g>
          );
        })}
      </svg>
      <TableToggle>
        <table className="data-table" data-testid="helps-table">
          <caption>{t('insights.helpsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.practice')}</th>
              <th scope="col">{t('insights.difference')}</th>
              <th scope="col">{t('insights.likely')}</th>
              <th scope="col">{t('insights.daysWith')}</th>
              <th scope="col">{t('insights.daysWithout')}</th>
              <th scope="col">{t('insights.reading')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.practice}>
                <th scope="row">{nameOf(a)}</th>
                <td>{signed(a.difference)}</td>
                <td>{`${signed(a.interval.low)} … ${signed(a.interval.high)}`}</td>
                <td>{a.withDays}</td>
                <td>{a.withoutDays}</td>
                <td>{readingOf(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </figure>
  );
}

function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;
}
