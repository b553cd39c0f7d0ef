import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The safety screen and the resources file it shows. */
const isSafetyModule = (id: string) =>
  id.includes('/features/safety/SafetyScreen') || id.includes('/core/safety/');

/**
 * Writes the list of every built file into the service worker, so it can keep the app's shell
 * for offline use, and names the cache after a hash of that list so a new build replaces the old.
 */
function serviceWorkerShell(): Plugin {
  return {
    name: 'tend-service-worker-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      // The safety screen and its resources are never kept for offline use: nothing about them
      // should stay on a shared device.
      const isSafety = (name: string) => {
        const file = bundle[name];
        return (
          file?.type === 'chunk' &&
          file.moduleIds.some(
            (id) => id.includes('/features/safety/SafetyScreen') || id.includes('/core/safety/'),
          )
        );
      };
      const files = Object.keys(bundle)
        .filter((name) => name !== 'sw.js' && !name.endsWith('.map') && !isSafety(name))
        .map((name) => `/${name}`);
      const shell = [
        ...files.filter((f) => f !== '/index.html'),
        '/index.html',
        '/manifest.webmanifest',
        '/icons/icon-192.png',
      ];
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const worker = bundle['sw.js'];
      if (worker?.type !== 'chunk') throw new Error('sw.js was not built');
      worker.code = worker.code
        .replace('__TEND_SHELL__', JSON.stringify(shell).replaceAll("'", "\\'"))
        .replace('__TEND_VERSION__', version);
    },
  };
}

/**
 * Writes a Brotli and a gzip copy beside every built text file, once at build time: the server
 * sends the copy a browser accepts (`preCompressed`) instead of compressing on every request, and
 * a phone on a slow line downloads a quarter of the bytes.
 */
function precompressed(): Plugin {
  const compressible = /\.(js|css|html|svg|json|webmanifest)$/;
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  let outDir = '';
  return {
    name: 'tend-precompressed',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const path of walk(outDir).filter((p) => compressible.test(p))) {
        const content = readFileSync(path);
        if (content.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

const web = (file: string) => fileURLToPath(new URL(`./src/web/${file}`, import.meta.url));

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), serviceWorkerShell(), precompressed()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: { main: web('index.html'), sw: web('sw.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        // The safety screen's file gets a name that says nothing, for anyone reading proxy logs.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some(isSafetyModule) ? 'assets/part-[hash].js' : 'assets/[name]-[hash].js',
        // Everything the first screen runs goes in one file (the service worker aside): left to
        // itself the bundler split off what lazy screens share too, and a phone fetched five
        // scripts before it could start.
        codeSplitting: {
          groups: [{ name: 'main', tags: ['$initial'], test: (id: string) => !id.endsWith('/sw.ts') }],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', ws: true } },
  },
});
