import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Alex names a challenge; both add ideas; Alex picks Sam's idea to try until today, so the real
// scheduler reminds both at once (the morning of the last day has passed where they live). Both
// say whether it helped, each seeing the other's answer only once both answered; Alex adopts it
// as an agreement and Sam accepts it in the ledger.

let server: RunningServer;
let browser: Browser;
const axeChecked: string[] = [];
const steps: string[] = [];
const step = (name: string) => steps.push(name);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`E2E: ${steps.length} steps, axe on ${axeChecked.length} screens: ${axeChecked.join(', ')}`);
});

const { post } = accountsFor(() => server.url);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const CHALLENGE = 'Mornings are chaotic';
const ALEX_IDEA = 'Lay out clothes the night before';
const SAM_IDEA = 'Breakfast ready before we wake the kids';

/** A zone where the clock now reads between 10:00 and 21:59, and today's date there. */
function zoneAfterMorning(): { zone: string; today: string } {
  for (const zone of ['Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati']) {
    const read = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', ...options }).format(new Date());
    const hour = Number(read({ hour: '2-digit' }));
    if (hour >= 10 && hour <= 21)
      return { zone, today: read({ year: 'numeric', month: '2-digit', day: '2-digit' }) };
  }
  throw new Error('no zone in the list is past its morning now');
}

async function signUp(context: BrowserContext, name: string, timeZone: string) {
  const reply = await context.request.post(`${server.url}/api/account/sign-up`, {
    headers: { origin: server.url },
    data: {
      name,
      email: `${name.toLowerCase()}.problems@example.org`,
      password: 'a long enough password',
      timeZone,
    },
  });
  expect(reply.status()).toBe(201);
}

