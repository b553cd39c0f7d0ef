import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import WebSocket from 'ws';
import type { BenchResult } from './result';
import { type BenchServer, freePort, startTend, withDatabase } from './server';

// 2,000 couples, each partner's screen open on a different app instance of one PostgreSQL. One
// partner asks for a pause over HTTP on the first instance; the figure is the time until the other
// partner's socket on the second instance hears `pause.changed`. The baseline is a bare WebSocket
// echo round trip on the same machine, over as many samples.

const COUPLES = 2_000;
const SAMPLES = 500;
const CONCURRENCY = 4;
const BATCH = 500;
const CONNECT_CONCURRENCY = 100;
const STEP_TIMEOUT_MS = 10_000;
const RUN_TIMEOUT_MS = 5 * 60_000;
const COOKIE = 'tend.session_token';

interface Couple {
  spaceId: string;
  cookieA: string;
  cookieB: string;
  socketA?: WebSocket;
  socketB?: WebSocket;
  /** Called with the arrival time of the next `pause.changed` on B's socket. */
  waiting?: (at: number) => void;
}

/** The cookie the auth library would set: the token, a dot, and its HMAC-SHA256 in base64. */
function signedCookie(token: string, secret: string): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `${COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Persons, spaces, memberships and sessions straight into the tables, a batch per statement. */
async function seed(client: pg.Client, secret: string): Promise<Couple[]> {
  const couples: Couple[] = [];
  const expiresAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
  const now = new Date().toISOString();
  for (let start = 0; start < COUPLES; start += BATCH) {
    const personIds: string[] = [];
    const names: string[] = [];
    const emails: string[] = [];
    const spaceIds: string[] = [];
    const memberSpaces: string[] = [];
    const sessionIds: string[] = [];
    const tokens: string[] = [];
    for (let i = start; i < Math.min(start + BATCH, COUPLES); i++) {
      const spaceId = randomUUID();
      spaceIds.push(spaceId);
      const cookies: string[] = [];
      for (const side of ['a', 'b']) {
        const personId = randomUUID();
        const token = randomBytes(24).toString('base64url');
        personIds.push(personId);
        names.push(side === 'a' ? `Alex ${i}` : `Sam ${i}`);
        emails.push(`${side}.${i}@bench.example.org`);
        memberSpaces.push(spaceId);
        sessionIds.push(randomUUID());
        tokens.push(token);
        cookies.push(signedCookie(token, secret));
      }
      couples.push({ spaceId, cookieA: cookies[0] ?? '', cookieB: cookies[1] ?? '' });
    }
    await client.query('begin');
    await client.query(
      'insert into person (id, name, email) select * from unnest($1::text[], $2::text[], $3::text[])',
      [personIds, names, emails],
    );
    await client.query('insert into space (id, created_at) select unnest($1::uuid[]), $2', [spaceIds, now]);
    await client.query(
      'insert into space_member (space_id, person_id, joined_at) select s, p, $3 from unnest($1::uuid[], $2::text[]) as t(s, p)',
      [memberSpaces, personIds, now],
    );
    await client.query(
      'insert into auth_session (id, token, person_id, expires_at) select i, t, p, $4 from unnest($1::text[], $2::text[], $3::text[]) as u(i, t, p)',
      [sessionIds, tokens, personIds, expiresAt],
    );
    await client.query('commit');
  }
  return couples;
}

/** Opens a live socket and resolves once the server said hello. */
function openLive(server: BenchServer, cookie: string, onEvent: (type: string) => void): Promise<WebSocket> {
  const port = new URL(server.url).port;
  const opened = new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api/live`, {
      headers: { origin: `http://localhost:${port}`, cookie },
    });
    let greeted = false;
    socket.on('message', (data) => {
      const type = (JSON.parse(String(data)) as { type: string }).type;
      if (!greeted && type === 'hello') {
        greeted = true;
        resolve(socket);
        return;
      }
      onEvent(type);
    });
    socket.once('error', reject);
    socket.once('close', (code) => {
      if (!greeted) reject(new Error(`live socket closed before hello (${code})`));
    });
  });
  return withTimeout(opened, STEP_TIMEOUT_MS, 'hello on a live socket');
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

async function post(server: BenchServer, path: string, cookie: string, body: unknown) {
  const port = new URL(server.url).port;
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://localhost:${port}`, cookie },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { pause: { id: string } | null };
}

/** The time from asking for a pause on instance one until the partner's socket on instance two hears it. */
async function deliveries(first: BenchServer, couples: Couple[]): Promise<number[]> {
  const sample = couples.slice(0, SAMPLES);
  const times: number[] = [];
  const heard = (couple: Couple) =>
    withTimeout(
      new Promise<number>((resolve) => {
        couple.waiting = resolve;
      }),
      STEP_TIMEOUT_MS,
      'pause.changed on the partner’s socket',
    );
  await eachLimited(sample, CONCURRENCY, async (couple) => {
    const started = heard(couple);
    const at = performance.now();
    const { pause } = await post(first, '/api/pause', couple.cookieA, { minutes: 1 });
    times.push((await started) - at);
    if (!pause) throw new Error('no pause started');
    // The end is announced too; wait for it so it is not taken for the next sample's news.
    const ended = heard(couple);
    await post(first, `/api/pause/${pause.id}/end`, couple.cookieA, {});
    await ended;
  });
  return times;
}

