import { existsSync } from 'node:fs';
import { build } from 'vite';

/** Builds the web app once for every journey; a missing browser fails the run instead of skipping. */
export default async function setup() {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error('Chromium is missing: install Debian’s chromium package (apt-get install chromium).');
  }
  // Vitest sets NODE_ENV=test, which would give a development build of React.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
