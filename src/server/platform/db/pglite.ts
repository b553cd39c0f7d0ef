import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { ConfigError } from '../config/config';
import { type Database, type Db, migrationsFolder } from './database';

/** The embedded database: PostgreSQL compiled to WebAssembly, stored in a folder. */
export async function openPglite(dataDir: string | null, dump?: Blob): Promise<Database> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  // Every query's writes reach the data folder before its answer returns (relaxed durability would
  // answer first and flush later): a write Tend acknowledged survives a killed process.
  // `db/durability.test.ts` kills the server mid-stream to prove it.
  const client = await PGlite.create({
    ...(dump ? { loadDataDir: dump } : dataDir ? { dataDir } : {}),
    relaxedDurability: false,
  });
  const db = drizzle({ client }) as unknown as Db;
  await migrate(drizzle({ client }), { migrationsFolder });
  return {
    kind: 'pglite',
    db,
    async listen(channel, onMessage) {
      await client.listen(channel, onMessage);
    },
    async notify(channel, payload) {
      await client.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await client.close();
      release();
    },
  };
}

/**
 * The embedded database is one process's alone: a second Tend on the same folder would corrupt
 * it. A lock file holds the owner's process id; a stale one (its process gone) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = join(dataDir, '..', 'db.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(lock, 'utf8'));
    if (owner !== process.pid && isRunning(owner)) {
      throw new ConfigError(
        `Tend cannot start: another Tend (process ${owner}) is using the embedded database in ${dataDir}. ` +
          'Stop it first, or set DATABASE_URL to run several instances on PostgreSQL.',
      );
    }
    writeFileSync(lock, String(process.pid));
  }
  return () => rmSync(lock, { force: true });
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A migrated, empty embedded database as a dump, so tests can start from it in a fraction of a second. */
export async function dumpMigratedPglite(): Promise<Blob> {
  const client = await PGlite.create();
  await migrate(drizzle({ client }), { migrationsFolder });
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}
