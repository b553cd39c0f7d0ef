import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// The coached text box, on the private "Prepare what to say" page: hints appear while typing,
// point at the words they mean, offer a kinder wording, and never send the draft anywhere.

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
});

it('coaches a draft on the device, offers a kinder wording, and points harm to support', async () => {
  const { context, page } = await phone(browser);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));

  await page.goto(`${server.url}/sign-up`);
  await page.getByLabel('Your name').fill('Alex');
  await page.getByLabel('Email').fill('alex@example.org');
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'Start on my own' }).click();
  await page.getByRole('link', { name: 'Prepare what to say' }).click();
  const box = page.getByLabel('What you’d like to say');
  await expect.poll(() => box.count()).toBe(1);
  await expectAccessible(page, 'prepare', axeChecked);

  const before = requests.length;
  await box.pressSequentially("You never help with the kids' homework.", { delay: 10 });
  const blame = page.getByRole('region', { name: 'This may sound like blame' });
  await expect.poll(() => blame.count()).toBe(1);
  expect(await blame.textContent()).toContain('About “You never”');
  expect(await page.locator('.coached-backdrop mark').first().textContent()).toBe('You never');
  await expectAccessible(page, 'prepare with hints', axeChecked);
  // The draft never left the phone: typing made no request at all.
  expect(requests.slice(before).filter((r) => r.includes('/api/'))).toEqual([]);

  await blame.getByRole('button', { name: 'tired' }).click();
  await expect.poll(() => box.inputValue()).toMatch(/^I feel tired when .*homework/);
  await expect.poll(() => blame.count()).toBe(0);

  await box.fill('I had a long day. You always leave the dishes for me.');
  await blame.getByRole('button', { name: 'Use this wording' }).click();
  await expect.poll(() => box.inputValue()).toMatch(/^I had a long day\. I feel \w+ when/);

  await box.fill('He pushed me against the wall last night.');
  const safety = page.getByRole('region', { name: 'Your safety comes first' });
  await expect.poll(() => safety.count()).toBe(1);
  expect(await safety.getByRole('button', { name: 'Use this wording' }).count()).toBe(0);
  await safety.getByRole('link', { name: 'See support, just for you' }).click();
  // The hint opens the private safety flow, which first asks whether it is safe to look.
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Help');
  await expect.poll(() => page.getByText('Is it safe to look at this now?').count()).toBe(1);
  await expectAccessible(page, 'safety check', axeChecked);
  await context.close();
});
