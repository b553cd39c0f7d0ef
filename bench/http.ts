import autocannon from 'autocannon';
import type { BenchResult } from './result';
import { startRawHello, startTend } from './server';

const CONNECTIONS = 50;
const SECONDS = 10;

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Signs two partners up through the API and returns the first one's session cookie. */
async function coupleCookie(base: string): Promise<string> {
  const post = async (path: string, body: unknown, cookie = '') => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base.replace('127.0.0.1', 'localhost'), cookie },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return { response, body: (await response.json().catch(() => null)) as Record<string, string> | null };
  };
  const stamp = Date.now();
  const alex = await post('/api/account/sign-up', {
    name: 'Alex',
    email: `alex.${stamp}@example.org`,
    password: 'a long enough password',
  });
  const alexCookie = (alex.response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  await post('/api/space', {}, alexCookie);
  const invite = await post('/api/space/invites', {}, alexCookie);
  const sam = await post('/api/account/sign-up', {
    name: 'Sam',
    email: `sam.${stamp}@example.org`,
    password: 'a long enough password',
  });
  const samCookie = (sam.response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  await post('/api/space/join', { token: String(invite.body?.link).split('/join/')[1] }, samCookie);
  return alexCookie;
}

/** The home-screen request, signed in, beside a bare node:http hello-world measured in the same run. */
export async function runHttpBench(): Promise<BenchResult[]> {
  const raw = await startRawHello();
  const baseline = await load(`${raw.url}/`);
  await raw.stop();
  const results: BenchResult[] = [
    {
      name: 'http.raw-node-hello',
      value: round(baseline.requestsPerSecond),
      unit: 'req/s',
      baseline: null,
      ratio: null,
      goal: 'baseline',
      met: null,
    },
  ];
  const targets: Array<[string, string | null]> = [['pglite', null]];
  if (process.env.BENCH_DATABASE_URL) targets.push(['postgres', process.env.BENCH_DATABASE_URL]);
  for (const [kind, databaseUrl] of targets) {
    const tend = await startTend(databaseUrl);
    try {
      const cookie = await coupleCookie(tend.url);
      const home = await load(`${tend.url}/api/home`, { cookie });
      if (home.errors > 0) throw new Error(`home answered ${home.errors} errors under load`);
      const ratio = home.requestsPerSecond / baseline.requestsPerSecond;
      const isGoal = kind === 'postgres';
      results.push(
        {
          name: `http.home.${kind}`,
          value: round(home.requestsPerSecond),
          unit: 'req/s',
          baseline: round(baseline.requestsPerSecond),
          ratio: round(ratio, 3),
          goal: isGoal ? '>= 25 % of raw node:http' : 'reported (goal is on PostgreSQL)',
          met: isGoal ? ratio >= 0.25 : null,
        },
        {
          name: `http.home.${kind}.p50`,
          value: home.p50,
          unit: 'ms',
          baseline: baseline.p50,
          ratio: ratioOf(home.p50, baseline.p50),
          goal: 'reported',
          met: null,
        },
        {
          name: `http.home.${kind}.p99`,
          value: home.p99,
          unit: 'ms',
          baseline: baseline.p99,
          ratio: ratioOf(home.p99, baseline.p99),
          goal: 'reported',
          met: null,
        },
      );
    } finally {
      await tend.stop();
    }
  }
  return results;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const ratioOf = (a: number, b: number) => (b > 0 ? round(a / b, 2) : null);
