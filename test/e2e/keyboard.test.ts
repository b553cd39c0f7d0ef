import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Someone who uses only a keyboard (or a switch, or a screen reader's keys) can get in and start.

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Presses Tab until the focused element has this accessible text, then returns. */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

it('signs up and starts a space with the keyboard alone, with focus on each new heading', async () => {
  const { context, page } = await phone(browser);
  await page.goto(server.url);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await tabTo(page, 'Create an account');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Create your account');
  // Focus rests on the heading, so the next Tab lands on the first field.
  await page.keyboard.press('Tab');
  await page.keyboard.type('Robin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('robin@example.org');
  await page.keyboard.press('Tab');
  await page.keyboard.type('a long enough password');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('How would you like to begin?');
  await tabTo(page, 'Start on my own');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hello, Robin');
  await context.close();
});
