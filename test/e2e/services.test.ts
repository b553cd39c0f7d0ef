import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// The operator makes an account an operator from the command line, imports a file and adds a
// service in the admin screen; someone finds it on the support page by area and language, and
// with a safety concern marked, couples counselling is left out. The partner sees nothing of it.
// Every service here is fictional: drama-range phone numbers (01632 960xxx), example.org sites.

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
  console.log(`E2E services: axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const { signUp, post } = accountsFor(() => server.url);

/** The operator's command line on the server's data folder, while the server is stopped. */
async function tend(...args: string[]) {
  const run = promisify(execFile);
  return run(process.execPath, ['--import', 'tsx', 'src/server/cli/main.ts', ...args], {
    env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: '' },
  });
}

async function partnerView(context: BrowserContext) {
  const seen: string[] = [];
  for (const path of ['/api/home', '/api/notifications']) {
    const text = await (await context.request.get(`${server.url}${path}`)).text();
    seen.push(text.replace(/"serverNow":"[^"]*"/g, ''));
  }
  return seen;
}

async function search(page: Page, area: string, language: string) {
  await page.getByLabel('Town, region or postcode').fill(area);
  await page.getByLabel('Language').fill(language);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/service\(s\) found/);
}

it('lets the operator add a service that someone then finds by area and language, privately', async () => {
  const morgan = await phone(browser);
  const jo = await phone(browser, { colorScheme: 'dark' });
  const sam = await phone(browser);
  await signUp(morgan.context, 'Morgan', 'morgan.operator@example.org');
  await signUp(jo.context, 'Jo', 'jo.directory@example.org');
  await signUp(sam.context, 'Sam', 'sam.directory@example.org');
  await post(jo.context, '/api/space');
  const invite = await post(jo.context, '/api/space/invites');
  await post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });

  // Only one process may hold the embedded database: stop, run the command line, start again.
  const port = server.port;
  await server.stop();
  const file = join(server.dataDir, 'directory.csv');
  writeFileSync(
    file,
    'name,kind,area,phone,languages,cost,notes\n' +
      '"Meadow Couples Counselling",couples counselling,Harrogate,01632 960102,"English; Polish",paid,"Evenings, weekends"\n',
  );
  expect((await tend('services', 'import', file)).stdout).toContain('1 new');
  expect((await tend('admin', 'grant', 'morgan.operator@example.org')).stdout).toContain('now an operator');
  server = await startServer({ dataDir: server.dataDir, port });

  const m = morgan.page;
  await m.goto(`${server.url}/support`);
  await expect.poll(() => heading(m).textContent()).toBe('Support');
  await m.getByRole('link', { name: 'Edit the directory' }).click();
  await expect.poll(() => heading(m).textContent()).toBe('The services directory');
  await expect.poll(() => m.getByTestId('listed-service').count()).toBe(1);
  // The way out comes first here too, as on every support screen.
  const firstFocusable = await m.evaluate(
    () => document.querySelector('a[href], button, select, input, textarea, [tabindex="0"]')?.textContent,
  );
  expect(firstFocusable).toContain('Leave now');
  await expectAccessible(m, 'directory admin', axeChecked);

  // A service with no way to reach it is refused, with the reason under the field.
  await m.getByLabel('Name', { exact: true }).fill('Willow Advocacy Service');
  await m.getByLabel('Kind of help').selectOption('abuse_advocacy');
  await m.getByLabel('Area', { exact: true }).fill('Harrogate');
  await m.getByLabel('Languages (optional)').fill('English, Polish');
  await m.getByRole('button', { name: 'Add service' }).click();
  await expect.poll(() => m.getByText('Some fields need a look').count()).toBe(1);
  expect(
    await m.getByText('needs a way to reach it: a phone number, a web address or an address').count(),
  ).toBe(1);
  await expectAccessible(m, 'directory admin with a problem', axeChecked);
  await m.getByLabel('Phone (optional)').fill('01632 960101');
  await m.getByRole('button', { name: 'Add service' }).click();
  await expect
    .poll(() => m.getByRole('status').textContent())
    .toBe('Willow Advocacy Service is now in the directory.');
  await expect.poll(() => m.getByTestId('listed-service').count()).toBe(2);

  // Jo looks for help; Sam, the partner, sees nothing of it.
  const before = await partnerView(sam.context);
  const j = jo.page;
  await j.goto(`${server.url}/support`);
  await expect.poll(() => heading(j).textContent()).toBe('Support');
  expect(await j.getByRole('link', { name: 'Edit the directory' }).count()).toBe(0);
  await search(j, 'harrogate', 'polish');
  expect(await j.getByTestId('service').allTextContents()).toEqual([
    expect.stringContaining('Meadow Couples Counselling'),
    expect.stringContaining('Willow Advocacy Service'),
  ]);
  expect(await j.getByRole('link', { name: 'Phone 01632 960101' }).getAttribute('href')).toBe(
    'tel:01632960101',
  );
  await expectAccessible(j, 'support with local services (dark)', axeChecked);
  // The search is nowhere in the address.
  expect(j.url()).toBe(`${server.url}/support`);

  await search(j, 'Atlantis', '');
  await expect
    .poll(() => j.getByTestId('directory-empty').textContent())
    .toContain('No service here matches');
  expect(await j.getByTestId('directory-empty').textContent()).toContain('“I don’t feel safe” page');
  await expectAccessible(j, 'support, no local match', axeChecked);

  // With a safety concern marked, couples counselling is not suggested; advocacy comes first.
  await j.getByRole('link', { name: 'I don’t feel safe' }).click();
  await j.getByRole('button', { name: 'Yes, it’s safe' }).click();
  await j.getByRole('button', { name: 'Mark that I don’t feel safe' }).click();
  await j.getByRole('button', { name: 'About counselling and other support' }).click();
  await expect.poll(() => heading(j).textContent()).toBe('Support');
  const kinds = await j.getByLabel('Kind of help').locator('option').allTextContents();
  expect(kinds).not.toContain('Couples counselling');
  await search(j, 'Harrogate', '');
  expect(await j.getByTestId('service').allTextContents()).toEqual([
    expect.stringContaining('Willow Advocacy Service'),
  ]);
  expect(await j.getByText('couples counselling is left out').count()).toBe(1);
  await expectAccessible(j, 'support, local services with a concern', axeChecked);

  expect(await partnerView(sam.context)).toEqual(before);
  const log = server.output.join('');
  expect(log).toContain('/api/services/search');
  expect(log.toLowerCase()).not.toContain('harrogate');
  expect(log.toLowerCase()).not.toContain('atlantis');
  await Promise.all([morgan.context.close(), jo.context.close(), sam.context.close()]);
});
