import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple } from '../../testing/client';
import { startTestApp, type TestApp, testDatabase } from '../../testing/test-app';
import { type Database, openDatabase } from '../db/database';
import { BackupError, restoreBackup, writeBackup } from './backup';
import * as store from './store';

let app: TestApp;
let folder: string;
const opened: Array<{ database: Database; drop: () => Promise<void> }> = [];

beforeAll(async () => {
  app = await startTestApp();
  folder = mkdtempSync(join(tmpdir(), 'tend-backup-'));
  const { alex, sam } = await couple(app.http);
  await alex.client.put('/api/pulse/days/2026-03-02', {
    closeness: 4,
    energy: 3,
    stressors: ['work'],
    note: 'A note only Alex reads',
    isNoteShared: false,
    answer: null,
    isAnswerShared: false,
  });
  await alex.client.post('/api/journal', {
    text: 'What I was protecting: “quotes”, \\ and 🙂',
    promptId: null,
    feelings: [],
  });
  await sam.client.post('/api/appreciations', { text: 'Thank you for the walk' });
});
afterAll(async () => {
  await app.close();
  for (const { database, drop } of opened) {
    await database.close();
    await drop();
  }
  rmSync(folder, { recursive: true, force: true });
});

/** A new, empty database like the one this test project runs on. */
async function emptyDatabase(): Promise<Database> {
  const fresh = await testDatabase();
  const database = await openDatabase({
    dataDir: null,
    databaseUrl: fresh.url,
    ...(fresh.dump && { pgliteDump: fresh.dump }),
  });
  opened.push({ database, drop: fresh.drop });
  return database;
}

/** Every row of every table, as text, in a stable order. */
async function everything(database: Database): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {};
  for (const table of await store.listTables(database.db)) {
    all[table] = (await store.readPage(database.db, table, '(0,0)', 100_000)).map((r) => r.row).sort();
  }
  return all;
}

describe('backup and restore', () => {
  it('restores every row of every table exactly, into an empty database', async () => {
    const file = join(folder, 'tend.backup');
    const written = await writeBackup(app.platform.database, file);
    expect(written.person).toBe(2);
    expect(written.journal_entry).toBe(1);
    const target = await emptyDatabase();
    const restored = await restoreBackup(target, file);
    expect(restored).toEqual(Object.fromEntries(Object.entries(written).filter(([, n]) => n > 0)));
    const after = await everything(target);
    expect(after).toEqual(await everything(app.platform.database));
    expect(JSON.stringify(after.journal_entry)).toContain('🙂');
  });

  it('refuses to restore over data, and restores nothing from a file cut short or not a backup', async () => {
    const file = join(folder, 'refused.backup');
    await writeBackup(app.platform.database, file);
    await expect(restoreBackup(app.platform.database, file)).rejects.toThrow(/already holds data/);

    const lines = readFileSync(file);
    const { gunzipSync } = await import('node:zlib');
    const text = gunzipSync(lines).toString('utf8').trim().split('\n');
    const cut = join(folder, 'cut.backup');
    writeFileSync(cut, gzipSync(`${text.slice(0, -1).join('\n')}\n`));
    const target = await emptyDatabase();
    await expect(restoreBackup(target, cut)).rejects.toThrow(/cut short/);
    expect((await everything(target)).person).toEqual([]);

    const notGzip = join(folder, 'plain.txt');
    writeFileSync(notGzip, 'hello');
    await expect(restoreBackup(target, notGzip)).rejects.toThrow(BackupError);
    await expect(restoreBackup(target, join(folder, 'missing.backup'))).rejects.toThrow(/no file/);
    const otherSchema = join(folder, 'other.backup');
    const header = { ...JSON.parse(text[0] ?? '{}'), migrations: 1 };
    writeFileSync(otherSchema, gzipSync(`${JSON.stringify(header)}\n${text.slice(1).join('\n')}\n`));
    await expect(restoreBackup(target, otherSchema)).rejects.toThrow(/older database schema/);
    expect((await everything(target)).person).toEqual([]);
  });
});