/** A bare WebSocket echo server in its own process: the best one round trip does on this machine. */
async function startEcho(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const code = `const { WebSocketServer } = require('ws'); const s = new WebSocketServer({ port: ${port}, host: '127.0.0.1' }); s.on('connection', (c) => c.on('message', (m) => c.send(m))); s.on('listening', () => console.log('ready'));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      child.stdout?.once('data', () => resolve());
      child.once('exit', () => reject(new Error('echo server exited')));
    }),
    STEP_TIMEOUT_MS,
    'echo server start',
  );
  return { port, child };
}

async function echoRoundTrips(): Promise<number[]> {
  const { port, child } = await startEcho();
  const times: number[] = [];
  try {
    const sockets = await Promise.all(
      Array.from(
        { length: CONCURRENCY },
        () =>
          new Promise<WebSocket>((resolve, reject) => {
            const socket = new WebSocket(`ws://127.0.0.1:${port}`);
            socket.once('open', () => resolve(socket));
            socket.once('error', reject);
          }),
      ),
    );
    const perSocket = Math.ceil(SAMPLES / CONCURRENCY);
    await Promise.all(
      sockets.map(async (socket) => {
        for (let i = 0; i < perSocket && times.length < SAMPLES; i++) {
          const at = performance.now();
          await withTimeout(
            new Promise<void>((resolve) => {
              socket.once('message', () => resolve());
              socket.send(JSON.stringify({ type: 'pause.changed', pauseId: randomUUID() }));
            }),
            STEP_TIMEOUT_MS,
            'echo',
          );
          times.push(performance.now() - at);
        }
        socket.close();
      }),
    );
  } finally {
    child.kill();
  }
  return times;
}

/** Resident memory of a process, in MB. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) / 1024;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function run(adminUrl: string): Promise<BenchResult[]> {
  const name = `tend_bench_${randomBytes(5).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = withDatabase(adminUrl, name);
  const servers: BenchServer[] = [];
  const couples: Couple[] = [];
  const client = new pg.Client({ connectionString: url });
  try {
    // Every step is bounded; past the deadline the sockets, servers and database still go.
    return await withTimeout(measure(), RUN_TIMEOUT_MS, 'the pause benchmark');
  } finally {
    for (const couple of couples) {
      couple.socketA?.terminate();
      couple.socketB?.terminate();
    }
    await client.end().catch(() => {});
    for (const server of servers) await server.stop().catch(() => {});
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }

  async function measure(): Promise<BenchResult[]> {
    // The first instance migrates; the second starts on the migrated database.
    servers.push(await startTend(url, { sessionSecret: secret }));
    servers.push(await startTend(url, { sessionSecret: secret }));
    const [first, second] = servers as [BenchServer, BenchServer];
    await client.connect();
    couples.push(...(await seed(client, secret)));

    const before = servers.map((s) => rssMb(s.pid));
    await eachLimited(couples, CONNECT_CONCURRENCY, async (couple) => {
      couple.socketA = await openLive(first, couple.cookieA, () => {});
      couple.socketB = await openLive(second, couple.cookieB, (type) => {
        if (type !== 'pause.changed') return;
        const waiting = couple.waiting;
        couple.waiting = undefined;
        waiting?.(performance.now());
      });
    });
    await new Promise((r) => setTimeout(r, 1000));
    const after = servers.map((s) => rssMb(s.pid));

    const delivered = await deliveries(first, couples);
    const echoed = await echoRoundTrips();
    const p50 = percentile(delivered, 50);
    const p99 = percentile(delivered, 99);
    const echoP50 = percentile(echoed, 50);
    const echoP99 = percentile(echoed, 99);
    const largest = Math.max(...after);
    const perCouple = (after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)) / COUPLES;
    process.stderr.write(
      `pause: RSS before ${before.map((m) => round(m)).join(' / ')} MB, after ${after.map((m) => round(m)).join(' / ')} MB with ${COUPLES} couples connected; load average ${round(loadavg()[0] ?? 0, 2)}\n`,
    );
    return [
      {
        name: 'pause.delivery.p50',
        value: round(p50, 2),
        unit: 'ms',
        baseline: round(echoP50, 2),
        ratio: ratioOf(p50, echoP50),
        goal: 'reported (bare WebSocket round trip as baseline)',
        met: null,
      },
      {
        name: 'pause.delivery.p99',
        value: round(p99, 2),
        unit: 'ms',
        baseline: round(echoP99, 2),
        ratio: ratioOf(p99, echoP99),
        goal: '<= 25 ms, 2,000 couples across two instances',
        met: p99 <= 25,
      },
      {
        name: 'pause.rss.instance',
        value: round(largest),
        unit: 'MB',
        baseline: round(Math.max(...before)),
        ratio: ratioOf(largest, Math.max(...before)),
        goal: '<= 300 MB with 2,000 couples connected',
        met: largest <= 300,
      },
      {
        name: 'pause.memory.per-couple',
        value: round(perCouple * 1024),
        unit: 'KB',
        baseline: null,
        ratio: null,
        goal: 'reported',
        met: null,
      },
    ];
  }
}

export async function runPauseBench(): Promise<BenchResult[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl)
    throw new Error(
      'Set BENCH_DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:55432/postgres',
    );
  return run(adminUrl);
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const ratioOf = (a: number, b: number) => (b > 0 ? round(a / b, 2) : null);
