import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Two instances on one PostgreSQL, as behind a load balancer: the phones talk to the server in its
// own process; something happening on the second instance (here, Sam sending an appreciation)
// must reach Alex's home as a live unread badge.

let server: RunningServer;
let browser: Browser;
let other: App;
let admin: pg.Client;
let otherDataDir: string;
const database = `tend_e2e_${randomBytes(5).toString('hex')}`;
const axeChecked: string[] = [];

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

beforeAll(async () => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: this journey needs a PostgreSQL server.');
  admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const databaseUrl = withDatabase(adminUrl, database);
  server = await startServer({ databaseUrl });
  otherDataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-other-'));
  other = await buildApp({
    config: {
      port: 0,
      host: '127.0.0.1',
      dataDir: otherDataDir,
      databaseUrl,
      publicUrl: new URL(server.url),
      smtpUrl: null,
      sessionSecret: randomBytes(32).toString('base64url'),
      logLevel: 'silent',
      trustProxy: false,
      vapidSubject: 'mailto:operator@tend.invalid',
    },
    serveWeb: false,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await other?.close();
  await server?.stop();
  rmSync(otherDataDir, { recursive: true, force: true });
  await admin?.query(`drop database if exists ${database} with (force)`).catch(() => {});
  await admin?.end();
  console.log(`E2E notifications: axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function signUp(page: Page, name: string, email: string): Promise<string> {
  await page.goto(`${server.url}/sign-up`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('How would you like to begin?');
  await page.getByRole('button', { name: 'Start on my own' }).click();
  await expect.poll(() => page.getByTestId('partner').count()).toBe(1);
  return page.evaluate(async () => ((await (await fetch('/api/me')).json()) as { id: string }).id);
}

it('shows a new notification on the home screen live, and the centre and preferences pass axe', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  const a = alex.page;
  const b = sam.page;
  const alexId = await signUp(a, 'Alex', 'alex.notifications@example.org');
  const samId = await signUp(b, 'Sam', 'sam.notifications@example.org');
  const notifications = a.getByRole('link', { name: /^Notifications/ });
  await expect.poll(() => notifications.textContent()).toBe('Notifications');

  // No reload on Alex's phone: the unread count arrives over the live channel.
  await other.notifications.notify(alexId, 'appreciation.received', { partnerName: 'Sam' });
  await expect.poll(() => a.getByTestId('unread-badge').textContent(), { timeout: 5000 }).toBe('1');
  await expect.poll(() => notifications.getAttribute('href')).toBe('/notifications');
  expect(await b.getByTestId('unread-badge').count()).toBe(0);
  await expectAccessible(a, 'home with an unread notification', axeChecked);

  await notifications.click();
  await expect.poll(() => heading(a).textContent()).toBe('Notifications');
  await expect.poll(() => a.getByTestId('notification').count()).toBe(1);
  expect(await a.getByTestId('notification').textContent()).toContain('Sam sent you an appreciation');
  await expectAccessible(a, 'notification centre', axeChecked);
  await a.getByRole('button', { name: 'Mark “Sam sent you an appreciation” as read' }).click();
  await expect.poll(() => a.getByTestId('unread').textContent()).toBe('Nothing unread.');

  await a.getByRole('link', { name: 'Choose what Tend sends you' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Notifications');
  await expect.poll(() => a.getByLabel('By email: Weekly summary').isChecked()).toBe(true);
  await expectAccessible(a, 'notification preferences', axeChecked);
  await a.getByLabel('By email: Weekly summary').uncheck();
  await expect.poll(() => a.getByRole('status').first().textContent()).toBe('Saved.');
  await a.getByLabel('Use quiet hours').check();
  await a.getByLabel('From').fill('21:30');
  await a.getByLabel('Until').fill('07:15');
  await a.getByRole('button', { name: 'Save quiet hours' }).click();
  await expect
    .poll(() =>
      a.evaluate(async () => (await (await fetch('/api/notifications/preferences')).json()).quietHours),
    )
    .toEqual({ start: '21:30', end: '07:15' });

  await other.notifications.notify(samId, 'talk.invitation', { partnerName: 'Alex' });
  await expect.poll(() => b.getByTestId('unread-badge').textContent(), { timeout: 5000 }).toBe('1');
  await b.goto(`${server.url}/notifications`);
  await expect.poll(() => b.getByTestId('notification').count()).toBe(1);
  await expectAccessible(b, 'notification centre (dark)', axeChecked);
  await b.goto(`${server.url}/settings/notifications`);
  await expect.poll(() => b.getByLabel('By email: Weekly summary').count()).toBe(1);
  await expectAccessible(b, 'notification preferences (dark)', axeChecked);

  await alex.context.close();
  await sam.context.close();
});
