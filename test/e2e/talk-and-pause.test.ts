import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Two partners hold a remote talk on two phones, then one asks for a pause and the other sees it
// at once; both are asked to come back when the time is up.

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

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Signs up through the API with the phone's own cookies, as the sign-up screen would. */
const seconds = (text: string | null) => {
  const [m, s] = (text ?? '0:00').split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

/** One full turn: the speaker types and ends; the listener reflects; the speaker confirms. */
async function turn(speaker: Page, listener: Page, words: string, options: { partlyFirst?: boolean } = {}) {
  await expect.poll(() => speaker.getByTestId('floor').textContent()).toBe('You have the floor');
  await speaker.getByLabel('What you want to say').fill(words);
  await speaker.getByRole('button', { name: 'End my turn' }).click();
  await expect.poll(() => listener.getByTestId('turn-text').textContent()).toBe(words);
  if (options.partlyFirst) await expectAccessible(listener, 'reflecting', axeChecked);
  await listener.getByLabel('What I heard you say').fill(`I heard: ${words}`);
  await listener.getByRole('button', { name: 'Send my reflection' }).click();
  await expect.poll(() => speaker.getByTestId('reflection-text').textContent()).toBe(`I heard: ${words}`);
  if (options.partlyFirst) {
    await expectAccessible(speaker, 'confirming', axeChecked);
    await speaker.getByRole('button', { name: 'Partly' }).click();
    await speaker.getByLabel('Here is what I meant').fill('I meant that I miss our evenings.');
    await speaker.getByRole('button', { name: 'Send, and let them try again' }).click();
    await expect.poll(() => listener.getByText('I meant that I miss our evenings.').count()).toBe(1);
    await listener.getByLabel('What I heard you say').fill('You miss our evenings together.');
    await listener.getByRole('button', { name: 'Send my reflection' }).click();
    await expect
      .poll(() => speaker.getByTestId('reflection-text').textContent())
      .toBe('You miss our evenings together.');
  }
  await speaker.getByRole('button', { name: 'Yes, that’s it' }).click();
}

const { signUp, post } = accountsFor(() => server.url);

it('runs a remote talk with turns, a retried reflection, a reload and private ratings, then a shared pause', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  const a = alex.page;
  const b = sam.page;
  await signUp(alex.context, 'Alex');
  await signUp(sam.context, 'Sam');
  await post(alex.context, '/api/space');
  const invite = await post(alex.context, '/api/space/invites');
  await post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
  step('Alex and Sam share a space');

  await a.goto(server.url);
  await a.getByRole('link', { name: 'Talks', exact: true }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Talks');
  await expectAccessible(a, 'talks', axeChecked);
  await a.getByRole('link', { name: 'Invite to a talk' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Invite to a talk');
  await expectAccessible(a, 'new talk', axeChecked);
  await a.getByLabel('What would you like to talk about?').fill('Our evenings');
  await a.getByRole('button', { name: 'Send the invitation' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('A talk: Our evenings');
  await expect.poll(() => a.getByText('Waiting for Sam to answer.').count()).toBe(1);
  step('Alex invites Sam to a talk now');

  await b.goto(server.url);
  await b.getByRole('link', { name: 'Alex invited you to a talk: Our evenings' }).click();
  await expect.poll(() => b.getByText('Alex would like to talk with you.').count()).toBe(1);
  await expectAccessible(b, 'talk invitation (dark)', axeChecked);
  await b.getByRole('button', { name: 'Yes, let’s talk' }).click();
  await expect.poll(() => a.getByRole('heading', { name: 'Before you start' }).count()).toBe(1);
  await expectAccessible(a, 'ground rules', axeChecked);
  await a.getByRole('button', { name: 'I agree' }).click();
  await b.getByRole('button', { name: 'I agree' }).click();
  step('Sam accepts and both agree to the ground rules');

  await expect.poll(() => a.getByTestId('floor').textContent()).toBe('You have the floor');
  await expect.poll(() => b.getByTestId('floor').textContent()).toBe('Alex has the floor');
  expect(await b.getByRole('button', { name: 'End my turn' }).count()).toBe(0);
  await expectAccessible(a, 'speaking', axeChecked);
  await expectAccessible(b, 'listening (dark)', axeChecked);
  step('Alex has the floor; Sam sees listening guidance and no way to take it');

  const before = seconds(await a.getByTestId('turn-countdown').textContent());
  expect(before).toBeGreaterThan(150);
  await a.reload();
  await expect.poll(() => a.getByTestId('floor').textContent()).toBe('You have the floor');
  const after = seconds(await a.getByTestId('turn-countdown').textContent());
  expect(after).toBeLessThanOrEqual(before);
  expect(after).toBeGreaterThan(before - 10);
  step('a reload mid-turn resumes the same turn and time');

  await server.stop();
  server = await startServer({ dataDir: server.dataDir, port: server.port });
  await Promise.all([a.reload(), b.reload()]);
  await expect
    .poll(() => a.getByTestId('floor').textContent(), { timeout: 10_000 })
    .toBe('You have the floor');
  await expect
    .poll(() => b.getByTestId('floor').textContent(), { timeout: 10_000 })
    .toBe('Alex has the floor');
  const afterRestart = seconds(await a.getByTestId('turn-countdown').textContent());
  expect(afterRestart).toBeLessThanOrEqual(after);
  expect(afterRestart).toBeGreaterThan(after - 30);
  step('the server restarts mid-turn and the turn carries on with the time it had');

  await turn(a, b, 'I would like more time with you in the evenings.', { partlyFirst: true });
  await turn(b, a, 'I am tired after work and need a little quiet first.');
  await turn(a, b, 'Maybe a walk after dinner?');
  await turn(b, a, 'A walk sounds good, twice a week.');
  await expect.poll(() => a.getByTestId('floor').textContent()).toBe('You have the floor');
  step('two turns each, one reflection confirmed only on the second try');

  await a.getByRole('button', { name: 'End the talk' }).click();
  for (const [page, rating] of [
    [a, '4 of 5'],
    [b, '5 of 5'],
  ] as const) {
    await expect.poll(() => page.getByRole('heading', { name: 'The talk has ended' }).count()).toBe(1);
    await page.getByLabel(rating).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved. Only you can see it.').count()).toBe(1);
  }
  expect(await a.getByText('Confirmed').count()).toBe(4);
  await expectAccessible(a, 'talk ended', axeChecked);
  await expectAccessible(b, 'talk ended (dark)', axeChecked);
  step('both rate privately how heard they felt');

  await a.getByRole('link', { name: 'Back' }).click();
  await expect.poll(() => a.getByText('4 turns · 4 reflections confirmed').count()).toBe(1);
  await expectAccessible(a, 'talk history', axeChecked);
  step('the history shows the talk with its turns and confirmed reflections');

  await b.goto(server.url);
  await expect.poll(() => b.getByTestId('partner').textContent()).toBe('You and Alex share this space.');
  await a.goto(server.url);
  await a.getByRole('link', { name: 'Ask for a pause' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Take a pause');
  await expectAccessible(a, 'ask for a pause', axeChecked);
  await a.getByLabel('1 minute, to breathe').check();
  await a.getByRole('button', { name: 'Start the pause' }).click();
  const asked = Date.now();
  await expect
    .poll(() => b.getByTestId('pause-who').textContent(), { timeout: 1000, interval: 50 })
    .toMatch(/^Alex asked for a pause and will be back at /);
  expect(Date.now() - asked).toBeLessThan(1500);
  await expect.poll(() => a.getByTestId('pause-who').textContent()).toMatch(/^You asked for a pause/);
  expect(seconds(await a.getByTestId('pause-countdown').textContent())).toBeLessThanOrEqual(60);
  expect(seconds(await b.getByTestId('pause-countdown').textContent())).toBeLessThanOrEqual(60);
  await expectAccessible(a, 'pause', axeChecked);
  await expectAccessible(b, 'pause (dark)', axeChecked);
  step("Alex's pause shows on Sam's phone within a second, with the countdown on both");

  for (const page of [a, b]) {
    await expect.poll(() => heading(page).textContent(), { timeout: 75_000 }).toBe('Ready to come back?');
  }
  await expectAccessible(b, 'ready to come back (dark)', axeChecked);
  await b.getByRole('button', { name: 'I’m ready to come back' }).click();
  await expect.poll(() => a.getByTestId('partner').textContent()).toBe('You and Sam share this space.');
  await expect.poll(() => b.getByTestId('partner').textContent()).toBe('You and Alex share this space.');
  step('both are asked to come back at the return time, and one answer ends the pause for both');

  await alex.context.close();
  await sam.context.close();
}, 240_000);

it('shows the latest past talks first, and older ones when asked', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser);
  await signUp(alex.context, 'Alex', 'alex.history@example.org');
  await signUp(sam.context, 'Sam', 'sam.history@example.org');
  await post(alex.context, '/api/space');
  const invite = await post(alex.context, '/api/space/invites');
  await post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
  for (let n = 1; n <= 12; n++) {
    const talk = await post(alex.context, '/api/talks', {
      topic: `Week ${n}`,
      formatId: 'check-in',
      mode: 'remote',
      startsAt: null,
    });
    await post(sam.context, `/api/talks/${talk.id}/reply`, { answer: 'decline' });
  }

  const a = alex.page;
  await a.goto(`${server.url}/talks`);
  const past = a.getByRole('region', { name: 'Past talks' });
  await expect.poll(() => past.getByRole('listitem').count()).toBe(10);
  expect(await past.getByText('Week 1', { exact: true }).count()).toBe(0);
  await a.getByRole('button', { name: 'Show older talks' }).click();
  await expect.poll(() => past.getByRole('listitem').count()).toBe(12);
  expect(await past.getByText('Week 1', { exact: true }).count()).toBe(1);
  expect(await a.getByRole('button', { name: 'Show older talks' }).count()).toBe(0);
  await expectAccessible(a, 'talks with older ones shown', axeChecked);

  await alex.context.close();
  await sam.context.close();
});
