import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Alex takes a copy of everything, then deletes the account. Sam's export never held Alex's
// journal, and Sam's screen still shows what Alex shared.

let server: RunningServer;
let browser: Browser;
const axeChecked: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`E2E data rights: axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const JOURNAL = 'Only for me: I went quiet because I was scared';
const THANKS = 'Thank you for the soup when I was ill';

const accounts = accountsFor(() => server.url);
const signUp = (context: BrowserContext, name: string) =>
  accounts.signUp(context, name, `${name.toLowerCase()}.rights@example.org`);
const { post } = accounts;

it('downloads Alex’s data, deletes the account, and leaves Sam the shared history', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  const a = alex.page;
  const b = sam.page;
  await signUp(alex.context, 'Alex');
  await signUp(sam.context, 'Sam');
  await post(alex.context, '/api/space');
  const invite = await post(alex.context, '/api/space/invites');
  await post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
  await post(alex.context, '/api/journal', { text: JOURNAL, promptId: null, feelings: [] });
  await post(alex.context, '/api/appreciations', { text: THANKS });
  await post(alex.context, '/api/gestures', {
    kind: 'hug',
    isForPartner: true,
    text: 'A long hug at the door',
  });

  await a.goto(`${server.url}/settings`);
  await expect.poll(() => heading(a).textContent()).toBe('Settings');
  await expectAccessible(a, 'settings with data rights', axeChecked);

  const [download] = await Promise.all([
    a.waitForEvent('download'),
    a.getByRole('link', { name: 'Download my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tend-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(String(await download.path()), 'utf8'));
  expect(file.journal.entries.map((e: { text: string }) => e.text)).toContain(JOURNAL);

  const [calendar] = await Promise.all([
    a.waitForEvent('download'),
    a.getByRole('link', { name: 'Download my calendar' }).click(),
  ]);
  expect(readFileSync(String(await calendar.path()), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

  const samExport = await sam.context.request.get(`${server.url}/api/account/export`);
  expect(samExport.status()).toBe(200);
  const samFile = await samExport.text();
  expect(samFile).not.toContain(JOURNAL);
  expect(samFile).toContain(THANKS);

  await a.getByRole('link', { name: 'Delete my account' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Delete your account');
  await expect.poll(() => a.getByText('What your partner keeps').count()).toBe(1);
  await expectAccessible(a, 'delete account', axeChecked);
  await a.getByLabel('Your password').fill('a long enough password');
  await a.getByLabel('Type delete to confirm').fill('remove');
  await a.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect.poll(() => a.getByText('Type the word exactly as shown, to be sure.').count()).toBe(1);
  await expectAccessible(a, 'delete account (word mismatch)', axeChecked);
  await a.getByLabel('Type delete to confirm').fill('delete');
  await a.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Tend');
  const stale = await alex.context.request.get(`${server.url}/api/me`);
  expect(stale.status()).toBe(401);

  await b.goto(`${server.url}/appreciations`);
  await expect.poll(() => b.getByText(THANKS).count()).toBe(1);
  await expect.poll(() => b.getByRole('heading', { name: 'From a former partner' }).count()).toBe(1);
  await expect
    .poll(() =>
      b.getByTestId('gesture').filter({ hasText: 'a former partner: A long hug at the door' }).count(),
    )
    .toBe(1);
  await expectAccessible(b, 'appreciations after the partner left (dark)', axeChecked);
  await alex.context.close();
  await sam.context.close();
});
