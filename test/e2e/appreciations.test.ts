import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Alex sends Sam an appreciation; it arrives on Sam's open home screen without a reload. A win
// either of them notices shows on both walls.

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
  console.log(`E2E appreciations: axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const accounts = accountsFor(() => server.url);
const signUp = (context: BrowserContext, name: string) =>
  accounts.signUp(context, name, `${name.toLowerCase()}.thanks@example.org`);
const { post } = accounts;

it('brings an appreciation to the partner live, and a win to both walls', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  const a = alex.page;
  const b = sam.page;
  await signUp(alex.context, 'Alex');
  await signUp(sam.context, 'Sam');
  await post(alex.context, '/api/space');
  const invite = await post(alex.context, '/api/space/invites');
  await post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });

  await b.goto(server.url);
  await expect.poll(() => b.getByText('A short note of thanks can go a long way.').count()).toBe(1);

  await a.goto(`${server.url}/appreciations`);
  await expect.poll(() => heading(a).textContent()).toBe('Appreciations');
  await expectAccessible(a, 'appreciations', axeChecked);
  await a.getByLabel('Your appreciation for Sam').fill('Thank you for the soup when I was tired.');
  await a.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(() => a.getByTestId('appreciation-sent').count()).toBe(1);

  // Sam's home shows it without a reload, naming the sender only.
  await expect
    .poll(() => b.getByTestId('appreciation-unread').first().textContent())
    .toBe('Alex sent you an appreciation.');
  await b.getByRole('link', { name: 'Appreciations and gestures' }).click();
  await expect
    .poll(() => b.getByTestId('appreciation-received').first().textContent())
    .toContain('Thank you for the soup');
  await expectAccessible(b, 'appreciations received (dark)', axeChecked);
  await b.getByRole('button', { name: 'Mark as read' }).click();
  await expect.poll(() => b.getByRole('button', { name: 'Mark as read' }).count()).toBe(0);

  // A win Sam notices shows on Alex's open wall too.
  await a.goto(`${server.url}/wins`);
  await expect.poll(() => heading(a).textContent()).toBe('Our wins');
  await b.goto(`${server.url}/wins`);
  await expect.poll(() => heading(b).textContent()).toBe('Our wins');
  await b.getByLabel('A win we noticed').fill('We made it through a hard week kindly');
  await b.getByRole('button', { name: 'Add to the wall' }).click();
  await expect.poll(() => b.getByTestId('win').first().textContent()).toContain('hard week kindly');
  await expect.poll(() => a.getByTestId('win').first().textContent()).toContain('hard week kindly');
  await expectAccessible(a, 'wins wall', axeChecked);
  await expectAccessible(b, 'wins wall (dark)', axeChecked);

  // A wall of many wins opens on the latest twenty; older ones come when asked, and are not new.
  for (let n = 1; n <= 21; n++) await post(alex.context, '/api/wins', { text: `A good day, number ${n}` });
  await a.reload();
  await expect.poll(() => a.getByTestId('win').count()).toBe(20);
  expect(await a.getByText('hard week kindly', { exact: false }).count()).toBe(0);
  await a.getByRole('button', { name: 'Show older wins' }).click();
  await expect.poll(() => a.getByTestId('win').count()).toBe(22);
  expect(await a.getByText('hard week kindly', { exact: false }).count()).toBe(1);
  expect(await a.locator('.celebrate').count()).toBe(0);
  expect(await a.getByRole('button', { name: 'Show older wins' }).count()).toBe(0);

  await alex.context.close();
  await sam.context.close();
});
