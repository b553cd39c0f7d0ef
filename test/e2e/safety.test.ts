import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import data from '../../src/core/safety/resources.json';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone, watchedContext } from './browser';
import { type RunningServer, startServer } from './server';

// The private safety flow: it asks whether it is safe to look, shows the emergency number and
// checked helplines for the person's country, leaves at once on request, and leaves nothing
// behind that the partner could see, on the server or in the service worker's cache.

let server: RunningServer;
let browser: Browser;
const axeChecked: string[] = [];
const NEUTRAL = 'https://www.bbc.com/weather';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`E2E: axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const firstEmergency = (code: 'GB' | 'US' | 'DE') => data.countries[code].emergency.numbers[0];

/** The neutral page quick exit goes to, answered locally so the test needs no network. */
async function fakeNeutralSite(context: BrowserContext) {
  await context.route('https://www.bbc.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' }),
  );
}

/**
 * Leaves out what changes on its own (the server's clock, a connection's id, how long ago the
 * space's last event went out) before comparing.
 */
const withoutClock = (text: string) =>
  text
    .replace(/"serverNow":"[^"]*"/g, '"serverNow":…')
    .replace(/"personId":"[^"]*"/g, '"personId":…')
    .replace(/"lastEventMsAgo":\d+/g, '"lastEventMsAgo":…');

/** Everything the partner can read about the space, fetched fresh. */
async function partnerView(context: BrowserContext) {
  const view: Record<string, unknown> = {};
  for (const path of ['/api/home', '/api/notifications', '/api/talks', '/api/pause']) {
    const reply = await context.request.get(`${server.url}${path}`);
    view[path] = { status: reply.status(), body: withoutClock(await reply.text()) };
  }
  return view;
}

/** Opens the flow's help step after the "is it safe" question. */
async function passCheck(page: Page) {
  await expect.poll(() => page.getByText('Is it safe to look at this now?').count()).toBe(1);
  await page.getByRole('button', { name: 'Yes, it’s safe' }).click();
  await expect.poll(() => page.getByTestId('emergency-number').count()).toBe(1);
}

const { signUp, post } = accountsFor(() => server.url);

it('shows help for the country without the partner seeing any trace, and caches nothing', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  const a = alex.page;
  const b = sam.page;
  await signUp(alex.context, 'Alex');
  await signUp(sam.context, 'Sam');
  await post(alex.context, '/api/space');
  const invite = await post(alex.context, '/api/space/invites');
  await post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });

  await a.goto(server.url);
  await a.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => heading(a).textContent()).toBe('Hello, Alex');

  // Sam has Tend open: every API answer and live message Sam's app receives is recorded.
  const samSaw: string[] = [];
  b.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    samSaw.push(`http ${response.url()} ${response.status()} ${await response.text().catch(() => '')}`);
  });
  b.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => samSaw.push(`live ${String(frame.payload)}`));
  });
  await b.goto(server.url);
  await expect.poll(() => heading(b).textContent()).toBe('Hello, Sam');
  await b.waitForLoadState('networkidle');
  const before = await partnerView(sam.context);
  const firstLoad = samSaw.splice(0).sort();

  // Alex opens the flow from home: no request to the server at all.
  const alexAsked: string[] = [];
  a.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) alexAsked.push(`${request.method()} ${path}`);
  });
  await a.getByRole('link', { name: 'I don’t feel safe' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Help');
  expect(await a.title()).toBe('Tend');
  // The way out comes first in tab order.
  const firstFocusable = await a.evaluate(
    () => document.querySelector('a[href], button, select, input, textarea, [tabindex="0"]')?.textContent,
  );
  expect(firstFocusable).toContain('Leave now');
  await expectAccessible(a, 'safety check', axeChecked);
  await passCheck(a);
  expect(await a.getByLabel('Country').inputValue()).toBe('GB');
  expect(await a.getByTestId('emergency-number').textContent()).toBe(`Call ${firstEmergency('GB')}`);
  // The UK silent solution, with sources and dates in small print.
  expect(await a.getByText(/press 55/).count()).toBeGreaterThan(0);
  expect(await a.locator('.provenance').count()).toBeGreaterThan(3);
  expect(await a.locator('.provenance').first().textContent()).toMatch(/Source: .*Last checked/);
  await expectAccessible(a, 'safety help GB', axeChecked);
  // The screen came in a file of its own, named so it says nothing.
  const chunks = await a.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/assets/part-')),
  );
  expect(chunks.length).toBeGreaterThan(0);

  // Alex marks a concern: talks together stop being suggested, privately.
  await a.getByRole('button', { name: 'Mark that I don’t feel safe' }).click();
  // Looking, choosing a country and marking the concern asked the server for nothing.
  expect(alexAsked).toEqual([]);
  await a.getByRole('button', { name: 'Back to Tend' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Hello, Alex');
  expect(await a.getByTestId('talks-resting').count()).toBe(1);
  expect(await a.getByRole('heading', { name: 'Talks', exact: true }).count()).toBe(0);
  // Back home, the app only read its usual screens again; it wrote nothing.
  expect(alexAsked.filter((request) => !request.startsWith('GET '))).toEqual([]);
  await a.goto(`${server.url}/talks`);
  // A reload clears the mark (it lives only in the open tab).
  await expect.poll(() => heading(a).textContent()).toBe('Talks');
  expect(await a.getByRole('link', { name: 'Invite to a talk' }).count()).toBe(1);

  // The service worker kept nothing about safety.
  const cached = await a.evaluate(async () => {
    const found: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const text = response ? await response.clone().text() : '';
        found.push(
          `${request.url} ${text.includes('0808 2000 247') || text.includes('Silent Solution') ? 'DATA' : ''}`,
        );
      }
    }
    return found;
  });
  expect(cached.length).toBeGreaterThan(0);
  expect(cached.filter((entry) => /safety|Safety|DATA/.test(entry))).toEqual([]);
  // The screen's own file was loaded from the server but is not kept by the worker either.
  for (const chunk of chunks) expect(cached.some((entry) => entry.startsWith(chunk))).toBe(false);

  // Sam's open app received nothing while Alex looked, and a fresh load shows exactly what it did.
  expect(samSaw.splice(0)).toEqual([]);
  await b.reload();
  await expect.poll(() => heading(b).textContent()).toBe('Hello, Sam');
  await b.waitForLoadState('networkidle');
  // Distinct answers: a refetch on the live channel's greeting may or may not land before the page
  // goes quiet, so how often one answer came is timing, not a trace.
  const normalise = (entries: string[]) => [...new Set(entries.map(withoutClock))].sort();
  expect(normalise(samSaw.splice(0))).toEqual(normalise(firstLoad));
  expect(await partnerView(sam.context)).toEqual(before);
  expect(await b.getByTestId('unread-badge').count()).toBe(0);
  await alex.context.close();
  await sam.context.close();
});

it('shows the right emergency number first for the US and Germany, and quick exit leaves for good', async () => {
  const { context, page } = await phone(browser, { colorScheme: 'dark' });
  await fakeNeutralSite(context);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'I don’t feel safe' }).click();
  await passCheck(page);
  await page.getByLabel('Country').selectOption('US');
  expect(await page.getByTestId('emergency-number').textContent()).toBe(`Call ${firstEmergency('US')}`);
  expect(await page.getByText('National Domestic Violence Hotline').count()).toBeGreaterThan(0);
  await expectAccessible(page, 'safety help US (dark)', axeChecked);
  await page.getByLabel('Country').selectOption('DE');
  expect(await page.getByTestId('emergency-number').textContent()).toBe(`Call ${firstEmergency('DE')}`);

  // One tap on "Leave now" replaces the page: Back does not bring the safety screen back.
  await page
    .getByRole('button', { name: /Leave now/ })
    .first()
    .click();
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  expect(page.url()).not.toContain('/safety');
  expect(await page.getByText('Is it safe to look at this now?').count()).toBe(0);
  await context.close();
});

it('defaults to the browser’s country, leaves on Escape three times, and keeps support private', async () => {
  const context = await watchedContext(browser, { locale: 'de-DE', viewport: { width: 390, height: 844 } });
  await fakeNeutralSite(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('link', { name: 'I don’t feel safe' }).click();
  await expectAccessible(page, 'safety check (signed out)', axeChecked);
  await passCheck(page);
  expect(await page.getByLabel('Country').inputValue()).toBe('DE');
  expect(await page.getByTestId('emergency-number').textContent()).toBe(`Call ${firstEmergency('DE')}`);
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
  await page.waitForURL(NEUTRAL);
  await context.close();
});

it('explains counselling on the support page, and not when safety is a concern', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { context, page } = await phone(browser, { colorScheme });
    await signUp(context, `Robin${colorScheme}`);
    await page.goto(`${server.url}/support`);
    await expect.poll(() => heading(page).textContent()).toBe('Support');
    // The tab's title stays plain here too.
    expect(await page.title()).toBe('Tend');
    expect(await page.getByRole('heading', { name: 'Choosing a counsellor' }).count()).toBe(1);
    await expectAccessible(page, `support (${colorScheme})`, axeChecked);
    await page.getByRole('link', { name: 'I don’t feel safe' }).click();
    await passCheck(page);
    await expectAccessible(page, `safety help (${colorScheme})`, axeChecked);
    await page.getByRole('button', { name: 'Mark that I don’t feel safe' }).click();
    await page.getByRole('button', { name: 'About counselling and other support' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Support');
    expect(await page.getByRole('heading', { name: 'Choosing a counsellor' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Support for you on your own' }).count()).toBe(1);
    await expectAccessible(page, `support, concern marked (${colorScheme})`, axeChecked);
    await context.close();
  }
});

it('keeps the safety resources out of the first screen’s files and out of the offline shell', () => {
  const assets = readdirSync('dist/web/assets');
  const withData = assets.filter((name) =>
    readFileSync(`dist/web/assets/${name}`, 'utf8').includes('0808 2000 247'),
  );
  expect(withData).toHaveLength(1);
  expect(withData[0]).toMatch(/^part-/);
  expect(readFileSync('dist/web/index.html', 'utf8')).not.toContain(withData[0]);
  expect(readFileSync('dist/web/sw.js', 'utf8')).not.toContain(withData[0]);
});
