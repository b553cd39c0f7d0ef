import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOrCreateVapidKeys } from '../notifications/vapid';
import { ConfigError, loadConfig } from './config';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('configuration', () => {
  it('starts with no settings at all: port 3000, embedded database, outbox mail', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.smtpUrl).toBeNull();
    expect(config.publicUrl.origin).toBe('http://localhost:3000');
  });

  it('generates a session secret on first start and keeps it, private to the server user', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first);
    expect(readFileSync(join(dataDir, 'session-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dataDir, 'session-secret')).mode & 0o077).toBe(0);
  });

  it('takes a VAPID subject as a mailto: or https: address, and says how to fix anything else', () => {
    expect(loadConfig({ DATA_DIR: tempDir(), PUBLIC_URL: 'https://tend.example.org' }).vapidSubject).toBe(
      'https://tend.example.org',
    );
    expect(loadConfig({ DATA_DIR: tempDir(), VAPID_SUBJECT: 'mailto:me@example.org' }).vapidSubject).toBe(
      'mailto:me@example.org',
    );
    expect(() => loadConfig({ DATA_DIR: tempDir(), VAPID_SUBJECT: 'me@example.org' })).toThrow(
      /VAPID_SUBJECT must be a mailto: address or an https: URL/,
    );
  });

  it('generates push keys on first start and keeps them, private to the server user', () => {
    const dataDir = tempDir();
    const first = readOrCreateVapidKeys(dataDir);
    expect(first.publicKey).toMatch(/^[\w-]{80,}$/);
    expect(readOrCreateVapidKeys(dataDir)).toEqual(first);
    expect(statSync(join(dataDir, 'vapid.json')).mode & 0o077).toBe(0);
  });

  it('explains every problem at once, with how to fix it', () => {
    const attempt = () =>
      loadConfig({
        DATA_DIR: tempDir(),
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        PUBLIC_URL: 'tend.example.org',
        SMTP_URL: 'mail.example.org',
        SESSION_SECRET: 'short',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT must be a whole number.*PORT=3000/);
      expect(message).toMatch(/DATABASE_URL must start with postgres:\/\//);
      expect(message).toMatch(/PUBLIC_URL must be the address people open/);
      expect(message).toMatch(/SMTP_URL must look like smtp:\/\//);
      expect(message).toMatch(/SESSION_SECRET must be at least 32 characters/);
    }
  });

  it('takes a PostgreSQL server, a public https address and an SMTP server', () => {
    const config = loadConfig({
      DATA_DIR: tempDir(),
      DATABASE_URL: 'postgres://tend:pw@db:5432/tend',
      PUBLIC_URL: 'https://tend.example.org/some/path',
      SMTP_URL: 'smtps://user:pw@mail.example.org:465',
      PORT: '8080',
    });
    expect(config.databaseUrl).toBe('postgres://tend:pw@db:5432/tend');
    expect(config.publicUrl.origin).toBe('https://tend.example.org');
    expect(config.port).toBe(8080);
  });
});
