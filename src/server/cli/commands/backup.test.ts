import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

// The operator's commands, run as the operator runs them, on the embedded database.
const folder = mkdtempSync(join(tmpdir(), 'tend-cli-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function tend(dataDir: string, ...args: string[]) {
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
  return promisify(execFile)('npx', ['tsx', 'src/server/cli/main.ts', ...args], { env }).then(
    (done) => ({ code: 0, out: done.stdout, err: done.stderr }),
    (failed: { code: number; stdout: string; stderr: string }) => ({
      code: failed.code,
      out: failed.stdout,
      err: failed.stderr,
    }),
  );
}

it('backs up to a file only its owner can read, restores it elsewhere, and explains a missing file', async () => {
  const file = join(folder, 'tend.backup');
  const backup = await tend(join(folder, 'one'), 'backup', file);
  expect(backup.err).toBe('');
  expect(backup.code).toBe(0);
  expect(backup.out).toMatch(/^Backed up \d+ rows from \d+ tables to /);
  expect(statSync(file).mode & 0o077).toBe(0);

  const restore = await tend(join(folder, 'two'), 'restore', file);
  expect(restore.code).toBe(0);
  expect(restore.out).toMatch(/^Restored \d+ rows/);

  const missing = await tend(join(folder, 'three'), 'restore', join(folder, 'no-such.backup'));
  expect(missing.code).toBe(1);
  expect(missing.err).toContain('There is no file at');
}, 120_000);
