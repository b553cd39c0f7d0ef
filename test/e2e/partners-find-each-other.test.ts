import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Two partners on two phones: Alex signs up and invites; Sam opens the link, signs up and joins;
// Alex's home shows Sam without a reload; the data survives a server restart.

let server: RunningServer;
let browser: Browser;
const axeChecked: string[] = [];
const steps: string[] = [];
const step = (name: string) => steps.push(name);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`E2E: ${steps.length} steps, axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function signUp(page: Page, name: string, email: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
}

it('lets two partners find each other live, and keeps them signed in across reloads and restarts', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  await alex.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const a = alex.page;
  const b = sam.page;

  await a.goto(server.url);
  await expect.poll(() => heading(a).textContent()).toBe('Tend');
  await expectAccessible(a, 'welcome', axeChecked);
  step('Alex opens Tend');

  await a.getByRole('link', { name: 'Create an account' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Create your account');
  await expectAccessible(a, 'sign up', axeChecked);
  await signUp(a, 'Alex', 'alex@example.org');
  await expect.poll(() => heading(a).textContent()).toBe('How would you like to begin?');
  await expectAccessible(a, 'onboarding', axeChecked);
  step('Alex signs up');

  await a.getByRole('button', { name: 'Invite my partner' }).click();
  await a.getByRole('button', { name: 'Create an invitation' }).click();
  const linkField = a.getByLabel('Link to send');
  await expect.poll(() => linkField.inputValue()).toMatch(/\/join\//);
  await expectAccessible(a, 'invite', axeChecked);
  await a.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => a.getByRole('status').last().textContent()).toMatch(/Copied/);
  const link = await a.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await linkField.inputValue());
  step('Alex starts a space and copies the invitation link');

  await a.getByRole('link', { name: 'Back' }).click();
  await expect.poll(() => a.getByTestId('partner').textContent()).toMatch(/just you for now/);
  await expectAccessible(a, 'home (alone)', axeChecked);
  step('Alex sees the space is just theirs for now');

  await b.goto(link);
  await expect.poll(() => b.getByText('Alex invited you to Tend.').count()).toBe(1);
  await expectAccessible(b, 'join by link (dark)', axeChecked);
  await b.getByRole('link', { name: 'Create an account to join' }).click();
  await signUp(b, 'Sam', 'sam@example.org');
  await b.getByRole('button', { name: 'Join Alex' }).click();
  await expect.poll(() => b.getByTestId('partner').textContent()).toBe('You and Alex share this space.');
  await expectAccessible(b, 'home (dark)', axeChecked);
  step('Sam opens the link, signs up and joins');

  // No reload on Alex's phone: the live channel brings Sam in.
  await expect
    .poll(() => a.getByTestId('partner').textContent(), { timeout: 5000 })
    .toBe('You and Sam share this space.');
  step("Alex's home shows Sam without a reload");

  await Promise.all([a.reload(), b.reload()]);
  await expect.poll(() => a.getByTestId('partner').textContent()).toBe('You and Sam share this space.');
  await expect.poll(() => b.getByTestId('partner').textContent()).toBe('You and Alex share this space.');
  step('both reload and stay signed in');

  await server.stop();
  server = await startServer({ dataDir: server.dataDir, port: server.port });
  await a.reload();
  await expect.poll(() => a.getByTestId('partner').textContent()).toBe('You and Sam share this space.');
  step('the server restarts and everything is still there');

  await b.getByRole('link', { name: 'Settings' }).click();
  await expect.poll(() => heading(b).textContent()).toBe('Settings');
  await expectAccessible(b, 'settings (dark)', axeChecked);
  await b.getByRole('link', { name: 'Devices' }).click();
  await expect.poll(() => b.getByText('This device').count()).toBe(1);
  await expectAccessible(b, 'devices (dark)', axeChecked);
  await b.getByRole('link', { name: 'Back' }).click();
  await b.getByRole('button', { name: 'Sign out' }).click();
  await expect.poll(() => heading(b).textContent()).toBe('Tend');
  await b.reload();
  await expect.poll(() => heading(b).textContent()).toBe('Tend');
  step('Sam signs out and stays signed out after a reload');

  await alex.context.close();
  await sam.context.close();
});

it('brings someone back in with an emailed reset link from the outbox, and every screen passes axe', async () => {
  const { context, page } = await phone(browser);
  await page.goto(`${server.url}/sign-in`);
  await expect.poll(() => heading(page).textContent()).toBe('Welcome back');
  await expectAccessible(page, 'sign in', axeChecked);
  await page.getByLabel('Email').fill('alex@example.org');
  await page.getByLabel('Password').fill('not my password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/don’t match/);
  step('a wrong password is refused in plain words');

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expectAccessible(page, 'forgot password', axeChecked);
  await page.getByLabel('Email').fill('alex@example.org');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect.poll(() => page.getByText(/a link is on its way/).count()).toBe(1);
  const outbox = join(server.dataDir, 'outbox');
  const mail = readdirSync(outbox)
    .map((f) => readFileSync(join(outbox, f), 'utf8'))
    .join('\n');
  const resetLink = mail
    .replace(/=\r?\n/g, '')
    .replaceAll('=3D', '=')
    .match(/http:\/\/localhost:\d+\/reset-password\?token=[\w%-]+/)?.[0];
  expect(resetLink).toBeTruthy();
  expect(server.output.join('')).toContain('password reset link');
  step('the reset link lands in the outbox and the server log');

  await page.goto(resetLink ?? '');
  await expectAccessible(page, 'reset password', axeChecked);
  await page.getByLabel('New password').fill('a brand new password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill('alex@example.org');
  await page.getByLabel('Password').fill('a brand new password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByTestId('partner').textContent()).toBe('You and Sam share this space.');
  step('Alex chooses a new password and signs in with it');

  await page.goto(`${server.url}/join`);
  await expectAccessible(page, 'join by code', axeChecked);
  await page.goto(`${server.url}/no-such-page`);
  await expect.poll(() => heading(page).textContent()).toBe('Nothing here');
  await expectAccessible(page, 'not found', axeChecked);
  step('every other screen passes axe');

  // The service worker keeps the shell, never an API answer; offline, the app says so.
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain('/index.html');
  expect(cached.filter((url) => url.startsWith('/api/'))).toEqual([]);
  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => heading(page).textContent()).toBe('Tend can’t be reached');
  await context.setOffline(false);
  step('offline, the shell still opens and says what is happening; no API answer is cached');
  await context.close();
});
