import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { coupleCookie } from './http';
import type { BenchResult } from './result';
import { startTend } from './server';

// Lighthouse's performance and accessibility scores for the home page of a signed-in person: the
// built web app served by the real server, the session cookie sent with every request the page
// makes, in the machine's own Chromium (Lighthouse's default: a phone on a throttled network).

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox'];
const START_TIMEOUT_MS = 30_000;

interface Browser {
  port: number;
  stop(): Promise<void>;
}

/** Chromium with its DevTools port open, on a profile of its own that goes with it. */
function startChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tend-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROME,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The profile goes once the browser has stopped writing to it.
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  let output = '';
  return new Promise<Browser>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Chromium did not open its DevTools port within ${START_TIMEOUT_MS} ms: ${output}`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}): ${output}`));
    });
    child.stderr?.on('data', (chunk) => {
      output += String(chunk);
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({ port: Number(port), stop });
    });
  });
}

/** Whether the page's requests, as Lighthouse's network table lists them, include `path` answered 200. */
function answered(details: unknown, path: string): boolean {
  const items = details && typeof details === 'object' && 'items' in details ? details.items : null;
  if (!Array.isArray(items)) return false;
  return items.some((item: unknown) => {
    if (!item || typeof item !== 'object') return false;
    const { url, statusCode } = item as { url?: unknown; statusCode?: unknown };
    return typeof url === 'string' && url.endsWith(path) && statusCode === 200;
  });
}

/** A score (0–1 from Lighthouse, null when it could not work it out) as 0–100. */
const scoreOf = (score: number | null | undefined) =>
  typeof score === 'number' ? Math.round(score * 100) : null;

function unscored(name: string, goal: string, why: string): BenchResult {
  process.stderr.write(`lighthouse: ${name} has no score: ${why}\n`);
  return {
    name,
    value: Number.NaN,
    unit: 'score',
    baseline: null,
    ratio: null,
    goal: `${goal} (${why})`,
    met: false,
  };
}

export async function runLighthouseBench(): Promise<BenchResult[]> {
  const goals = { performance: '>= 95', accessibility: '100' };
  if (!existsSync(CHROME))
    return [
      unscored('lighthouse.home.performance', goals.performance, `no Chromium at ${CHROME}`),
      unscored('lighthouse.home.accessibility', goals.accessibility, `no Chromium at ${CHROME}`),
    ];
  try {
    return await score(goals);
  } catch (error) {
    // Reported as it is, not as a number: a run that failed here scores nothing.
    const why = error instanceof Error ? error.message : String(error);
    return [
      unscored('lighthouse.home.performance', goals.performance, why),
      unscored('lighthouse.home.accessibility', goals.accessibility, why),
    ];
  }
}

async function score(goals: { performance: string; accessibility: string }): Promise<BenchResult[]> {
  process.env.NODE_ENV = 'production';
  await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  const tend = await startTend(null);
  try {
    const cookie = await coupleCookie(tend.url);
    const browser = await startChromium();
    try {
      // The public address the server names for itself, so the page's own origin checks hold.
      const home = `${tend.url.replace('127.0.0.1', 'localhost')}/`;
      const result = await lighthouse(home, {
        port: browser.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: cookie },
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no report');
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      if (process.env.LIGHTHOUSE_REPORT) writeFileSync(process.env.LIGHTHOUSE_REPORT, JSON.stringify(lhr));
      // Signed out, "/" shows the welcome page at the same address: the home screen's own request
      // answered 200 is what says the page was the signed-in home.
      const signedIn = answered(lhr.audits['network-requests']?.details, '/api/home');
      const where = signedIn ? 'home page, signed in' : `not signed in: ${lhr.finalDisplayedUrl}`;
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'speed-index',
      ]
        .map((id) => `${id} ${lhr.audits[id]?.displayValue ?? '?'}`)
        .join(', ');
      process.stderr.write(
        `lighthouse: ${where}; Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent}; ${metrics}; load average ${loadavg()[0]?.toFixed(2)}\n`,
      );
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      if (failing.length > 0) process.stderr.write(`lighthouse: audits not passed: ${failing.join(', ')}\n`);
      // Where the performance score goes: the opportunities Lighthouse names, with the time each would save.
      const savings = Object.values(lhr.audits)
        .filter((audit) => (audit.metricSavings?.LCP ?? 0) + (audit.metricSavings?.FCP ?? 0) > 0)
        .map((audit) => `${audit.id} ${audit.displayValue ?? ''}`.trim());
      if (savings.length > 0) process.stderr.write(`lighthouse: would save time: ${savings.join('; ')}\n`);
      const performance = scoreOf(lhr.categories.performance?.score);
      const accessibility = scoreOf(lhr.categories.accessibility?.score);
      return [
        performance === null
          ? unscored('lighthouse.home.performance', goals.performance, 'Lighthouse gave no performance score')
          : {
              name: 'lighthouse.home.performance',
              value: performance,
              unit: 'score',
              baseline: null,
              ratio: null,
              goal: `${goals.performance} (${where}, mobile)`,
              met: performance >= 95,
            },
        accessibility === null
          ? unscored(
              'lighthouse.home.accessibility',
              goals.accessibility,
              'Lighthouse gave no accessibility score',
            )
          : {
              name: 'lighthouse.home.accessibility',
              value: accessibility,
              unit: 'score',
              baseline: null,
              ratio: null,
              goal: `${goals.accessibility} (${where})`,
              met: accessibility === 100,
            },
      ];
    } finally {
      await browser.stop();
    }
  } finally {
    await tend.stop();
  }
}
