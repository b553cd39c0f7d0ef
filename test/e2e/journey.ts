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
  const steps: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    const stepped = steps.length > 0 ? `${steps.length} steps, ` : '';
    console.log(`E2E ${name}: ${stepped}axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
  });

  const accounts = accountsFor(() => server.url);
  return {
    url: (path = '') => `${server.url}${path}`,
    post: accounts.post,
    /** Notes a step of the journey, counted in the summary printed at the end. */
    step: (what: string) => void steps.push(what),
    /** Fails on any axe violation on this screen, and counts the screen as checked. */
    checkAccessible: (page: Page, screen: string) => expectAccessible(page, screen, axeChecked),
    /**
     * Alex (light) and Sam (dark) on phones, signed up in `timeZone` and in one space; `tag` keeps
     * emails apart.
     */
    async couple(tag: string, timeZone = 'Europe/Berlin') {
      const alex = await phone(browser);
      const sam = await phone(browser, { colorScheme: 'dark' });
      await accounts.signUp(alex.context, 'Alex', `alex.${tag}@example.org`, timeZone);
      await accounts.signUp(sam.context, 'Sam', `sam.${tag}@example.org`, timeZone);
      await accounts.post(alex.context, '/api/space');
      const invite = await accounts.post(alex.context, '/api/space/invites');
      await accounts.post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
      return { alex, sam };
    },
  };
}

/**
 * A zone where the clock now reads between 10:00 and 21:59, and today's date there: a reminder due
 * today at 09:00 in it has come, and the day does not end during the journey.
 */
export function zoneAfterMorning(): { zone: string; today: string } {
  for (const zone of ['Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati']) {
    const read = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', ...options }).format(new Date());
    const hour = Number(read({ hour: '2-digit' }));
    if (hour >= 10 && hour <= 21)
      return { zone, today: read({ year: 'numeric', month: '2-digit', day: '2-digit' }) };
  }
  throw new Error('no zone in the list is past its morning now');
}
