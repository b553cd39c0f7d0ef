import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpMigratedPglite } from '../platform/db/pglite';
import './provided';

/** Migrates one embedded database once; each test file then loads a copy in well under a second. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'tend-pglite-'));
  const path = join(dir, 'migrated.tar');
  const dump = await dumpMigratedPglite();
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDumpPath', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
