import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { Client, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { DIRECTORY_CSV } from './fixtures';
import { createServicesDirectory, type ServicesDirectory } from './service';

let app: TestApp;
let directory: ServicesDirectory;
let folder: string;
beforeAll(async () => {
  app = await startTestApp();
  directory = createServicesDirectory(app.platform);
  folder = mkdtempSync(join(tmpdir(), 'tend-directory-'));
});
afterAll(async () => {
  await app.close();
  rmSync(folder, { recursive: true, force: true });
});

const search = async (body: Record<string, string> = {}) => {
  const { client } = await signUp(app.http, 'Jo');
  return (await client.post('/api/services/search', body)).body;
};

describe('importing a directory file', () => {
  it('keeps quoted commas and line breaks, and importing the same file again changes rows instead of adding', async () => {
    expect(await directory.importFile(DIRECTORY_CSV)).toEqual({ added: 2, changed: 0, errors: [] });
    const found = await search({ area: 'Bristol', language: 'welsh' });
    expect(found.services).toHaveLength(1);
    expect(found.services[0]).toMatchObject({
      key: 'lk-1',
      name: 'Lantern Counselling, Couples and Families',
      kind: 'couples_counselling',
      address: '2 Example Lane\r\nBristol',
      notes: 'Ask for the "first chat" slot',
    });
    const renamed = DIRECTORY_CSV.replace('Quayside Legal Clinic', 'Quayside Legal Advice Clinic');
    expect(await directory.importFile(renamed)).toEqual({ added: 0, changed: 2, errors: [] });
    const all = await search();
    expect(all.total).toBe(2);
    expect(all.services.map((s: { name: string }) => s.name)).toContain('Quayside Legal Advice Clinic');
  });

  it('imports nothing from a file with a bad row, and names its line', async () => {
    const before = (await search()).total;
    const broken = `${DIRECTORY_CSV}lk-3,Third Place,counselling,Bristol,,,,01632 960012,,English,free,\r\n`;
    const result = await directory.importFile(broken.replace('Quayside', 'Changed Quayside'));
    expect(result.errors).toEqual([
      'line 5: kind must be one of: couples_counselling, individual_counselling, abuse_advocacy, crisis_line, legal_advice, other',
    ]);
    const after = await search();
    expect(after.total).toBe(before);
    expect(JSON.stringify(after)).not.toContain('Changed Quayside');
  });
});

/** The operator's command line, run as a person would, against this test's database when it is a server. */
async function tend(args: string[], dataDir: string) {
  const run = promisify(execFile);
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: app.platform.config.databaseUrl ?? '' };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/main.ts', ...args],
      {
        env,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * The same deployment as the command line sees it: the test's server database, or an app opened
 * on the embedded database folder the command line used (one process at a time may hold it).
 */
async function openInstance(dataDir: string) {
  if (app.platform.config.databaseUrl) return { http: app.http, close: async () => {} };
  const opened = await buildApp({
    config: { ...app.platform.config, dataDir },
    serveWeb: false,
    logStream: { write: () => {} },
  });
  return { http: opened.http, close: () => opened.close() };
}

describe('npm run tend -- services / admin', () => {
  it('imports a real file, refuses a broken one with its line, exports, and makes an account an operator', async () => {
    const dataDir = join(folder, 'data');
    const file = join(folder, 'directory.csv');
    writeFileSync(file, DIRECTORY_CSV.replace('lk-1', 'cli-1').replace('lk-2', 'cli-2'));
    const first = await tend(['services', 'import', file], dataDir);
    expect(first).toMatchObject({ code: 0, stdout: 'Imported 2 service(s): 2 new, 0 updated.\n' });

    const broken = join(folder, 'broken.csv');
    writeFileSync(
      broken,
      'name,kind,area,phone,cost\nGood,other,Bath,01632 960013,free\nBad,other,Bath,,free\n',
    );
    const refused = await tend(['services', 'import', broken], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Nothing was imported');
    expect(refused.stderr).toContain('line 3: phone needs a way to reach it');

    const exported = join(folder, 'export.csv');
    expect((await tend(['services', 'export', exported], dataDir)).stdout).toMatch(/^Wrote [2-9]\d* service/);
    const text = readFileSync(exported, 'utf8');
    expect(text).toContain('cli-1,"Lantern Counselling, Couples and Families"');
    expect(text).not.toContain('Good,other,Bath');

    const nobody = await tend(['admin', 'grant', 'nobody@example.org'], dataDir);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('No account uses nobody@example.org');

    let instance = await openInstance(dataDir);
    const morgan = await signUp(instance.http, 'Morgan');
    await instance.close();
    expect((await tend(['admin', 'grant', morgan.email], dataDir)).code).toBe(0);
    instance = await openInstance(dataDir);
    const signIn = async () => {
      const client = new Client(instance.http);
      await client.post('/api/account/sign-in', { email: morgan.email, password: 'a long enough password' });
      return (await client.get('/api/operator')).body;
    };
    expect(await signIn()).toEqual({ isOperator: true });
    await instance.close();
    expect((await tend(['admin', 'revoke', morgan.email], dataDir)).stdout).toContain(
      'no longer an operator',
    );
    instance = await openInstance(dataDir);
    expect(await signIn()).toEqual({ isOperator: false });
    await instance.close();
  }, 120_000);
});
