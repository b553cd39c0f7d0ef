import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsFor } from './accounts';
import { expectAccessible, launchBrowser, phone } from './browser';
import { type RunningServer, startServer } from './server';

// Alex writes a shared goal and an agenda item linked to it; Sam sees both live. Alex starts the
// money meeting and Sam is invited to its talk. Both write the notes at once: the second save is
// shown the first one's words instead of overwriting them. A decision is proposed as an agreement
// and Sam accepts it in the ledger. Then a routine goes into the parenting plan.

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

const accounts = accountsFor(() => server.url);
const signUp = (context: BrowserContext, name: string) =>
  accounts.signUp(context, name, `${name.toLowerCase()}.meetings@example.org`);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

it('frames a money meeting by shared goals, keeps both partners’ notes, and turns a decision into an agreement', async () => {
  const alex = await phone(browser);
  const sam = await phone(browser, { colorScheme: 'dark' });
  const a = alex.page;
  const b = sam.page;
  await signUp(alex.context, 'Alex');
  await signUp(sam.context, 'Sam');
  await accounts.post(alex.context, '/api/space');
  const invite = await accounts.post(alex.context, '/api/space/invites');
  await accounts.post(sam.context, '/api/space/join', { token: String(invite.link).split('/join/')[1] });
  step('Alex and Sam share a space');

  await a.goto(server.url);
  // Nothing is due: home has no meetings card, only the quiet link.
  await expect.poll(() => a.getByTestId('partner').count(), { timeout: 5000 }).toBe(1);
  expect(await a.getByTestId('meetings-card').count()).toBe(0);
  await a.getByRole('link', { name: 'Money and parenting meetings' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Money and parenting');
  await expectAccessible(a, 'the two meetings', axeChecked);
  await a.getByRole('link', { name: 'Open Money meeting' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Money meeting');
  await expectAccessible(a, 'money meeting, empty', axeChecked);

  await box(a, 'A shared goal').fill('A cushion of three months’ rent');
  await a.getByRole('button', { name: 'Add goal' }).click();
  await expect
    .poll(() => a.getByTestId('goal').allTextContents())
    .toEqual(['A cushion of three months’ rent']);
  await box(a, 'Something to talk about').fill('The car repair');
  await a
    .getByRole('combobox', { name: 'Which goal does this touch?' })
    .selectOption({ label: 'A cushion of three months’ rent' });
  await a.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect.poll(() => a.getByTestId('agenda-item').allTextContents()).toEqual(['The car repair']);
  await expect.poll(() => a.getByText('Touches: A cushion of three months’ rent').count()).toBe(1);
  step('Alex adds a shared goal and an agenda item that touches it');

  await b.goto(`${server.url}/meetings/money`);
  await expect
    .poll(() => b.getByTestId('goal').allTextContents(), { timeout: 5000 })
    .toEqual(['A cushion of three months’ rent']);
  await box(b, 'Something to talk about').fill('Holiday budget');
  await b.getByRole('button', { name: 'Add to the agenda' }).click();
  // Sam's item reaches Alex's screen live; Alex moves it to the top.
  await expect
    .poll(() => a.getByTestId('agenda-item').allTextContents(), { timeout: 5000 })
    .toEqual(['The car repair', 'Holiday budget']);
  await a.getByRole('button', { name: 'Move “Holiday budget” up' }).click();
  await expect
    .poll(() => b.getByTestId('agenda-item').allTextContents(), { timeout: 5000 })
    .toEqual(['Holiday budget', 'The car repair']);
  await expectAccessible(b, 'money meeting with goals and agenda (dark)', axeChecked);
  step('Sam sees both, adds an item, and Alex reorders the agenda');

  await a.getByRole('button', { name: 'Start the meeting' }).click();
  await expect.poll(() => a.getByText('Invitation sent. Sam will see it on their screen.').count()).toBe(1);
  await b.goto(server.url);
  await expect
    .poll(() => b.getByTestId('talk-waiting').first().textContent(), { timeout: 5000 })
    .toContain('Money meeting: Holiday budget; The car repair');
  step('Alex starts the money meeting; Sam is invited to its talk with the agenda as topic');

  await b.goto(`${server.url}/meetings/money`);
  await expect.poll(() => b.getByTestId('latest-meeting').count(), { timeout: 5000 }).toBe(1);
  await expect.poll(() => a.getByTestId('latest-meeting').count(), { timeout: 5000 }).toBe(1);
  await box(a, 'Our notes').fill('Car: get two quotes first.');
  await box(b, 'Our notes').fill('Holiday: camping, two weeks.');
  await a.getByRole('button', { name: 'Save notes' }).click();
  await expect.poll(() => a.getByText('Notes saved.').count()).toBe(1);
  await b.getByRole('button', { name: 'Save notes' }).click();
  await expect
    .poll(() => b.getByTestId('notes-theirs').textContent(), { timeout: 5000 })
    .toBe('Car: get two quotes first.');
  expect(await box(b, 'Our notes').inputValue()).toBe('Holiday: camping, two weeks.');
  await expectAccessible(b, 'notes saved by both at once (dark)', axeChecked);
  await box(b, 'Our notes').fill('Car: get two quotes first.\nHoliday: camping, two weeks.');
  await b.getByRole('button', { name: 'Save notes' }).click();
  await expect.poll(() => b.getByText('Notes saved.').count()).toBe(1);
  // Alex is not writing: the brought-together notes reach Alex's box live.
  await expect
    .poll(() => box(a, 'Our notes').inputValue(), { timeout: 5000 })
    .toBe('Car: get two quotes first.\nHoliday: camping, two weeks.');
  step('both write notes at once: Sam is shown Alex’s words and brings the two together');

  await box(a, 'A decision, in a sentence').fill('We put 100 aside for the car each month.');
  await a.getByRole('button', { name: 'Write it down' }).click();
  await expect.poll(() => a.getByTestId('decision').count()).toBe(1);
  await a.getByRole('button', { name: 'Propose as an agreement' }).click();
  await expect.poll(() => a.getByText('Proposed as an agreement', { exact: true }).count()).toBe(1);
  expect(await a.getByRole('link', { name: 'See it in your agreements' }).getAttribute('href')).toBe(
    '/agreements',
  );
  await expectAccessible(a, 'a decision proposed as an agreement', axeChecked);
  await expect
    .poll(() => b.getByText('Proposed as an agreement', { exact: true }).count(), { timeout: 5000 })
    .toBe(1);
  await b.getByRole('link', { name: 'See it in your agreements' }).click();
  await expect.poll(() => heading(b).textContent(), { timeout: 5000 }).toBe('Agreements');
  await expect
    .poll(() => b.getByTestId('agreement-wording').allTextContents(), { timeout: 5000 })
    .toEqual(['We put 100 aside for the car each month.']);
  await b.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => b.getByRole('heading', { name: 'What you have agreed' }).count()).toBe(1);
  step('Alex proposes the decision as an agreement; Sam accepts it in the ledger');

  await a.goto(`${server.url}/meetings/parenting`);
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Parenting meeting');
  await a.getByLabel('Task', { exact: true }).fill('School run');
  await a.getByLabel('Who', { exact: true }).selectOption({ label: 'Sam' });
  await a.getByLabel('When', { exact: true }).fill('Weekday mornings');
  await a.getByRole('button', { name: 'Add routine' }).click();
  await expect
    .poll(() => a.getByTestId('plan-row').allTextContents(), { timeout: 5000 })
    .toEqual([expect.stringContaining('School runSamWeekday mornings')]);
  await expect.poll(() => a.getByText(/You look at it again on \d{4}-\d{2}-\d{2}\./).count()).toBe(1);
  await expectAccessible(a, 'parenting plan with a routine', axeChecked);
  await b.goto(`${server.url}/meetings/parenting`);
  await expect
    .poll(() => b.getByTestId('plan-row').allTextContents(), { timeout: 5000 })
    .toEqual([expect.stringContaining('School runYouWeekday mornings')]);
  await expectAccessible(b, 'parenting plan seen by the partner (dark)', axeChecked);
  step('Alex puts Sam down for the school run; Sam sees it as theirs');

  // A daily money meeting later today (or at noon, just after midnight): home shows it is today.
  const berlinHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  await b.goto(`${server.url}/meetings/money`);
  await b.getByRole('button', { name: 'Propose a rhythm' }).click();
  await b.getByRole('radio', { name: 'Every day' }).check();
  await b.getByLabel('At (your time)').fill(berlinHour < 1 ? '12:00' : '23:30');
  await expectAccessible(b, 'proposing a meeting rhythm (dark)', axeChecked);
  await b.getByRole('button', { name: 'Propose to Alex' }).click();
  await expect.poll(() => b.getByText('Waiting for Alex to agree.').count(), { timeout: 5000 }).toBe(1);
  await a.goto(`${server.url}/meetings/money`);
  await expect.poll(() => a.getByText('Sam proposed this rhythm.').count(), { timeout: 5000 }).toBe(1);
  await a.getByRole('button', { name: 'Agree to this rhythm' }).click();
  await expect.poll(() => a.getByText(/^Next meeting: /).count(), { timeout: 5000 }).toBe(1);
  await a.goto(server.url);
  await expect
    .poll(() => a.getByTestId('meetings-card').textContent(), { timeout: 5000 })
    .toContain('Your money meeting is today.');
  await expectAccessible(a, 'home with a meeting today', axeChecked);
  step('Sam proposes a daily rhythm, Alex agrees, and home says the meeting is today');

  await alex.context.close();
  await sam.context.close();
}, 180_000);
