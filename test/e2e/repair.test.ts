import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Alex writes a repair; a check fires on "sorry if" and Alex rewrites it. Sam sees it arrive live
// and accepts it, and a win appears on both walls. Then both go through the after-a-fight steps,
// and Alex's plan becomes an agreement Sam accepts in the ledger.

const { url, couple, checkAccessible } = journey('repair');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const share = (page: Page) => page.getByRole('button', { name: 'Share this step' }).click();
const status = (page: Page) => page.getByTestId('after-fight-status').textContent();

it('carries a repair from a checked draft to an accepted win, and both through the steps after a fight', async () => {
  const { alex, sam } = await couple('repair');
  const a = alex.page;
  const b = sam.page;

  await b.goto(`${url()}/repair`);
  await expect.poll(() => heading(b).textContent()).toBe('Repair');
  await expect.poll(() => b.getByText('Nothing here yet.').count()).toBe(1);

  // The builder: "sorry if" is named as Alex types; the rewrite clears it.
  await a.goto(`${url()}/repair/new`);
  await expect.poll(() => heading(a).textContent()).toBe('Write a repair');
  await a.getByLabel('Your apology').fill('I’m sorry if I was short with you at dinner.');
  await expect.poll(() => a.getByTestId('repair-check').count()).toBe(1);
  expect(await a.getByTestId('repair-check').textContent()).toContain('This may sound like a maybe');
  expect(await a.getByTestId('repair-check').textContent()).toContain('About “sorry if”');
  await checkAccessible(a, 'repair builder with a check');
  await a.getByLabel('Your apology').fill('I’m sorry I was short with you at dinner.');
  await expect.poll(() => a.getByTestId('repair-check').count()).toBe(0);
  await a.getByLabel('What you understand').fill('You had waited all day to tell me about your news.');
  await a.getByLabel('What you will do differently').fill('Next time I will say I need a minute first.');
  await a.getByRole('button', { name: 'Send to Sam' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('A repair');
  await expect
    .poll(() => a.getByTestId('repair-status').textContent())
    .toBe('Waiting for an answer, with no hurry');

  // Sam's open screen shows it without a reload.
  await expect
    .poll(() => b.getByTestId('repair-received').first().textContent())
    .toContain('short with you at dinner');
  await checkAccessible(b, 'repair room (dark)');

  await a.goto(`${url()}/wins`);
  await expect.poll(() => heading(a).textContent()).toBe('Our wins');
  await b.getByRole('link', { name: 'Read it' }).click();
  await expect
    .poll(() => b.getByTestId('repair-plan').textContent())
    .toBe('Next time I will say I need a minute first.');
  await checkAccessible(b, 'a repair received (dark)');
  await b.getByRole('button', { name: 'Accept this repair' }).click();
  await expect.poll(() => b.getByTestId('repair-status').textContent()).toBe('You accepted it');
  await b.getByRole('link', { name: 'See it on your wall of wins' }).click();

  const win = 'Alex reached out to make things right, and the repair was accepted.';
  await expect.poll(() => a.getByTestId('win').first().textContent()).toContain(win);
  await expect.poll(() => heading(b).textContent()).toBe('Our wins');
  await expect.poll(() => b.getByTestId('win').first().textContent()).toContain(win);

  // After a fight: Alex asks, Sam says they are calm, and both go step by step.
  await a.goto(`${url()}/repair`);
  await a.getByRole('button', { name: 'Ask Sam to look back together' }).click();
  await expect
    .poll(() => status(a))
    .toBe('Waiting for Sam to say they are calm and ready. Take your time too.');
  await b.goto(`${url()}/repair`);
  await expect.poll(() => b.getByTestId('after-fight-invite').count()).toBe(1);
  await b.getByRole('link', { name: 'Continue where you left off' }).click();
  await b.getByRole('button', { name: 'I’m calm and ready' }).click();

  await expect.poll(() => a.getByRole('heading', { name: 'How you feel now' }).count()).toBe(1);
  await a.getByLabel('tired', { exact: true }).check();
  await a.getByLabel('regretful', { exact: true }).check();
  await checkAccessible(a, 'after a fight: feelings');
  await share(a);
  await expect.poll(() => status(a)).toBe('Done. Waiting for Sam to finish this step.');
  await b.getByLabel('lonely', { exact: true }).check();
  await share(b);

  // Accounts in turns: Alex first, then Sam, who has read Alex's side.
  await expect.poll(() => status(b)).toBe('Alex is telling their side first. Yours comes next.');
  await a.getByLabel('In your words').fill('I came home tired and heard your news as one more thing to do.');
  await share(a);
  await expect.poll(() => b.getByTestId('shared-account').first().textContent()).toContain('came home tired');
  await checkAccessible(b, 'after a fight: accounts (dark)');
  await b.getByLabel('In your words').fill('I had waited all day to tell you and felt pushed away.');
  await share(b);

  for (const [step, alexWords, samWords] of [
    ['What set it off', 'Being hungry and rushed.', 'Being cut off mid-sentence.'],
    ['Your own part', 'I answered without looking up.', 'I picked a busy moment.'],
    ['One plan', 'I will put my phone away at dinner.', 'I will ask whether it is a good moment.'],
  ] as const) {
    await expect.poll(() => a.getByRole('heading', { name: step }).count()).toBe(1);
    await a.getByLabel('In your words').fill(alexWords);
    await share(a);
    await expect.poll(() => b.getByRole('heading', { name: step }).count()).toBe(1);
    await b.getByLabel('In your words').fill(samWords);
    await share(b);
  }

  for (const page of [a, b]) {
    await expect.poll(() => status(page)).toBe('You did this together. Here are your plans.');
    await expect.poll(() => page.getByTestId('shared-plan').count()).toBe(2);
  }
  expect(await a.getByTestId('shared-plan').allTextContents()).toEqual([
    'YouI will put my phone away at dinner.',
    'SamI will ask whether it is a good moment.',
  ]);
  await checkAccessible(a, 'after a fight: plans');

  // Alex proposes their plan as an agreement; Sam sees it proposed and accepts it in the ledger.
  await a.getByLabel('Kind of agreement').selectOption({ label: 'Phones and screens' });
  await a.getByRole('button', { name: 'Propose as an agreement' }).click();
  await expect.poll(() => a.getByTestId('plan-proposed').textContent()).toContain('Proposed as an agreement');
  expect(await a.getByRole('button', { name: 'Propose as an agreement' }).count()).toBe(0);
  await checkAccessible(a, 'after a fight: a plan proposed as an agreement');
  await expect.poll(() => b.getByTestId('plan-proposed').count(), { timeout: 5000 }).toBe(1);
  await b.getByRole('link', { name: 'Open your agreements' }).click();
  await expect
    .poll(() => b.getByTestId('agreement-wording').allTextContents(), { timeout: 5000 })
    .toEqual(['I will put my phone away at dinner.']);
  await b.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => b.getByRole('heading', { name: 'What you have agreed' }).count()).toBe(1);
  await a.goto(`${url()}/repair`);
  await expect.poll(() => a.getByTestId('plan-proposed').count(), { timeout: 5000 }).toBe(1);

  await alex.context.close();
  await sam.context.close();
});
