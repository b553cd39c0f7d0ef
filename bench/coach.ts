import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyse } from '../src/core/coach/index';
import type { BenchResult } from './result';

/**
 * How fast the coach reads a message and how much it adds to the browser bundle.
 * Speed is compared with the cheapest thing any text feature does (lower-case and split
 * the same messages), measured in the same run on the same machine.
 */

const GOAL_RATE = 50_000;
const GOAL_P99_MS = 0.5;
const GOAL_KB = 25;
const MESSAGE_LENGTH = 300;

/** Everyday logistics: most of what couples send each other. */
const EVERYDAY = [
  'Can you grab milk on the way home?',
  'The plumber is coming at ten tomorrow.',
  'Mum called about Sunday lunch, she says one o clock.',
  'I booked the car in for its service on the 14th.',
  'Traffic on the bridge was awful again.',
  "Don't forget the kids have swimming at four.",
  "I'm running about twenty minutes late, sorry.",
  'The heating is making that clicking noise again.',
  'Did you see the email from school about the trip?',
  "We're out of coffee and bread.",
  'I left your charger on the kitchen table.',
  'The dog needs a walk before dinner.',
  'Work was long but fine.',
  'My sister might visit next weekend.',
  'I paid the electricity bill this morning.',
  "There's leftover pasta in the fridge.",
  'The forecast looks good for Saturday.',
  'I finished the book you lent me, the ending was great.',
  'Let me know if you want Thai or pizza tonight.',
  'The meeting moved to Thursday afternoon.',
  'Parking at the hospital was a nightmare.',
  'Sam has a dentist appointment on Monday at 9.',
  "I'll be home around six.",
  'The car needs an oil change soon.',
  'Can we check the calendar for the school holidays?',
  'Your parcel arrived, I put it in the hall.',
  'I never realised the store closes so early on Sundays.',
  'The garden centre has a sale on this week.',
  'We always forget the reusable bags.',
  'My knee has been sore since the run.',
];

/** Messages the coach has something to say about, in many shapes. */
const CHARGED = [
  "You never help with the kids' homework.",
  "You're always on your phone at dinner.",
  'Why are you so careless with money?',
  'Great job, Einstein.',
  'Oh sure, because you are so perfect.',
  "It's not my fault you didn't check the calendar.",
  "You're overreacting again.",
  'Whatever. Forget it.',
  "I'm not talking about this.",
  'You will call me every night at ten.',
  'Get rid of that friend of yours.',
  'I feel ignored when you work late.',
  "I feel like you don't want to be here.",
  'I feel lonely on the nights you work late.',
  'It sounds like you felt alone at the party.',
  'What was the hardest part of today?',
  'That makes sense to me.',
  'Thanks for handling the call to the bank.',
  "I'm sorry, I was short with you.",
  'Can we pick this up in 20 minutes?',
  'Could we eat together on Friday?',
  'I feel anxious when the bills are late.',
  'You always make me smile.',
  'He pushed me against the door.',
  'This deadline is killing me.',
  'I feel like a walk after dinner.',
  'You should try the new bakery, it is really good.',
  'Well, you did it first.',
  'I appreciate you making time for this.',
  'I own my part in this; I did not follow through.',
];

/** A small seeded generator, so every run measures the same messages. */
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

/** Messages of MESSAGE_LENGTH characters: about two everyday sentences for each charged one. */
export function benchMessages(count: number, seed = 7): string[] {
  const random = seeded(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let message = '';
    while (message.length < MESSAGE_LENGTH) message += `${random() < 0.35 ? pick(CHARGED) : pick(EVERYDAY)} `;
    out.push(message.slice(0, MESSAGE_LENGTH));
  }
  return out;
}

function perSecond(messages: readonly string[], work: (m: string) => unknown): number {
  for (const m of messages) work(m);
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 1500) {
    for (const m of messages) work(m);
    done += messages.length;
    elapsed = performance.now() - start;
  }
  return done / (elapsed / 1000);
}

function percentiles(
  messages: readonly string[],
  work: (m: string) => unknown,
): { p50: number; p99: number } {
  const times: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const m of messages) {
      const start = performance.now();
      work(m);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** The coach as the browser would get it: bundled alone, minified, gzipped. */
async function gzipKilobytes(): Promise<number> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'tend-coach-bundle-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        // Library mode leaves whitespace in ES output; the app bundle would not, so minify it fully.
        rolldownOptions: { output: { minify: true } },
        lib: { entry: join(root, 'src/core/coach/index.ts'), formats: ['es'], fileName: 'coach' },
      },
    });
    let bytes = 0;
    for (const file of readdirSync(outDir)) {
      if (file.endsWith('.js')) bytes += gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
    }
    return bytes / 1024;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function result(
  name: string,
  value: number,
  unit: string,
  baseline: number | null,
  goal: string,
  met: boolean,
): BenchResult {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null || baseline === 0 ? null : round(value / baseline),
    goal,
    met,
  };
}

export async function runCoachBench(): Promise<BenchResult[]> {
  const messages = benchMessages(2000);
  const floor = (m: string) => m.toLowerCase().split(/\s+/);
  const rate = perSecond(messages, analyse);
  const floorRate = perSecond(messages, floor);
  const latency = percentiles(messages, analyse);
  const floorLatency = percentiles(messages, floor);
  const kilobytes = await gzipKilobytes();
  return [
    result(
      'coach throughput (one core)',
      rate,
      'msg/s',
      floorRate,
      `>= ${GOAL_RATE} msg/s`,
      rate >= GOAL_RATE,
    ),
    result(
      'coach p50 per 300-char message',
      latency.p50,
      'ms',
      floorLatency.p50,
      `<= ${1000 / GOAL_RATE} ms`,
      latency.p50 <= 1000 / GOAL_RATE,
    ),
    result(
      'coach p99 per 300-char message',
      latency.p99,
      'ms',
      floorLatency.p99,
      `<= ${GOAL_P99_MS} ms`,
      latency.p99 <= GOAL_P99_MS,
    ),
    result(
      'coach browser bundle (min + gzip)',
      kilobytes,
      'KB',
      null,
      `<= ${GOAL_KB} KB`,
      kilobytes <= GOAL_KB,
    ),
  ];
}

function print(results: BenchResult[]): void {
  for (const r of results) {
    const ratio = r.ratio === null ? '' : ` (×${r.ratio} of baseline ${r.baseline})`;
    console.log(`${r.met ? 'met ' : 'MISS'}  ${r.name}: ${r.value} ${r.unit}${ratio}  goal ${r.goal}`);
  }
}

// Run directly (`npx tsx bench/coach.ts`) it prints; imported, it only exports.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCoachBench().then(print, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
