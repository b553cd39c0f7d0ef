import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Patterns on both phones after the first check-ins. The pulse API takes only today's check-in and
// a journey has no clock to move, so this is the first day: the screen must say honestly that
// there are not enough days yet, and still give the numbers there are as a table. Sam sees Alex
// only as shared numbers, and not at all once Alex stops sharing them.

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
  console.log(`E2E insights: axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const accounts = accountsFor(() => server.url);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const headers = () => ({ origin: server.url });

async function checkIn(context: BrowserContext, closeness: number, change: Record<string, unknown> = {}) {
  const today = await (await context.request.get(`${server.url}/api/pulse`)).json();
  const reply = await context.request.put(`${server.url}/api/pulse/days/${today.day}`, {
    headers: headers(),
    data: {
      closeness,
      energy: 3,
      stressors: [],
      note: null,
      isNoteShared: false,
      answer: null,
      isAnswerShared: false,
      ...change,
    },
  });
  expect(reply.status()).toBe(200);
}

it('shows each partner their own patterns, honest about a first day, with tables beside the charts', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  await accounts.signUp(alex.context, 'Alex', 'alex.insights@example.org');
  await accounts.signUp(sam.context, 'Sam', 'sam.insights@example.org');
  await accounts.post(alex.context, '/api/space');
  const invite = await accounts.post(alex.context, '/api/space/invites');
  await accounts.post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
  await checkIn(alex.context, 4, { stressors: ['kids'], note: 'A private thought for me alone' });
  await checkIn(sam.context, 2);

  const b = sam.page;
  await b.goto(server.url);
  await expect.poll(() => b.getByTestId('week-line').textContent()).toBe('You checked in on 1 day.');
  await expectAccessible(b, 'home with the week’s line (dark)', axeChecked);
  await b.getByRole('link', { name: 'See your patterns' }).click();
  await expect.poll(() => heading(b).textContent()).toBe('Patterns');
  await expect.poll(() => b.getByTestId('trend-empty').textContent()).toContain('Not enough days yet');
  expect(await b.getByTestId('helps-empty').textContent()).toContain('Not enough days yet to see what helps');
  expect(await b.getByTestId('week-summary').textContent()).toContain('You checked in on 1 day.');
  await expectAccessible(b, 'patterns on a first day (dark)', axeChecked);

  // The table alternative: Sam's own numbers, and Alex's only because Alex shares them.
  const table = b.getByTestId('trend-table');
  await b.getByRole('button', { name: 'Show as a table' }).click();
  await expect.poll(() => table.isVisible()).toBe(true);
  expect(await table.getByRole('columnheader').allTextContents()).toEqual([
    'Seven days up to',
    'Your closeness',
    'Your energy',
    'Alex’s closeness (shared)',
    'Check-ins',
  ]);
  expect(await table.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
    '2.0',
    '3.0',
    '4.0',
    '1',
  ]);
  await expectAccessible(b, 'patterns with the table shown (dark)', axeChecked);
  const page = (await b.textContent('main')) ?? '';
  expect(page).not.toContain('private thought');
  expect(page).not.toContain('the kids');

  // Alex stops sharing numbers: Sam's screen drops Alex's column without a reload.
  const settings = await alex.context.request.patch(`${server.url}/api/pulse/settings`, {
    headers: headers(),
    data: { sharesNumbers: false },
  });
  expect(settings.status()).toBe(200);
  await expect.poll(() => table.getByRole('columnheader').count()).toBe(4);
  expect(await b.getByText('Alex’s closeness').count()).toBe(0);

  // Alex's own patterns, in light: their own stressor in words, their own numbers.
  const a = alex.page;
  await a.goto(`${server.url}/insights`);
  await expect.poll(() => heading(a).textContent()).toBe('Patterns');
  await expect.poll(() => a.getByText('You marked the kids on 1 day so far').count()).toBe(1);
  expect(
    await a
      .getByTestId('kept-table')
      .getByRole('row', { name: /Check-ins/ })
      .textContent(),
  ).toContain('1 of 1');
  await expectAccessible(a, 'patterns on a first day', axeChecked);
  await a.getByRole('button', { name: 'Show as a table' }).click();
  // Sam shares numbers (the default), so Alex sees Sam's closeness beside their own.
  expect(
    await a.getByTestId('trend-table').getByRole('row').nth(1).getByRole('cell').allTextContents(),
  ).toEqual(['4.0', '3.0', '2.0', '1']);
  expect(await a.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
  await expectAccessible(a, 'patterns with the table shown', axeChecked);
});
