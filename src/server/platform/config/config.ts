import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything the server reads from its environment, checked once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** A PostgreSQL server; when absent Tend uses the embedded database in `dataDir`. */
  databaseUrl: string | null;
  /** Where people reach this instance; links in emails point here. */
  publicUrl: URL;
  /** An SMTP server for email; when absent mail is written to `dataDir/outbox`. */
  smtpUrl: string | null;
  sessionSecret: string;
  logLevel: string;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  trustProxy: boolean;
  /** How push services can reach this instance's operator (VAPID): a mailto: or https: URL. */
  vapidSubject: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Reads and checks the environment. Each problem says how to fix it. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const port = parsePort(env.PORT, problems);
  const dataDir = resolve(env.DATA_DIR?.trim() || 'data');
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL, problems);
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, port, problems);
  const smtpUrl = parseSmtpUrl(env.SMTP_URL, problems);
  const logLevel = parseLogLevel(env.LOG_LEVEL, problems);
  const vapidSubject = parseVapidSubject(env.VAPID_SUBJECT, publicUrl, problems);
  if (env.SESSION_SECRET !== undefined && env.SESSION_SECRET.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters. Leave it unset to have one generated.');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Tend cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  mkdirSync(dataDir, { recursive: true });
  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir,
    databaseUrl,
    publicUrl,
    smtpUrl,
    sessionSecret: env.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    logLevel,
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    vapidSubject,
  };
}

function parsePort(value: string | undefined, problems: string[]): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 1 to 65535 (got "${value}"), e.g. PORT=3000.`);
    return 3000;
  }
  return port;
}

function parseDatabaseUrl(value: string | undefined, problems: string[]): string | null {
  if (value === undefined || value.trim() === '') return null;
  if (!/^postgres(ql)?:\/\//.test(value)) {
    problems.push(
      'DATABASE_URL must start with postgres:// (e.g. postgres://tend:secret@localhost:5432/tend), ' +
        'or be left unset to use the embedded database.',
    );
    return null;
  }
  return value;
}

function parsePublicUrl(value: string | undefined, port: number, problems: string[]): URL {
  const fallback = new URL(`http://localhost:${port || 3000}`);
  if (value === undefined || value.trim() === '') return fallback;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return new URL(url.origin);
  } catch {
    problems.push(
      `PUBLIC_URL must be the address people open, like https://tend.example.org (got "${value}").`,
    );
    return fallback;
  }
}

function parseSmtpUrl(value: string | undefined, problems: string[]): string | null {
  if (value === undefined || value.trim() === '') return null;
  if (!/^smtps?:\/\/[^/]+/.test(value)) {
    problems.push(
      'SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://…:465, ' +
        'or be left unset to write mail to the outbox folder.',
    );
    return null;
  }
  return value;
}

function parseVapidSubject(value: string | undefined, publicUrl: URL, problems: string[]): string {
  if (value === undefined || value.trim() === '') {
    // Push services accept an https address or a mailto:; a local address gets a placeholder.
    return publicUrl.protocol === 'https:' ? publicUrl.origin : 'mailto:operator@tend.invalid';
  }
  if (!/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/.test(value.trim())) {
    problems.push(
      `VAPID_SUBJECT must be a mailto: address or an https: URL where push services can reach you, e.g. mailto:you@example.org (got "${value}").`,
    );
  }
  return value.trim();
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseLogLevel(value: string | undefined, problems: string[]): string {
  if (value === undefined || value.trim() === '') return 'info';
  if (!logLevels.includes(value)) {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')} (got "${value}").`);
  }
  return value;
}

/** A secret generated on first start and kept beside the data, so sessions survive restarts. */
function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another instance may have written it first; either way the file now holds the secret.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
