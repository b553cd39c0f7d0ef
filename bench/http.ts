import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import type { BenchResult } from './result';
import { startRawHello, startTend, withDatabase } from './server';

const CONNECTIONS = 50;
const SECONDS = 10;
/** Couples whose partners take turns submitting: twice as many people as connections. */
const SUBMITTING_COUPLES = CONNECTIONS;

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** What went wrong, for the error message: timeouts and answers by status code. */
  failures: string;
}

interface Request {
  method?: 'GET' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
  /** People taking turns: each request goes to the next one's path with their cookie. */
  turns?: Submitter[];
}

async function load(url: string, headers: Record<string, string> = {}, request: Request = {}): Promise<Load> {
  const { turns } = request;
  let turn = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: request.method ?? 'GET',
    headers: { ...headers, ...request.headers },
    ...(request.body !== undefined && { body: request.body }),
    ...(turns && {
      requests: [
        {
          setupRequest: (next: autocannon.Request) => {
            const person = turns[turn++ % turns.length];
            if (!person) return next;
            return { ...next, path: person.path, headers: { ...next.headers, cookie: person.cookie } };
          },
        },
      ],
    }),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    failures: [
      `${result.timeouts} timeouts`,
      `${result.errors - result.timeouts} connection errors`,
      ...Object.entries(result.statusCodeStats ?? {})
        .filter(([code]) => !code.startsWith('2'))
        .map(([code, stats]) => `${stats.count ?? 0} × ${code}`),
    ].join(', '),
  };
}

/** The origin the server trusts for changes: its public URL, which names localhost. */
const originOf = (base: string) => base.replace('127.0.0.1', 'localhost');

/** A POST through the API from `address`, a loopback address of the caller's own. */
function post(
  base: string,
  path: string,
  body: unknown,
  cookie: string,
  address: string,
): Promise<{ status: number; cookies: string[]; body: Record<string, string> | null }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${base}${path}`,
      {
        method: 'POST',
        localAddress: address,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          origin: originOf(base),
          cookie,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          if (status < 200 || status > 299) return reject(new Error(`${path}: ${status} ${text}`));
          const parsed = (() => {
            try {
              return JSON.parse(text) as Record<string, string>;
            } catch {
              return null;
            }
          })();
          resolve({ status, cookies: response.headers['set-cookie'] ?? [], body: parsed });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

let signUps = 0;

/**
 * Signs two partners up through the API and returns their session cookies, first the one who
 * started the space. A couple signs up from a loopback address of its own, as two people on their
 * own phones would: sign-ups are limited per address.
 */
export async function signUpCouple(base: string, address = '127.0.0.1'): Promise<[string, string]> {
  const stamp = `${Date.now()}.${++signUps}`;
  const signUp = async (name: string) => {
    const email = `${name.toLowerCase()}.${stamp}@example.org`;
    const reply = await post(
      base,
      '/api/account/sign-up',
      { name, email, password: 'a long enough password' },
      '',
      address,
    );
    return (reply.cookies[0] ?? '').split(';')[0] ?? '';
  };
  const alex = await signUp('Alex');
  await post(base, '/api/space', {}, alex, address);
  const invite = await post(base, '/api/space/invites', {}, alex, address);
  const sam = await signUp('Sam');
  await post(base, '/api/space/join', { token: String(invite.body?.link).split('/join/')[1] }, sam, address);
  return [alex, sam];
}

/** Signs two partners up through the API and returns the first one's session cookie. */
export async function coupleCookie(base: string): Promise<string> {
  return (await signUpCouple(base))[0];
}

/** One person's submit: their cookie and the address of their own today. */
interface Submitter {
  cookie: string;
  path: string;
}

/**
 * Today's check-in, written again and again by many people, each in turn: a person's first submit
 * stores it and every later one that day changes it, which is what someone editing today's pulse
 * does. The people are many, as on a real server: one person sending fifty changes to the same
 * check-in at once would measure the wait for that one row's lock, not the submit. The day is the
 * one the server names for each person's own time zone.
 */
async function pulseSubmits(base: string): Promise<Request> {
  const submitters: Submitter[] = [];
  for (let couple = 0; couple < SUBMITTING_COUPLES; couple++) {
    // 127.0.0.2 onwards: every loopback address reaches the server on 127.0.0.1.
    for (const cookie of await signUpCouple(base, `127.0.0.${couple + 2}`)) {
      const today = await fetch(`${base}/api/pulse`, { headers: { cookie } });
      if (!today.ok) throw new Error(`/api/pulse: ${today.status} ${await today.text()}`);
      const { day } = (await today.json()) as { day: string };
      submitters.push({ cookie, path: `/api/pulse/days/${day}` });
    }
  }
  const entry = {
    closeness: 4,
    energy: 3,
    stressors: ['work'],
    note: 'A long day, a good evening.',
    isNoteShared: true,
    answer: null,
    isAnswerShared: false,
  };
  return {
    method: 'PUT',
    headers: { 'content-type': 'application/json', origin: originOf(base) },
    body: JSON.stringify(entry),
    turns: submitters,
  };
}

/** The home-screen request and a pulse submit, signed in, beside a bare node:http hello-world measured in the same run. */
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
  results.push(...(await measureOn('pglite', null, baseline)));
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (adminUrl)
    results.push(...(await onOwnDatabase(adminUrl, (url) => measureOn('postgres', url, baseline))));
  process.stderr.write(`http: load average ${round(loadavg()[0] ?? 0, 2)}\n`);
  return results;
}

/** The home request and the pulse submit on one kind of database; the goals are PostgreSQL's. */
async function measureOn(kind: string, databaseUrl: string | null, baseline: Load): Promise<BenchResult[]> {
  const tend = await startTend(databaseUrl);
  try {
    const cookie = await coupleCookie(tend.url);
    const home = await load(`${tend.url}/api/home`, { cookie });
    const submits = await load(tend.url, {}, await pulseSubmits(tend.url));
    return [
      ...figures(`http.home.${kind}`, home, baseline, kind === 'postgres' ? 0.25 : null),
      ...figures(`http.pulse-submit.${kind}`, submits, baseline, kind === 'postgres' ? 0.15 : null),
    ];
  } finally {
    await tend.stop();
  }
}

/** A database of its own on the server, dropped after, so no earlier run's people are in the figures. */
async function onOwnDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `tend_http_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    return await work(withDatabase(serverUrl, name));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

