import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BenchResult } from './result';

const dist = 'dist/web';

/** The gzip size of the JavaScript a phone downloads to show the first screen. */
export async function runWebBench(): Promise<BenchResult[]> {
  process.env.NODE_ENV = 'production';
  await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const gzip = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const initialBytes = initial.reduce((sum, file) => sum + gzip(file), 0);
  // The home screen loads the page, its first script and stylesheet; the screens that carry the
  // coach, a talk or the safety pages load their own chunks only when opened.
  const styles = [...html.matchAll(/<link[^>]+href="(\/assets\/[^"]+\.css)"/g)].map((m) => m[1] ?? '');
  const homeBytes = [...initial, ...styles].reduce((sum, file) => sum + gzip(file), 0) + gzip('index.html');
  const lazyBytes = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !initial.includes(`/assets/${f}`))
    .reduce((sum, file) => sum + gzip(join('assets', file)), 0);
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  return [
    {
      name: 'web.initial-js-gzip',
      value: kb(initialBytes),
      unit: 'KB',
      baseline: null,
      ratio: null,
      goal: '<= 150 KB',
      met: initialBytes <= 150 * 1024,
    },
    {
      name: 'web.home-route-gzip',
      value: kb(homeBytes),
      unit: 'KB',
      baseline: null,
      ratio: null,
      goal: 'reported (HTML, JS and CSS)',
      met: null,
    },
    {
      name: 'web.lazy-chunks-gzip',
      value: kb(lazyBytes),
      unit: 'KB',
      baseline: null,
      ratio: null,
      goal: 'reported (screens loaded when opened)',
      met: null,
    },
  ];
}
