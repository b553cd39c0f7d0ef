import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Alex writes a shared goal and an agenda item linked to it; Sam sees both live. Alex starts the
// money meeting and Sam is invited to its talk. Both write the notes at once: the second save is
// shown the first one's words instead of overwriting them. A decision is proposed as an agreement
// and Sam accepts it in the ledger. Then a routine goes into the parenting plan.

const { url, couple, step, checkAccessible } = journey('meetings');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

it('frames a money meeting by shared goals, keeps both partners’ notes, and turns a decision into an agreement', async () => {
  const { alex, sam } = await couple('meetings');
  const a = alex.page;
  const b = sam.page;
  step('Alex and Sam share a space');

  await a.goto(url());
  // Nothing is due: home has no meetings card, only the quiet link.
  await expect.poll(() => a.getByTestId('partner').count(), { timeout: 5000 }).toBe(1);
  expect(await a.getByTestId('meetings-card').count()).toBe(0);
  await a.getByRole('link', { name: 'Money and parenting meetings' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Money and parenting');
  await checkAccessible(a, 'the two meetings');
  await a.getByRole('link', { name: 'Open Money meeting' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Money meeting');
  await checkAccessible(a, 'money meeting, empty');

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

  await b.goto(`${url()}/meetings/money`);
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
  await checkAccessible(b, 'money meeting with goals and agenda (dark)');
  step('Sam sees both, adds an item, and Alex reorders the agenda');

  await a.getByRole('button', { name: 'Start the meeting' }).click();
  await expect.poll(() => a.getByText('Invitation sent. Sam will see it on their screen.').count()).toBe(1);
  await b.goto(url());
  await expect
    .poll(() => b.getByTestId('talk-waiting').first().textContent(), { timeout: 5000 })
    .toContain('Money meeting: Holiday budget; The car repair');
  step('Alex starts the money meeting; Sam is invited to its talk with the agenda as topic');

  await b.goto(`${url()}/meetings/money`);
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
  await checkAccessible(b, 'notes saved by both at once (dark)');
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
  await checkAccessible(a, 'a decision proposed as an agreement');
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

  await a.goto(`${url()}/meetings/parenting`);
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Parenting meeting');
  await a.getByLabel('Task', { exact: true }).fill('School run');
  await a.getByLabel('Who', { exact: true }).selectOption({ label: 'Sam' });
  await a.getByLabel('When', { exact: true }).fill('Weekday mornings');
  await a.getByRole('button', { name: 'Add routine' }).click();
  await expect
    .poll(() => a.getByTestId('plan-row').allTextContents(), { timeout: 5000 })
    .toEqual([expect.stringContaining('School runSamWeekday mornings')]);
  await expect.poll(() => a.getByText(/You look at it again on \d{4}-\d{2}-\d{2}\./).count()).toBe(1);
  await checkAccessible(a, 'parenting plan with a routine');
  await b.goto(`${url()}/meetings/parenting`);
  await expect
    .poll(() => b.getByTestId('plan-row').allTextContents(), { timeout: 5000 })
    .toEqual([expect.stringContaining('School runYouWeekday mornings')]);
  await checkAccessible(b, 'parenting plan seen by the partner (dark)');
  step('Alex puts Sam down for the school run; Sam sees it as theirs');

  // A daily money meeting later today (or at noon, just after midnight): home shows it is today.
  const berlinHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  await b.goto(`${url()}/meetings/money`);
  await b.getByRole('button', { name: 'Propose a rhythm' }).click();
  await b.getByRole('radio', { name: 'Every day' }).check();
  await b.getByLabel('At (your time)').fill(berlinHour < 1 ? '12:00' : '23:30');
  await checkAccessible(b, 'proposing a meeting rhythm (dark)');
  await b.getByRole('button', { name: 'Propose to Alex' }).click();
  await expect.poll(() => b.getByText('Waiting for Alex to agree.').count(), { timeout: 5000 }).toBe(1);
  await a.goto(`${url()}/meetings/money`);
  await expect.poll(() => a.getByText('Sam proposed this rhythm.').count(), { timeout: 5000 }).toBe(1);
  await a.getByRole('button', { name: 'Agree to this rhythm' }).click();
  await expect.poll(() => a.getByText(/^Next meeting: /).count(), { timeout: 5000 }).toBe(1);
  await a.goto(url());
  await expect
    .poll(() => a.getByTestId('meetings-card').textContent(), { timeout: 5000 })
    .toContain('Your money meeting is today.');
  await checkAccessible(a, 'home with a meeting today');
  step('Sam proposes a daily rhythm, Alex agrees, and home says the meeting is today');

  await alex.context.close();
  await sam.context.close();
}, 180_000);
