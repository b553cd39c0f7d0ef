import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Alex's list of what they said they'd do fills itself: a repair's plan to change arrives the
// moment it is sent, and something said in a talk is put there from the talk's last screen. Alex
// shares the talk's one with Sam, whose open screen sees it turn to "Done"; the repair's plan stays
// Alex's alone. Alex's patterns count what was done of what was settled.

const { url, post, couple, checkAccessible } = journey('follow-through');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const PLAN = 'When I feel snappy I will say I need ten minutes, and come back.';
const PROMISE = 'I will plan Saturday morning for the two of us.';

it('keeps what each said they would do on their own list, shared only when they choose', async () => {
  const { alex, sam } = await couple('follow');
  const a = alex.page;
  const b = sam.page;

  // From home to an empty list.
  await a.goto(url());
  await a.getByRole('link', { name: 'Open my list' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('What I said I’d do');
  await expect.poll(() => a.getByText('Nothing waiting.', { exact: false }).count()).toBe(1);
  await checkAccessible(a, 'an empty list');

  // A repair sent (through Alex's own browser) puts its plan on the open list without a reload.
  const repair = await post(alex.context, '/api/repairs', {
    apology: 'I am sorry I snapped at you.',
    understanding: 'You were tired and wanted quiet.',
    plan: PLAN,
  });
  await post(alex.context, `/api/repairs/${repair.id}/send`);
  await expect.poll(() => a.getByTestId('commitment').first().textContent()).toContain(PLAN);
  expect(await a.getByTestId('commitment').first().textContent()).toContain(
    'Your plan from a repair you sent',
  );

  // A talk, finished; at its end Alex writes what they will do and lets Sam see it.
  const talk = await post(alex.context, '/api/talks', {
    topic: 'Our weekends',
    formatId: 'check-in',
    mode: 'in_person',
    startsAt: null,
  });
  await post(sam.context, `/api/talks/${talk.id}/reply`, { answer: 'accept' });
  await post(alex.context, `/api/talks/${talk.id}/rules`);
  await post(sam.context, `/api/talks/${talk.id}/rules`);
  await post(alex.context, `/api/talks/${talk.id}/finish`);
  await a.goto(`${url()}/talks/${talk.id}`);
  await expect.poll(() => a.getByRole('heading', { name: 'Something you’ll do' }).count()).toBe(1);
  await a.getByLabel('What you’ll do').fill(PROMISE);
  await a.getByLabel('Let Sam see this').check();
  await checkAccessible(a, 'the end of a talk');
  await a.getByRole('button', { name: 'Put it on my list' }).click();
  await expect.poll(() => a.getByText('It’s on your list.').count()).toBe(1);

  // Sam sees the shared one, never the repair's plan.
  await b.goto(`${url()}/commitments`);
  await expect.poll(() => b.getByTestId('partner-commitment').count()).toBe(1);
  expect(await b.getByTestId('partner-commitment').textContent()).toBe(PROMISE);
  expect(await b.content()).not.toContain('ten minutes');
  await checkAccessible(b, 'the partner’s shared list (dark)');

  // Alex says how it went; Sam's open screen follows.
  await a.getByRole('link', { name: 'See my list' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('What I said I’d do');
  const promise = a.getByTestId('commitment').filter({ hasText: PROMISE });
  expect(await promise.textContent()).toContain('Said in the talk “Our weekends”');
  await promise.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => b.getByTestId('partner-commitment').textContent()).toContain('Done');
  const plan = a.getByTestId('commitment').filter({ hasText: PLAN });
  await plan.getByRole('button', { name: 'Didn’t happen' }).click();
  await expect.poll(() => a.getByRole('heading', { name: 'Done or not' }).count()).toBe(1);
  await expect.poll(() => a.getByText('Nothing waiting.', { exact: false }).count()).toBe(1);
  await checkAccessible(a, 'a list, done or not');
  expect(await b.content()).not.toContain('ten minutes');

  // Only Alex's patterns count Alex's list: one done of two settled.
  await a.goto(`${url()}/insights`);
  await expect.poll(() => heading(a).textContent()).toBe('Patterns');
  const row = a.getByTestId('kept-table').getByRole('row', { name: /Did what I said/ });
  await expect.poll(() => row.textContent()).toContain('1 of 2');
  await b.goto(`${url()}/insights`);
  await expect.poll(() => heading(b).textContent()).toBe('Patterns');
  const samRow = b.getByTestId('kept-table').getByRole('row', { name: /Did what I said/ });
  await expect.poll(() => samRow.textContent()).not.toContain('of');

  // The talk's last screen also hands its topic to a problem to solve together.
  await a.goto(url(`/talks/${talk.id}`));
  await a.getByRole('link', { name: 'Work on it together as a problem to solve' }).click();
  await expect
    .poll(() => a.getByLabel('What would you like to make easier?').inputValue())
    .toBe('Our weekends');
});
