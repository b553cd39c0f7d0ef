import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { InsightsView } from '../../../core/contracts/insights';
import { HelpsChart } from './HelpsChart';
import { TrendChart } from './TrendChart';

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const trend = Array.from({ length: 20 }, (_, i) => ({
  day: day(i + 1),
  closeness: i === 9 ? null : 2 + (i % 3),
  energy: 3,
  count: i === 9 ? 0 : 3,
}));
const base: InsightsView = {
  today: day(20),
  minDays: 8,
  trend,
  partnerTrend: trend.map((p) => ({ ...p, closeness: 4 })),
  partnerName: 'Sam',
  withdrawal: [{ first: day(4), last: day(5), days: 2, isMarked: false }],
  responsiveness: [],
  whatHelps: [
    {
      practice: 'appreciation',
      withDays: 9,
      withoutDays: 10,
      difference: 3,
      interval: { low: 2.4, high: 3 },
      reading: 'higher',
    },
    {
      practice: 'talk:stress',
      withDays: 8,
      withoutDays: 11,
      difference: -0.2,
      interval: { low: -1.1, high: 0.6 },
      reading: 'unclear',
    },
    {
      practice: 'repair',
      withDays: 2,
      withoutDays: 17,
      difference: null,
      interval: null,
      reading: 'too-few',
    },
  ],
  stressors: [],
  distance: null,
};
const count = (html: string, part: string) => html.split(part).length - 1;

describe('the trend chart', () => {
  it('draws closeness, energy and the partner’s shared line, each with its own dash and name', () => {
    const html = renderToStaticMarkup(<TrendChart insights={base} />);
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="trend-chart-title">Your closeness and energy over the last 20 days');
    for (const line of ['closeness', 'energy', 'partner']) expect(count(html, `chart-line ${line}`)).toBe(2);
    // The quiet day is a gap: the closeness path lifts the pen once more after it.
    const closeness = html.match(/class="chart-line closeness" d="([^"]+)"/)?.[1] ?? '';
    expect(count(closeness, 'M')).toBe(2);
    expect(count(html, 'class="chart-band"')).toBe(2);
    expect(html).toContain('Sam’s closeness (shared)');
    expect(html).toContain('(dashed line)');
    expect(html).toContain('Quieter stretch');
    // The table: one row a week counting back from today, with the partner's column.
    expect(count(html, '<tr>')).toBe(1 + 3);
    expect(html).toContain('<th scope="row">2026-03-20</th><td>3.0</td><td>3.0</td><td>4.0</td><td>3</td>');
  });

  it('leaves the partner out when they share nothing, and says so when there is no line yet', () => {
    const alone = renderToStaticMarkup(<TrendChart insights={{ ...base, partnerTrend: null }} />);
    expect(alone).not.toContain('chart-line partner');
    expect(alone).not.toContain('Sam');
    const first = renderToStaticMarkup(<TrendChart insights={{ ...base, trend: trend.slice(0, 1) }} />);
    expect(first).toContain('Not enough days yet');
    expect(first).not.toContain('<svg viewBox="0 0 340');
    expect(first).toContain('data-testid="trend-table"');
  });
});

describe('the what-helps chart', () => {
  it('draws a dot and whisker for each practice with enough days, a zero line, and names in words', () => {
    const html = renderToStaticMarkup(<HelpsChart insights={base} />);
    expect(count(html, 'class="chart-zero"')).toBe(1);
    expect(html).toContain('no difference');
    expect(count(html, '<circle')).toBe(2);
    expect(html).toContain('An appreciation from your partner: higher after it');
    expect(html).toContain('A talk about stress: no clear difference yet');
    expect(html).toContain('<td>+3.00</td><td>+2.40 … +3.00</td><td>9</td><td>10</td>');
    expect(html).toContain('that is not proof that one caused the other');
    // Too few days: not drawn, only said, with how many there are.
    expect(html).toContain('Still gathering days');
    expect(html).toContain('A repair: 2 days with it and 17 days without so far.');
  });

  it('says plainly when nothing has enough days yet', () => {
    const html = renderToStaticMarkup(
      <HelpsChart insights={{ ...base, whatHelps: base.whatHelps.slice(2) }} />,
    );
    expect(html).toContain('Not enough days yet to see what helps');
    expect(html).not.toContain('<svg');
  });
});
