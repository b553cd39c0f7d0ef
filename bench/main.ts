import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runCoachBench } from './coach';
import { runGrowthBench } from './growth';
import { runHttpBench } from './http';
import { runInsightsBench } from './insights';
import { runLighthouseBench } from './lighthouse';
import { runPauseBench } from './pause';
import type { BenchResult } from './result';
import { runSchedulerBench } from './scheduler';
import { runWebBench } from './web';

/** `npm run bench` runs every benchmark; `npm run bench -- NAME` runs one. Never part of `npm test`. */
const benches: Record<string, () => Promise<BenchResult[]>> = {
  coach: runCoachBench,
  growth: runGrowthBench,
  http: runHttpBench,
  insights: runInsightsBench,
  lighthouse: runLighthouseBench,
  pause: runPauseBench,
  scheduler: runSchedulerBench,
  web: runWebBench,
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in benches));
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown benchmark ${unknown.join(', ')}. Choose from: ${Object.keys(benches).join(', ')}\n`,
  );
  process.exit(2);
}

const results: BenchResult[] = [];
for (const name of requested.length > 0 ? requested : Object.keys(benches)) {
  process.stderr.write(`running ${name}…\n`);
  results.push(...((await benches[name]?.()) ?? []));
}

const file = 'bench/results/latest.json';
mkdirSync('bench/results', { recursive: true });
// Running one benchmark replaces its own figures and keeps the others from earlier runs.
const earlier: BenchResult[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
const merged = [...earlier.filter((r) => !results.some((n) => n.name === r.name)), ...results];
writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);

const rows = results.map((r) => [
  r.name,
  `${r.value} ${r.unit}`,
  r.baseline === null ? '' : `${r.baseline}`,
  r.ratio === null ? '' : `${r.ratio}`,
  r.goal,
  r.met === null ? '' : r.met ? 'met' : 'MISSED',
]);
const header = ['name', 'value', 'baseline', 'ratio', 'goal', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
for (const row of [header, ...rows])
  process.stdout.write(`${row.map((cell, i) => (cell ?? '').padEnd(widths[i] ?? 0)).join('  ')}\n`);
