import { pathToFileURL } from 'node:url';
import {
  insightsFor,
  type Moment,
  type OwnPulse,
  type PartnerShares,
  type PersonRecord,
  persistentDistance,
  weeklySummary,
} from '../src/core/insights/index';
import { STRESSORS } from '../src/core/pulse/days';
import { FORMAT_IDS } from '../src/core/talks/formats';
import type { BenchResult } from './result';

/**
 * Everything the insights screen and the weekly summary compute, for five years of one couple's
 * daily check-ins and moments. Compared with one pass that reads every check-in of both partners
 * once and adds up closeness: the least any insight must do with the same records.
 */

const GOAL_MS = 30;
/** Enough runs that the p99 is a percentile, not the slowest run or the one before it. */
const RUNS = 400;
const DAYS = 5 * 365 + 1;
const TODAY = '2026-11-25';

/** A small seeded generator, so every run measures the same five years. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayAt(offset: number): string {
  const date = new Date(Date.parse(`${TODAY}T00:00:00Z`) - (DAYS - 1 - offset) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** One partner's five years: mostly daily check-ins, three rituals, talks, pauses, appreciations. */
function fiveYears(seed: number): PersonRecord {
  const random = seeded(seed);
  const pulses: OwnPulse[] = [];
  const moments: Moment[] = [];
  const pulledAway: string[] = [];
  let mood = 3;
  let lift = 0;
  for (let i = 0; i < DAYS; i++) {
    const day = dayAt(i);
    mood = Math.min(5, Math.max(1, mood + (random() - 0.5) * 0.6));
    if (random() < 0.9) {
      const stressors = STRESSORS.filter(() => random() < 0.06);
      const closeness = Math.min(5, Math.max(1, Math.round(mood + lift - stressors.length * 0.5)));
      pulses.push({ day, closeness, energy: 1 + Math.floor(random() * 5), stressors });
    }
    if (random() < 0.02) pulledAway.push(day);
    lift = 0;
    const add = (moment: Moment, effect: number) => {
      moments.push(moment);
      lift += effect;
    };
    if (i % 7 === 0) add({ day, kind: 'ritual', ritualId: 'sunday-walk', isKept: random() < 0.8 }, 0.5);
    if (random() < 0.5) add({ day, kind: 'ritual', ritualId: 'morning-coffee', isKept: random() < 0.7 }, 0.2);
    if (i % 14 === 5) add({ day, kind: 'ritual', ritualId: 'date-night', isKept: random() < 0.6 }, 0.7);
    if (random() < 0.2) {
      const format = FORMAT_IDS[Math.floor(random() * FORMAT_IDS.length)] ?? 'check-in';
      add({ day, kind: 'talk', format }, 0.3);
      moments.push({ day, kind: 'reflection', isConfirmed: random() < 0.7 });
    }
    if (random() < 0.1) add({ day, kind: 'pause', isHonoured: random() < 0.8 }, 0.2);
    if (random() < 0.4) add({ day, kind: 'appreciation', direction: 'received' }, 0.4);
    if (random() < 0.4) add({ day, kind: 'appreciation', direction: 'sent' }, 0);
    if (random() < 0.08) add({ day, kind: 'repair' }, 0.6);
  }
  return { cadences: [{ since: dayAt(0), cadence: { kind: 'daily' } }], pulses, pulledAway, moments };
}

function shares(record: PersonRecord): PartnerShares {
  return { pulses: record.pulses.map(({ day, closeness, energy }) => ({ day, closeness, energy })) };
}

/** Everything one person sees: the insights, this week's summary, and the support rule. */
function everything(person: PersonRecord, partner: PersonRecord): number {
  const insights = insightsFor(person, shares(partner), TODAY);
  const summary = weeklySummary(person, TODAY, insights.whatHelps);
  const distance = persistentDistance({ ...person, today: TODAY, lastShown: null });
  return insights.trend.length + summary.wins.length + distance.weeks.length;
}

/**
 * Median and p99 wall time over RUNS runs after a warm-up, and the median processor time: on a
 * machine whose cores are shared, the wall time includes waiting for a core, the processor time
 * does not.
 */
function timings(work: () => unknown): { p50: number; p99: number; cpuP50: number } {
  for (let i = 0; i < 5; i++) work();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    work();
    const spent = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const at = (list: number[], q: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  };
  return { p50: at(times, 0.5), p99: at(times, 0.99), cpuP50: at(cpu, 0.5) };
}

function result(name: string, value: number, baseline: number, hasGoal = true): BenchResult {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    name,
    value: round(value),
    unit: 'ms',
    baseline: round(baseline),
    ratio: baseline === 0 ? null : round(value / baseline),
    goal: hasGoal ? `<= ${GOAL_MS} ms` : 'none: context for the wall time',
    met: hasGoal ? value <= GOAL_MS : null,
  };
}

export async function runInsightsBench(): Promise<BenchResult[]> {
  const alex = fiveYears(1);
  const sam = fiveYears(2);
  const floor = timings(() => {
    let sum = 0;
    for (const p of alex.pulses) sum += p.closeness;
    for (const p of sam.pulses) sum += p.closeness;
    return sum;
  });
  const one = timings(() => everything(alex, sam));
  const both = timings(() => everything(alex, sam) + everything(sam, alex));
  return [
    result('insights: five years, one person, p50', one.p50, floor.p50),
    result('insights: five years, one person, p99', one.p99, floor.p99),
    result('insights: five years, both partners, p50', both.p50, floor.p50),
    result('insights: five years, one person, processor time p50', one.cpuP50, floor.cpuP50, false),
  ];
}

function print(results: BenchResult[]): void {
  for (const r of results) {
    const ratio = r.ratio === null ? '' : ` (×${r.ratio} of baseline ${r.baseline})`;
    console.log(
      `${r.met === null ? '    ' : r.met ? 'met ' : 'MISS'}  ${r.name}: ${r.value} ${r.unit}${ratio}  goal ${r.goal}`,
    );
  }
}

// Run directly (`npx tsx bench/insights.ts`) it prints; imported, it only exports.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runInsightsBench().then(print, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