it('a problem moves from brainstorm to an adopted agreement', async () => {
  const { zone, today } = zoneAfterMorning();
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  const a = alex.page;
  const b = sam.page;
  await signUp(alex.context, 'Alex', zone);
  await signUp(sam.context, 'Sam', zone);
  await post(alex.context, '/api/space');
  const invite = await post(alex.context, '/api/space/invites');
  await post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
  step(`Alex and Sam share a space (${zone})`);

  await a.goto(server.url);
  await a.getByRole('link', { name: 'Solve a problem together' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Solving problems together');
  await expectAccessible(a, 'problems, none yet', axeChecked);
  await a.getByLabel('What would you like to make easier?').fill(CHALLENGE);
  await a.getByRole('button', { name: 'Start gathering ideas' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe(CHALLENGE);
  await a.getByLabel('Your idea').fill(ALEX_IDEA);
  await a.getByRole('button', { name: 'Add this idea' }).click();
  await expect.poll(() => a.getByTestId('idea').allTextContents()).toEqual([`${ALEX_IDEA} — you`]);
  // Nothing to rate or answer during the brainstorm.
  expect(await a.getByTestId('idea').locator('button, input, select, textarea').count()).toBe(0);
  await expectAccessible(a, 'brainstorm with the coach', axeChecked);
  step('Alex names the challenge and adds an idea; the idea carries no rating or reply');

  await b.goto(`${server.url}/problems`);
  await b.getByRole('link', { name: CHALLENGE }).click();
  await expect
    .poll(() => b.getByTestId('idea').allTextContents(), { timeout: 5000 })
    .toEqual([`${ALEX_IDEA} — Alex`]);
  await b.getByLabel('Your idea').fill(SAM_IDEA);
  await b.getByRole('button', { name: 'Add this idea' }).click();
  await b.getByRole('button', { name: 'I have no more ideas for now' }).click();
  await expect.poll(() => b.getByTestId('brainstorm-waiting').count()).toBe(1);
  await expectAccessible(b, 'brainstorm, waiting for the partner (dark)', axeChecked);
  // Sam's idea reaches Alex's screen over the live channel.
  await expect.poll(() => a.getByTestId('idea').count(), { timeout: 5000 }).toBe(2);
  await a.getByRole('button', { name: 'I have no more ideas for now' }).click();
  await expect.poll(() => a.getByTestId('problem-phase').textContent()).toBe('Choosing one to try');
  step('both add ideas and say they have no more; the brainstorm ends');

  await a.getByLabel(SAM_IDEA).check();
  await a.getByLabel('Try it until').fill(today);
  await expectAccessible(a, 'choosing one to try', axeChecked);
  await a.getByRole('button', { name: 'Try this one' }).click();
  await expect
    .poll(() => a.getByTestId('problem-phase').textContent(), { timeout: 5000 })
    .toBe('Time to look back');
  step('Alex picks Sam’s idea to try until today');

  // The scheduler's worker sends the end-of-trial reminder; Sam's home shows it live.
  await b.goto(server.url);
  await expect.poll(() => b.getByTestId('unread-badge').textContent(), { timeout: 15_000 }).toBe('1');
  await b.goto(`${server.url}/notifications`);
  await expect
    .poll(() => b.getByTestId('notification').first().textContent(), { timeout: 5000 })
    .toContain('Your experiment has run its course');
  expect((await b.getByTestId('notification').allTextContents()).join(' ')).not.toMatch(/Breakfast|Mornings/);
  await a.goto(server.url);
  await expect.poll(() => a.getByTestId('unread-badge').textContent(), { timeout: 15_000 }).toBe('1');
  step('the trial’s end reminds both, without its words');

  await b.goto(server.url);
  await expect.poll(() => b.getByTestId('problems-to-look').count(), { timeout: 5000 }).toBe(1);
  await b.getByRole('link', { name: 'Solve a problem together' }).click();
  await expect.poll(() => heading(b).textContent(), { timeout: 5000 }).toBe(CHALLENGE);
  await b.getByLabel('Partly').check();
  await b
    .getByLabel('Anything you would like to add (optional)')
    .fill('Calmer, though I still rushed on Tuesday.');
  await expectAccessible(b, 'did it help? (dark)', axeChecked);
  await b.getByRole('button', { name: 'Share how it went' }).click();
  await expect.poll(() => b.getByTestId('rating-waiting').count(), { timeout: 5000 }).toBe(1);
  expect(await b.getByTestId('rating').allTextContents()).toEqual([
    'You said: PartlyCalmer, though I still rushed on Tuesday.',
  ]);
  step('Sam says it partly helped; Alex’s answer is not shown yet');

  await a.goto(`${server.url}/problems`);
  await a.getByRole('link', { name: CHALLENGE }).click();
  await expect
    .poll(() => a.getByText('Sam has answered', { exact: false }).count(), { timeout: 5000 })
    .toBe(1);
  expect(await a.getByText('still rushed', { exact: false }).count()).toBe(0);
  await a.getByLabel('Yes').check();
  await a.getByRole('button', { name: 'Share how it went' }).click();
  await expect.poll(() => a.getByTestId('rating').count(), { timeout: 5000 }).toBe(2);
  expect((await a.getByTestId('rating').allTextContents()).join(' | ')).toBe(
    'Sam said: PartlyCalmer, though I still rushed on Tuesday. | You said: Yes',
  );
  await expect.poll(() => b.getByTestId('rating').count(), { timeout: 5000 }).toBe(2);
  step('Alex says yes; now both see both answers');

  await a.getByLabel('Kind of agreement').selectOption({ label: 'Time' });
  await expectAccessible(a, 'what next: adopt or let go', axeChecked);
  await a.getByRole('button', { name: 'Propose it as an agreement' }).click();
  await expect
    .poll(() => a.getByTestId('problem-outcome').textContent(), { timeout: 5000 })
    .toContain('proposed it as an agreement');
  await expectAccessible(a, 'adopted as an agreement', axeChecked);
  step('Alex adopts it as an agreement');

  await b.goto(`${server.url}/agreements`);
  await expect
    .poll(() => b.getByTestId('agreement-wording').allTextContents(), { timeout: 5000 })
    .toEqual([SAM_IDEA]);
  await b.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => b.getByRole('heading', { name: 'What you have agreed' }).count()).toBe(1);
  await expect.poll(() => b.getByTestId('agreement-waiting').count()).toBe(0);
  await a.getByRole('link', { name: 'See it in your agreements' }).click();
  await expect
    .poll(() => a.getByTestId('agreement-wording').allTextContents(), { timeout: 5000 })
    .toEqual([SAM_IDEA]);
  step('Sam accepts it in the ledger; it holds for both');

  await alex.context.close();
  await sam.context.close();
});
