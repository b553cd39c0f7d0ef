import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { QUICK_EXIT_URL } from '../../src/web/features/safety/choice';

/**
 * Every request a page makes, in every journey. Tend loads nothing from another host — no fonts,
 * no analytics, no CDN — so a request that leaves the machine is a leak of who uses it. The one
 * exception is quick exit, a navigation away that the person chose.
 */
const requests = { total: 0, thirdParty: [] as string[] };

function watchRequests(context: BrowserContext): void {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    requests.total++;
    const isLocal = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    const isQuickExit = request.isNavigationRequest() && request.url().startsWith(QUICK_EXIT_URL);
    if (!isLocal && !isQuickExit) requests.thirdParty.push(request.url());
  });
}

afterAll(() => {
  if (requests.total === 0) return;
  console.log(`E2E requests: ${requests.total} seen, ${requests.thirdParty.length} to another host`);
  expect(requests.thirdParty, 'requests to another host').toEqual([]);
});

/** Debian's Chromium, started the way this machine allows (no sandbox as root, no background traffic). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context that is not phone-sized: its requests are watched all the same. */
export async function watchedContext(browser: Browser, options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext(options);
  watchRequests(context);
  return context;
}

/** A phone-sized browser context for one partner. */
export async function phone(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  watchRequests(context);
  const page = await context.newPage();
  return { context, page };
}

/** Runs axe-core on the current screen and fails on any violation, naming them. */
export async function expectAccessible(page: Page, screen: string, checked: string[]) {
  await page.waitForLoadState('networkidle');
  // A screen opened by a link may still be on its way (its code loads when opened): axe checks
  // the screen, not the loading one before it.
  await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(problems, `axe on ${screen}`).toEqual([]);
  checked.push(screen);
}
