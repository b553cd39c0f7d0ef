import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { type Database, type Db, migrationsFolder } from './database';

/** The embedded database: PostgreSQL compiled to WebAssembly, stored in a folder. */
export async function openPglite(dataDir: string | null, dump?: Blob): Promise<Database> {
  const client = await PGlite.create(dump ? { loadDataDir: dump } : dataDir ? { dataDir } : {});
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
    },
  };
}

/** A migrated, empty embedded database as a dump, so tests can start from it in a fraction of a second. */
export async function dumpMigratedPglite(): Promise<Blob> {
  const client = await PGlite.create();
  await migrate(drizzle({ client }), { migrationsFolder });
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}