/** Requests per second against the baseline (with a goal as a share of it, or none), p50 and p99. */
function figures(name: string, measured: Load, baseline: Load, share: number | null): BenchResult[] {
  const ratio = measured.requestsPerSecond / baseline.requestsPerSecond;
  // A failed request must not pass for throughput: the count stands beside the figures, and a
  // run with failures meets no goal.
  if (measured.errors > 0)
    process.stderr.write(`${name}: ${measured.errors} failed (${measured.failures})\n`);
  const clean = measured.errors === 0;
  return [
    {
      name: `${name}.failed`,
      value: measured.errors,
      unit: 'requests',
      baseline: null,
      ratio: null,
      goal: '0 (timeouts and answers other than 2xx)',
      met: clean,
    },
    {
      name,
      value: round(measured.requestsPerSecond),
      unit: 'req/s',
      baseline: round(baseline.requestsPerSecond),
      ratio: round(ratio, 3),
      goal: share === null ? 'reported (goal is on PostgreSQL)' : `>= ${share * 100} % of raw node:http`,
      met: share === null ? null : clean && ratio >= share,
    },
    {
      name: `${name}.p50`,
      value: measured.p50,
      unit: 'ms',
      baseline: baseline.p50,
      ratio: ratioOf(measured.p50, baseline.p50),
      goal: 'reported',
      met: null,
    },
    {
      name: `${name}.p99`,
      value: measured.p99,
      unit: 'ms',
      baseline: baseline.p99,
      ratio: ratioOf(measured.p99, baseline.p99),
      goal: 'reported',
      met: null,
    },
  ];
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const ratioOf = (a: number, b: number) => (b > 0 ? round(a / b, 2) : null);
