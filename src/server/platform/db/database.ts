import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type DatabaseKind = 'pglite' | 'postgresql';
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The database and its notification channel, the same shape on the embedded and server databases. */
export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Calls `onMessage` for every NOTIFY on `channel`, from this or any other app instance. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<void>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DatabaseOptions {
  dataDir: string | null;
  databaseUrl: string | null;
  /** Loads an embedded database from a dump instead of `dataDir` (tests). */
  pgliteDump?: Blob;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.dataDir, options.pgliteDump);
}
