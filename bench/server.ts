import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchServer {
  url: string;
  /** The server process, for reading its memory from /proc. */
  pid: number;
  stop(): Promise<void>;
}

export interface TendOptions {
  /** The same secret on every instance, so one signed cookie is good on all of them. */
  sessionSecret?: string;
}

/** The same server's address for another database on it. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited: ${output.join('')}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up: ${output.join('')}`);
}

function run(args: string[], env: Record<string, string>, readyUrl: string): Promise<BenchServer> {
  const output: string[] = [];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c) => output.push(String(c)));
  child.stderr?.on('data', (c) => output.push(String(c)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = waitFor(readyUrl, child, output).catch((error: unknown) => {
    // A server that never came up must not outlive the benchmark.
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  });
  return ready.then(() => ({
    url: new URL(readyUrl).origin,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  }));
}

/** The real Tend server in its own process, on a fresh embedded database or on `databaseUrl`. */
export async function startTend(databaseUrl: string | null, options: TendOptions = {}): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const server = await run(
    [
      // A CPU profile of each server, for finding where a figure's time goes.
      ...(process.env.BENCH_CPU_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
        : []),
      '--import',
      'tsx',
      'src/server/main.ts',
    ],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: `http://localhost:${port}`,
      DATABASE_URL: databaseUrl ?? '',
      LOG_LEVEL: 'warn',
      ...(options.sessionSecret && { SESSION_SECRET: options.sessionSecret }),
    },
    `http://127.0.0.1:${port}/api/health`,
  );
  return {
    url: server.url,
    pid: server.pid,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The best this machine does over HTTP: a bare node:http hello-world, in its own process too. */
export async function startRawHello(): Promise<BenchServer> {
  const port = await freePort();
  const code = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"hello":"world"}'); }).listen(${port}, '127.0.0.1')`;
  return run(['-e', code], {}, `http://127.0.0.1:${port}/`);
}
