import { join, resolve } from 'node:path';
import { BackupError, restoreBackup, writeBackup } from '../../platform/backup/backup';
import { loadConfig } from '../../platform/config/config';
import { type Database, openDatabase } from '../../platform/db/database';
import type { Command } from '../command';

async function withDatabase(work: (database: Database) => Promise<string>): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({
    dataDir: join(config.dataDir, 'db'),
    databaseUrl: config.databaseUrl,
  });
  try {
    process.stdout.write(`${await work(database)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** A command that takes one FILE and does one thing with it and the database. */
function fileCommand(
  name: string,
  summary: string,
  work: (database: Database, file: string) => Promise<string>,
): Command {
  return {
    name,
    summary,
    async run([file]) {
      if (!file) {
        process.stderr.write(`Usage: npm run --silent tend -- ${name} FILE\n`);
        return 2;
      }
      return withDatabase((database) => work(database, resolve(file)));
    },
  };
}

/** Writes every row to one file; on the embedded database, stop Tend first (it holds the data folder). */
export const backupCommand = fileCommand(
  'backup',
  'Write everything in the database to FILE (gzipped; keep it as private as the data)',
  async (database, file) => {
    const counts = await writeBackup(database, file);
    return `Backed up ${total(counts)} rows from ${Object.keys(counts).length} tables to ${file}.`;
  },
);

/** Restores a backup into an empty database of the same schema, all or nothing. */
export const restoreCommand = fileCommand(
  'restore',
  'Restore FILE into an empty database (all or nothing)',
  async (database, file) => {
    const counts = await restoreBackup(database, file);
    return `Restored ${total(counts)} rows into ${Object.keys(counts).length} tables from ${file}.`;
  },
);
