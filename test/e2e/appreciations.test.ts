import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Alex sends Sam an appreciation; it arrives on Sam's open home screen without a reload. A win
// either of them notices shows on both walls.

const { url, post, couple, checkAccessible } = journey('appreciations');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

it('brings an appreciation to the partner live, and a win to both walls', async () => {
  const { alex, sam } = await couple('thanks');
  const a = alex.page;
  const b = sam.page;

  await b.goto(url());
  await expect.poll(() => b.getByText('A short note of thanks can go a long way.').count()).toBe(1);

  await a.goto(`${url()}/appreciations`);
  await expect.poll(() => heading(a).textContent()).toBe('Appreciations');
  await checkAccessible(a, 'appreciations');
  await a.getByLabel('Your appreciation for Sam').fill('Thank you for the soup when I was tired.');
  await a.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(() => a.getByTestId('appreciation-sent').count()).toBe(1);

  // Sam's home shows it without a reload, naming the sender only.
  await expect
    .poll(() => b.getByTestId('appreciation-unread').first().textContent())
    .toBe('Alex sent you an appreciation.');
  await b.getByRole('link', { name: 'Appreciations and gestures' }).click();
  await expect
    .poll(() => b.getByTestId('appreciation-received').first().textContent())
    .toContain('Thank you for the soup');
  await checkAccessible(b, 'appreciations received (dark)');
  await b.getByRole('button', { name: 'Mark as read' }).click();
  await expect.poll(() => b.getByRole('button', { name: 'Mark as read' }).count()).toBe(0);

  // A win Sam notices shows on Alex's open wall too.
  await a.goto(`${url()}/wins`);
  await expect.poll(() => heading(a).textContent()).toBe('Our wins');
  await b.goto(`${url()}/wins`);
  await expect.poll(() => heading(b).textContent()).toBe('Our wins');
  await b.getByLabel('A win we noticed').fill('We made it through a hard week kindly');
  await b.getByRole('button', { name: 'Add to the wall' }).click();
  await expect.poll(() => b.getByTestId('win').first().textContent()).toContain('hard week kindly');
  await expect.poll(() => a.getByTestId('win').first().textContent()).toContain('hard week kindly');
  await checkAccessible(a, 'wins wall');
  await checkAccessible(b, 'wins wall (dark)');

  // A wall of many wins opens on the latest twenty; older ones come when asked, and are not new.
  for (let n = 1; n <= 21; n++) await post(alex.context, '/api/wins', { text: `A good day, number ${n}` });
  await a.reload();
  await expect.poll(() => a.getByTestId('win').count()).toBe(20);
  expect(await a.getByText('hard week kindly', { exact: false }).count()).toBe(0);
  await a.getByRole('button', { name: 'Show older wins' }).click();
  await expect.poll(() => a.getByTestId('win').count()).toBe(22);
  expect(await a.getByText('hard week kindly', { exact: false }).count()).toBe(1);
  expect(await a.locator('.celebrate').count()).toBe(0);
  expect(await a.getByRole('button', { name: 'Show older wins' }).count()).toBe(0);

  await alex.context.close();
  await sam.context.close();
});
