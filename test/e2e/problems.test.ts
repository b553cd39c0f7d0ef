import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey, zoneAfterMorning } from './journey';

// Alex names a challenge; both add ideas; Alex picks Sam's idea to try until today, so the real
// scheduler reminds both at once (the morning of the last day has passed where they live). Both
// say whether it helped, each seeing the other's answer only once both answered; Alex adopts it
// as an agreement and Sam accepts it in the ledger.

const { url, couple, step, checkAccessible } = journey('problems');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const CHALLENGE = 'Mornings are chaotic';
const ALEX_IDEA = 'Lay out clothes the night before';
const SAM_IDEA = 'Breakfast ready before we wake the kids';

it('a problem moves from brainstorm to an adopted agreement', async () => {
  const { zone, today } = zoneAfterMorning();
  const { alex, sam } = await couple('problems', zone);
  const a = alex.page;
  const b = sam.page;
  step(`Alex and Sam share a space (${zone})`);

  await a.goto(url());
  await a.getByRole('link', { name: 'Solve a problem together' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Solving problems together');
  await checkAccessible(a, 'problems, none yet');
  await a.getByLabel('What would you like to make easier?').fill(CHALLENGE);
  await a.getByRole('button', { name: 'Start gathering ideas' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe(CHALLENGE);
  await a.getByLabel('Your idea').fill(ALEX_IDEA);
  await a.getByRole('button', { name: 'Add this idea' }).click();
  await expect.poll(() => a.getByTestId('idea').allTextContents()).toEqual([`${ALEX_IDEA} — you`]);
  // Nothing to rate or answer during the brainstorm.
  expect(await a.getByTestId('idea').locator('button, input, select, textarea').count()).toBe(0);
  await checkAccessible(a, 'brainstorm with the coach');
  step('Alex names the challenge and adds an idea; the idea carries no rating or reply');

  await b.goto(`${url()}/problems`);
  await b.getByRole('link', { name: CHALLENGE }).click();
  await expect
    .poll(() => b.getByTestId('idea').allTextContents(), { timeout: 5000 })
    .toEqual([`${ALEX_IDEA} — Alex`]);
  await b.getByLabel('Your idea').fill(SAM_IDEA);
  await b.getByRole('button', { name: 'Add this idea' }).click();
  await b.getByRole('button', { name: 'I have no more ideas for now' }).click();
  await expect.poll(() => b.getByTestId('brainstorm-waiting').count()).toBe(1);
  await checkAccessible(b, 'brainstorm, waiting for the partner (dark)');
  // Sam's idea reaches Alex's screen over the live channel.
  await expect.poll(() => a.getByTestId('idea').count(), { timeout: 5000 }).toBe(2);
  await a.getByRole('button', { name: 'I have no more ideas for now' }).click();
  await expect.poll(() => a.getByTestId('problem-phase').textContent()).toBe('Choosing one to try');
  step('both add ideas and say they have no more; the brainstorm ends');

  await a.getByLabel(SAM_IDEA).check();
  await a.getByLabel('Try it until').fill(today);
  await checkAccessible(a, 'choosing one to try');
  await a.getByRole('button', { name: 'Try this one' }).click();
  await expect
    .poll(() => a.getByTestId('problem-phase').textContent(), { timeout: 5000 })
    .toBe('Time to look back');
  step('Alex picks Sam’s idea to try until today');

  // The scheduler's worker sends the end-of-trial reminder; Sam's home shows it live.
  await b.goto(url());
  await expect.poll(() => b.getByTestId('unread-badge').textContent(), { timeout: 15_000 }).toBe('1');
  await b.goto(`${url()}/notifications`);
  await expect
    .poll(() => b.getByTestId('notification').first().textContent(), { timeout: 5000 })
    .toContain('Your experiment has run its course');
  expect((await b.getByTestId('notification').allTextContents()).join(' ')).not.toMatch(/Breakfast|Mornings/);
  await a.goto(url());
  await expect.poll(() => a.getByTestId('unread-badge').textContent(), { timeout: 15_000 }).toBe('1');
  step('the trial’s end reminds both, without its words');

  await b.goto(url());
  await expect.poll(() => b.getByTestId('problems-to-look').count(), { timeout: 5000 }).toBe(1);
  await b.getByRole('link', { name: 'Solve a problem together' }).click();
  await expect.poll(() => heading(b).textContent(), { timeout: 5000 }).toBe(CHALLENGE);
  await b.getByLabel('Partly').check();
  await b
    .getByLabel('Anything you would like to add (optional)')
    .fill('Calmer, though I still rushed on Tuesday.');
  await checkAccessible(b, 'did it help? (dark)');
  await b.getByRole('button', { name: 'Share how it went' }).click();
  await expect.poll(() => b.getByTestId('rating-waiting').count(), { timeout: 5000 }).toBe(1);
  expect(await b.getByTestId('rating').allTextContents()).toEqual([
    'You said: PartlyCalmer, though I still rushed on Tuesday.',
  ]);
  step('Sam says it partly helped; Alex’s answer is not shown yet');

  await a.goto(`${url()}/problems`);
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
  await checkAccessible(a, 'what next: adopt or let go');
  await a.getByRole('button', { name: 'Propose it as an agreement' }).click();
  await expect
    .poll(() => a.getByTestId('problem-outcome').textContent(), { timeout: 5000 })
    .toContain('proposed it as an agreement');
  await checkAccessible(a, 'adopted as an agreement');
  step('Alex adopts it as an agreement');

  await b.goto(`${url()}/agreements`);
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
