import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

/**
 * What a journey starts with: the real server and a browser for the file, the screens axe checked
 * (printed at the end), and two partners on phones who already share a space. Call it at the top
 * of a test file.
 */
export function journey(name: string) {
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
    console.log(`E2E ${name}: axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
  });

  const accounts = accountsFor(() => server.url);
  return {
    url: (path = '') => `${server.url}${path}`,
    post: accounts.post,
    /** Fails on any axe violation on this screen, and counts the screen as checked. */
    checkAccessible: (page: Page, screen: string) => expectAccessible(page, screen, axeChecked),
    /** Alex (light) and Sam (dark) on phones, signed up and in one space; `tag` keeps emails apart. */
    async couple(tag: string) {
      const alex = await phone(browser);
      const sam = await phone(browser, { colorScheme: 'dark' });
      await accounts.signUp(alex.context, 'Alex', `alex.${tag}@example.org`);
      await accounts.signUp(sam.context, 'Sam', `sam.${tag}@example.org`);
      await accounts.post(alex.context, '/api/space');
      const invite = await accounts.post(alex.context, '/api/space/invites');
      await accounts.post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
      return { alex, sam };
    },
  };
}
