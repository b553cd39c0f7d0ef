import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline as pipe } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database } from '../db/database';
import * as store from './store';

/**
 * A backup is every row of every table, as gzipped JSON lines: a header naming the schema it
 * came from, pages of rows table by table (parents first), and a closing line with the counts,
 * so a file cut short is recognised. The same file restores into the embedded database or a
 * PostgreSQL server, whichever made it. It holds everything people wrote: it is written readable
 * by its owner only.
 */

const FORMAT = 'tend-backup';
const VERSION = 1;
const PAGE = 1_000;
const FIRST_ROW = '(0,0)';

interface Header {
  format: string;
  version: number;
  migrations: number;
  createdAt: string;
}

interface Page {
  table: string;
  rows: unknown[];
}
interface Closing {
  end: true;
  counts: Record<string, number>;
}

/** A backup or restore that cannot go ahead, with what to do about it. */
export class BackupError extends Error {}

export async function writeBackup(
  database: Database,
  file: string,
  now = new Date(),
): Promise<Record<string, number>> {
  const partial = `${file}.partial`;
  const counts: Record<string, number> = {};
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    // One snapshot for every table, so a running instance cannot make the tables disagree.
    await database.db.transaction(
      async (tx) => {
        const migrations = await store.countMigrations(tx);
        await write(
          JSON.stringify({ format: FORMAT, version: VERSION, migrations, createdAt: now.toISOString() }),
        );
        for (const table of await store.listTables(tx)) {
          counts[table] = 0;
          let after = FIRST_ROW;
          for (;;) {
            const page = await store.readPage(tx, table, after, PAGE);
            if (page.length === 0) break;
            counts[table] += page.length;
            after = page.at(-1)?.at ?? after;
            await write(`{"table":${JSON.stringify(table)},"rows":[${page.map((r) => r.row).join(',')}]}`);
          }
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await write(JSON.stringify({ end: true, counts }));
    gzip.end();
    await written;
    await rename(partial, file);
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw error;
  } finally {
    await rm(partial, { force: true });
  }
  return counts;
}

export async function restoreBackup(database: Database, file: string): Promise<Record<string, number>> {
  await access(file).catch(() => {
    throw new BackupError(`There is no file at ${file} that Tend can read.`);
  });
  const counts: Record<string, number> = {};
  try {
    await database.db.transaction(async (tx) => {
      const tables = await store.listTables(tx);
      for (const table of tables) {
        if ((await store.countRows(tx, table)) > 0) {
          throw new BackupError(
            'This database already holds data. Restore into an empty one: point DATA_DIR at a new folder, or DATABASE_URL at a new database.',
          );
        }
      }
      // Opened only now: lines read while the checks above waited would be lost to the loop below.
      const input = pipe(createReadStream(file), createGunzip(), () => undefined);
      const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      let header: Header | null = null;
      let closing: Closing | null = null;
      for await (const line of reader) {
        if (!line.trim()) continue;
        if (closing)
          throw new BackupError('The backup file has data after its end; it is not a Tend backup.');
        const entry = parse(line);
        if (!header) {
          header = checkHeader(entry, await store.countMigrations(tx));
        } else if (entry.end === true && typeof entry.counts === 'object' && entry.counts) {
          closing = { end: true, counts: entry.counts as Record<string, number> };
        } else {
          const page = pageOf(entry);
          if (!tables.includes(page.table))
            throw new BackupError(`The backup names a table Tend does not have: ${page.table}.`);
          await store.insertRows(tx, page.table, JSON.stringify(page.rows));
          counts[page.table] = (counts[page.table] ?? 0) + page.rows.length;
        }
      }
      if (!header) throw new BackupError('The backup file is empty.');
      if (!closing)
        throw new BackupError(
          'The backup file is cut short (its closing line is missing): nothing was restored.',
        );
      for (const [table, count] of Object.entries(closing.counts)) {
        if ((counts[table] ?? 0) !== count) {
          throw new BackupError(
            `The backup file is damaged: ${table} should have ${count} rows: nothing was restored.`,
          );
        }
      }
    });
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ||
      (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR'
    ) {
      throw new BackupError(
        'The backup file is not a gzipped Tend backup, or it is damaged: nothing was restored.',
      );
    }
    throw error;
  }
  return counts;
}

function parse(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new BackupError('The backup file is damaged (a line is not valid JSON): nothing was restored.');
  }
}

function pageOf(entry: Record<string, unknown>): Page {
  if (typeof entry.table !== 'string' || !Array.isArray(entry.rows)) {
    throw new BackupError(
      'The backup file is damaged (a line is neither rows nor its end): nothing was restored.',
    );
  }
  return { table: entry.table, rows: entry.rows };
}

function checkHeader(entry: Record<string, unknown>, migrations: number): Header {
  if (entry.format !== FORMAT || entry.version !== VERSION) {
    throw new BackupError('This file is not a Tend backup of a version this Tend can read.');
  }
  const header = entry as unknown as Header;
  if (header.migrations !== migrations) {
    throw new BackupError(
      `The backup was made with a ${header.migrations < migrations ? 'older' : 'newer'} database schema (${header.migrations} migrations; this Tend has ${migrations}). Restore it with the Tend version that made it, then upgrade.`,
    );
  }
  return header;
}
