import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, buildApp } from '../app';
import { ManualClock } from '../platform/clock';
import type { Config } from '../platform/config/config';
import type { Mail, Mailer } from '../platform/mail/mailer';
import { withDatabase } from './global-setup-postgres';
import './provided';

export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestApp extends App {
  clock: ManualClock;
  mail: Mail[];
  /** Every log line the app wrote. */
  logs: string[];
  dataDir: string;
}

/**
 * The real HTTP app on a fresh database of its own: the embedded one, or a copy of the migrated
 * PostgreSQL template when the test runs in the server-postgres project.
 */
export async function startTestApp(
  overrides: Partial<Config> = {},
  sibling?: TestApp,
  options: { pushCa?: string } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tend-test-'));
  const clock = new ManualClock();
  const mail: Mail[] = [];
  const logs: string[] = [];
  const mailer: Mailer = { send: async (m) => void mail.push(m), describe: () => 'memory' };
  // A second instance of the same deployment: same PostgreSQL database, same session secret.
  const database: TestDatabase = sibling
    ? { url: sibling.platform.config.databaseUrl, dump: null, drop: async () => {} }
    : await testDatabase();
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: database.url,
    publicUrl: new URL(TEST_ORIGIN),
    smtpUrl: null,
    sessionSecret: sibling?.platform.config.sessionSecret ?? randomBytes(32).toString('base64url'),
    logLevel: 'info',
    trustProxy: false,
    vapidSubject: 'mailto:operator@tend.invalid',
    ...overrides,
  };
  const app = await buildApp({
    config,
    clock,
    // With an SMTP server given, mail goes to it for real; otherwise into `mail`.
    ...(!config.smtpUrl && { mailer }),
    ...(options.pushCa && { pushCa: options.pushCa }),
    logStream: { write: (line) => void logs.push(line) },
    serveWeb: false,
    ...(database.dump && { pgliteDump: database.dump }),
  });
  return {
    ...app,
    clock,
    mail,
    logs,
    dataDir,
    async close() {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestDatabase {
  url: string | null;
  dump: Blob | null;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the kind this test project runs on, with nothing in it. */
export async function testDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DB !== 'postgres') {
    const dump = new Blob([readFileSync(inject('pgliteDumpPath'))]);
    return { url: null, dump, drop: async () => {} };
  }
  const { adminUrl, template } = inject('postgresTemplate');
  const name = `tend_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  return {
    url: withDatabase(adminUrl, name),
    dump: null,
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}
