import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Alex proposes a ritual from the library; Sam sees it on home and joins. Alex marks it done and
// says how connected it felt; Sam sees only that Alex answered until saying theirs; then both see
// both, and a win appears on both walls.

const { url, couple, checkAccessible } = journey('rituals');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

it('is proposed by one, joined by the other, done and rated by both, and becomes a win', async () => {
  const { alex, sam } = await couple('rituals');
  const a = alex.page;
  const b = sam.page;

  await b.goto(url());
  await expect.poll(() => b.getByTestId('next-ritual').textContent()).toContain('A small ritual');

  // Alex picks the evening walk from the library and proposes it.
  await a.goto(`${url()}/rituals`);
  await expect.poll(() => heading(a).textContent()).toBe('Rituals');
  await checkAccessible(a, 'rituals');
  await a.getByRole('link', { name: '15-minute evening walk · 15 min' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('15-minute evening walk');
  await checkAccessible(a, 'new ritual');
  expect(await a.getByLabel('Propose it to Sam').isChecked()).toBe(true);
  await a.getByRole('button', { name: 'Start this ritual' }).click();
  await expect
    .poll(() => a.getByTestId('ritual-schedule').textContent())
    .toContain('Monday, Wednesday, Friday');

  // Sam's open home shows the proposal without a reload; Sam joins.
  await expect
    .poll(() => b.getByTestId('ritual-proposed-home').textContent())
    .toBe('Alex proposed a ritual: 15-minute evening walk');
  await b.getByRole('link', { name: 'Rituals', exact: true }).click();
  await expect.poll(() => b.getByTestId('ritual-proposed').count()).toBe(1);
  await checkAccessible(b, 'rituals with a proposal (dark)');
  await b.getByRole('button', { name: 'Join' }).click();
  await expect.poll(() => b.getByTestId('ritual-mine').textContent()).toContain('With Alex');
  await b.getByRole('link', { name: '15-minute evening walk', exact: true }).click();
  await expect.poll(() => heading(b).textContent()).toBe('15-minute evening walk');

  // A daily rhythm, so that an occurrence is always close enough to mark done, whenever this runs.
  await a.getByRole('radio', { name: 'Every day' }).check();
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => a.getByTestId('ritual-schedule').textContent()).toContain('Every day');
  await checkAccessible(a, 'ritual');

  // Alex marks it done and says how it felt.
  await a.getByRole('button', { name: 'Done', exact: true }).first().click();
  await a.getByRole('radio', { name: '5 · Very close' }).check();
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => a.getByTestId('my-feeling').textContent()).toBe('You: 5 of 5');

  // Sam sees that Alex answered, not what; after answering, both see both.
  await expect
    .poll(() => b.getByTestId('partner-rated').textContent())
    .toBe('Alex has said how it felt. You’ll see it once you’ve said yours.');
  expect(await b.getByTestId('partner-feeling').count()).toBe(0);
  await checkAccessible(b, 'ritual to rate (dark)');
  await b.getByRole('radio', { name: '4 · Close' }).check();
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => b.getByTestId('partner-feeling').textContent()).toBe('Alex: 5 of 5');
  await expect.poll(() => a.getByTestId('partner-feeling').textContent()).toBe('Sam: 4 of 5');
  await expect.poll(() => a.getByTestId('ritual-stats').textContent()).toContain('4.5 of 5');

  // The ritual done together is a win on both walls.
  for (const page of [a, b]) {
    await page.goto(`${url()}/wins`);
    await expect
      .poll(() => page.getByTestId('win').first().textContent())
      .toContain('You kept a ritual together');
  }
  await checkAccessible(a, 'wins with a ritual');

  // Home shows the next walk.
  await a.goto(url());
  await expect
    .poll(() => a.getByTestId('next-ritual').textContent())
    .toContain('Next: 15-minute evening walk');
  await checkAccessible(a, 'home with the next ritual');

  await alex.context.close();
  await sam.context.close();
});
