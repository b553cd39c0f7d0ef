import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Two partners check in on two phones. Sam sees that Alex has checked in, but not how Alex is,
// until Sam's own check-in is in; both screens update without a reload.

const { url, couple, checkAccessible } = journey('pulse');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const partnerPulse = (page: Page) => page.getByTestId('partner-pulse').first().textContent();

async function checkIn(page: Page, closeness: string, energy: string, tag?: string) {
  await page.getByRole('radio', { name: closeness, exact: true }).check();
  await page.getByRole('radio', { name: energy, exact: true }).check();
  if (tag) await page.getByRole('checkbox', { name: tag, exact: true }).check();
}

it('reveals each partner’s check-in only after one’s own, live on both phones', async () => {
  const { alex, sam } = await couple('pulse');
  const a = alex.page;
  const b = sam.page;

  await b.goto(url());
  await expect.poll(() => partnerPulse(b)).toBe('Alex hasn’t checked in yet today.');

  await a.goto(url());
  await a.getByRole('link', { name: 'Check in', exact: true }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Check-in');
  await expect.poll(() => a.getByTestId('question').count()).toBe(1);
  await checkAccessible(a, 'check-in');
  await checkIn(a, '4 · close', '2 · low energy', 'Work');
  await a.getByLabel('A note (optional)').fill('A private thought for me alone');
  await a.getByRole('button', { name: 'Save my check-in' }).click();
  await expect.poll(() => a.getByText('Your check-in is saved.').count()).toBe(1);
  await expect.poll(() => partnerPulse(a)).toBe('Sam hasn’t checked in yet today.');

  // Sam's home updates without a reload: Alex has checked in, and nothing more.
  await expect
    .poll(() => partnerPulse(b))
    .toBe('Alex has checked in. You’ll see how they are once your own check-in is in.');
  // Not a word of how Alex feels: that waits for Sam's own check-in.
  expect(await b.getByText('feels close').count()).toBe(0);
  expect(await b.getByText('low energy').count()).toBe(0);
  await checkAccessible(b, 'home with a waiting check-in (dark)');

  await b.getByRole('link', { name: 'Check in', exact: true }).click();
  await expect.poll(() => heading(b).textContent()).toBe('Check-in');
  await checkAccessible(b, 'check-in (dark)');
  await checkIn(b, '3 · somewhere in between', '4 · good energy');
  await b.getByRole('button', { name: 'Save my check-in' }).click();
  await expect.poll(() => partnerPulse(b)).toContain('Alex feels close and has low energy.');
  await expect.poll(() => b.getByTestId('gesture').count()).toBe(1);
  expect(await b.getByText('A private thought for me alone').count()).toBe(0);
  await checkAccessible(b, 'check-in revealed (dark)');

  // Alex's screen shows Sam's check-in as soon as it is in.
  await expect.poll(() => partnerPulse(a)).toContain('Sam feels somewhere in between and has good energy.');

  await a.getByRole('link', { name: 'How often we check in' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('How often we check in');
  await checkAccessible(a, 'check-in rhythm');
  await a.getByRole('radio', { name: 'every other day' }).check();
  await a.getByRole('button', { name: 'Suggest this rhythm' }).click();
  await expect.poll(() => a.getByTestId('cadence-now').textContent()).toBe('For you now: every other day.');
  await b.goto(`${url()}/pulse/rhythm`);
  await b.getByRole('button', { name: 'Yes, let’s do that' }).click();
  await expect.poll(() => b.getByTestId('cadence-now').textContent()).toBe('For you now: every other day.');
  await checkAccessible(b, 'check-in rhythm (dark)');
});
