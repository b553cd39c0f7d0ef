import { join } from 'node:path';
import { loadConfig } from '../../platform/config/config';
import { openDatabase } from '../../platform/db/database';
import type { Command } from '../command';

/** Brings the database schema up to date without starting the server (the server does it too). */
export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply database migrations and exit',
  async run() {
    const config = loadConfig();
    const database = await openDatabase({
      dataDir: join(config.dataDir, 'db'),
      databaseUrl: config.databaseUrl,
    });
    await database.close();
    process.stdout.write(
      `The ${database.kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database is up to date.\n`,
    );
    return 0;
  },
};
