import type { InsightsView } from '../../../core/contracts/insights';
import { t } from '../../i18n/i18n';
import { type Box, linePath, scale } from './geometry';
import { TableToggle } from './TableToggle';

/** How many days the chart shows: about three months. */
const WINDOW = 84;
const BOX: Box = { width: 340, height: 170, left: 22, right: 8, top: 8, bottom: 22 };
type Point = InsightsView['trend'][number];

/** The seven-day lines of closeness and energy, the partner's shared closeness, quieter stretches shaded. */
export function TrendChart({ insights }: { insights: InsightsView }) {
  const trend = insights.trend.slice(-WINDOW);
  const partner = new Map((insights.partnerTrend ?? []).map((p) => [p.day, p]));
  const partnerName = insights.partnerTrend ? insights.partnerName : null;
  const table = (
    <TableToggle>
      <TrendTable trend={trend} partner={partnerName ? partner : null} partnerName={partnerName} />
    </TableToggle>
  );
  // One day makes no line: say so, and still give the numbers there are.
  if (trend.filter((p) => p.closeness !== null).length < 2)
    return (
      <>
        <p data-testid="trend-empty">{t('insights.trendEmpty')}</p>
        {trend.length > 0 && table}
      </>
    );

  const days = trend.map((p) => p.day);
  const x = scale(0, Math.max(days.length - 1, 1), BOX.left, BOX.width - BOX.right);
  const y = scale(1, 5, BOX.height - BOX.bottom, BOX.top);
  const path = (value: (p: Point, i: number) => number | null) =>
    linePath(trend.map((p, i) => ({ x: x(i), y: nullable(value(p, i), y) })));
  const bands = insights.withdrawal
    .map((e) => ({ from: days.indexOf(e.first), to: days.indexOf(e.last), e }))
    .filter((b) => b.from >= 0 || b.to >= 0);
  const titleId = 'trend-chart-title';

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t('insights.trendChart', { days: days.length })}</title>
        {bands.map(({ from, to, e }) => {
          const start = x(Math.max(from, 0)) - 2;
          const end = x(to < 0 ? days.length - 1 : to) + 2;
          return (
            <rect
              key={e.first}
              className="chart-band"
              x={start}
              y={BOX.top}
              width={end - start}
              height={BOX.height - BOX.top - BOX.bottom}
            />
          );
        })}
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line className="chart-grid" x1={BOX.left} x2={BOX.width - BOX.right} y1={y(v)} y2={y(v)} />
            <text className="chart-label" x={BOX.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text className="chart-label" x={BOX.left} y={BOX.height - 6}>
          {days[0]}
        </text>
        <text className="chart-label" x={BOX.width - BOX.right} y={BOX.height - 6} textAnchor="end">
          {days.at(-1)}
        </text>
        <path className="chart-line energy" d={path((p) => p.energy)} />
        {partnerName && (
          <path className="chart-line partner" d={path((p) => partner.get(p.day)?.closeness ?? null)} />
        )}
        <path className="chart-line closeness" d={path((p) => p.closeness)} />
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <Legend kind="closeness" text={t('insights.closeness')} style={t('insights.legendSolid')} />
          <Legend kind="energy" text={t('insights.energy')} style={t('insights.legendDashed')} />
          {partnerName && (
            <Legend
              kind="partner"
              text={t('insights.partnerCloseness', { name: partnerName })}
              style={t('insights.legendDotted')}
            />
          )}
          {bands.length > 0 && (
            <Legend kind="band" text={t('insights.quieter')} style={t('insights.legendBand')} />
          )}
        </ul>
      </figcaption>
      {table}
    </figure>
  );
}

function nullable(value: number | null, to: (v: number) => number): number | null {
  return value === null ? null : to(value);
}

function Legend({ kind, text, style }: { kind: string; text: string; style: string }) {
  return (
    <li>
      <svg viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
        {kind === 'band' ? (
          <rect className="chart-band" x="0" y="0" width="24" height="10" />
        ) : (
          <line className={`chart-line ${kind}`} x1="0" x2="24" y1="5" y2="5" />
        )}
      </svg>{' '}
      {text} <span className="visually-hidden">({style})</span>
    </li>
  );
}

/** One row a week, counting back from today: the same seven-day averages the lines draw. */
function TrendTable(props: {
  trend: Point[];
  partner: Map<string, Point> | null;
  partnerName: string | null;
}) {
  const rows = props.trend.filter((_, i) => (props.trend.length - 1 - i) % 7 === 0);
  const show = (v: number | null | undefined) =>
    v === null || v === undefined ? t('insights.none') : v.toFixed(1);
  return (
    <table className="data-table" data-testid="trend-table">
      <caption>{t('insights.trendTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insights.weekEnding')}</th>
          <th scope="col">{t('insights.closeness')}</th>
          <th scope="col">{t('insights.energy')}</th>
          {props.partnerName && (
            <th scope="col">{t('insights.partnerCloseness', { name: props.partnerName })}</th>
          )}
          <th scope="col">{t('insights.checkIns')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.day}>
            <th scope="row">{p.day}</th>
            <td>{show(p.closeness)}</td>
            <td>{show(p.energy)}</td>
            {props.partnerName && <td>{show(props.partner?.get(p.day)?.closeness)}</td>}
            <td>{p.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
