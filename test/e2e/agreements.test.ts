import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey, zoneAfterMorning } from './journey';

// Alex proposes an agreement, Sam suggests a change, Alex accepts it. Sam's version sets the
// review for today, so the real scheduler reminds both at once (the review morning has passed
// in the zone they live in); Sam revises it, and a revision written on both phones at the same
// moment ends with the second writer shown the first one's version instead of overwriting it.

const { url, post, couple, step, checkAccessible } = journey('agreements');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const wordings = (page: Page) => page.getByTestId('agreement-wording').allTextContents();

it('proposes, counter-proposes, accepts, is reminded at the review date and revises, never overwriting', async () => {
  const { zone, today } = zoneAfterMorning();
  const { alex, sam } = await couple('agreements', zone);
  const a = alex.page;
  const b = sam.page;
  step(`Alex and Sam share a space (${zone})`);

  await a.goto(url());
  await a.getByRole('link', { name: 'Agreements and needs' }).click();
  await expect.poll(() => heading(a).textContent(), { timeout: 5000 }).toBe('Agreements');
  await checkAccessible(a, 'agreements, empty');
  await a.getByLabel('Kind of agreement').selectOption({ label: 'Phones and screens' });
  await a.getByLabel('In your own words').fill('Phones stay in the hall during dinner.');
  await a.getByRole('button', { name: 'Propose to Sam' }).click();
  await expect
    .poll(() => a.getByTestId('agreement-waiting').textContent())
    .toBe('Waiting for Sam to answer.');
  step('Alex proposes an agreement with the default review date');

  await b.goto(url());
  await expect
    .poll(() => b.getByTestId('agreements-to-answer').textContent())
    .toBe('1 waiting for your answer');
  await b.getByRole('link', { name: 'Agreements and needs' }).click();
  await expect.poll(() => wordings(b), { timeout: 5000 }).toEqual(['Phones stay in the hall during dinner.']);
  await checkAccessible(b, 'a proposal to answer (dark)');
  await b.getByRole('button', { name: 'Suggest a change' }).click();
  await expect.poll(() => b.getByRole('heading', { name: 'Your version' }).count()).toBe(1);
  await b.getByLabel('In your own words').first().fill('Phones stay in the hall during dinner on weekdays.');
  await b.getByLabel('Look at it again on').first().fill(today);
  await checkAccessible(b, 'suggesting a change (dark)');
  await b.getByRole('button', { name: 'Send this version' }).click();
  await expect
    .poll(() => b.getByTestId('agreement-waiting').textContent())
    .toBe('Waiting for Alex to answer.');
  step('Sam suggests a change: version 2, reviewed today');

  // No reload on Alex's phone: the counter-proposal arrives over the live channel.
  await expect
    .poll(() => wordings(a), { timeout: 5000 })
    .toEqual(['Phones stay in the hall during dinner on weekdays.']);
  await expect.poll(() => a.getByText('Proposed by Sam · version 2', { exact: false }).count()).toBe(1);
  await a.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => a.getByRole('heading', { name: 'Due for review' }).count()).toBe(1);
  await a.getByText('Every version (2)').click();
  const history = await a.getByTestId('agreement-version').allTextContents();
  expect(history[0]).toContain('Version 2: Phones stay in the hall during dinner on weekdays.');
  expect(history[0]).toMatch(/holds now · proposed by Sam, .* · accepted by you, /);
  expect(history[1]).toMatch(/^Version 1: Phones stay in the hall during dinner\.replaced · proposed by you/);
  await checkAccessible(a, 'agreement due for review, history open');
  step('Alex accepts version 2; both versions are kept with who and when');

  // The scheduler's worker sends the review reminders; the partner's home shows them live.
  await b.goto(url());
  await expect.poll(() => b.getByTestId('unread-badge').textContent(), { timeout: 15_000 }).toBe('1');
  await expect.poll(() => b.getByTestId('agreements-due').textContent()).toBe('1 due for review');
  await b.goto(`${url()}/notifications`);
  await expect
    .poll(() => b.getByTestId('notification').first().textContent(), { timeout: 5000 })
    .toContain('An agreement to look at again');
  const samCentre = await b.getByTestId('notification').allTextContents();
  expect(samCentre.join(' ')).not.toContain('Phones');
  await a.goto(url());
  await expect.poll(() => a.getByTestId('unread-badge').textContent(), { timeout: 15_000 }).toBe('1');
  step('at the review date both are reminded, without the agreement’s words');

  await b.goto(`${url()}/agreements`);
  await expect
    .poll(() => b.getByRole('heading', { name: 'Due for review' }).count(), { timeout: 5000 })
    .toBe(1);
  expect(await b.getByRole('button', { name: 'Keep it' }).count()).toBe(1);
  expect(await b.getByRole('button', { name: 'Retire' }).count()).toBe(1);
  await checkAccessible(b, 'due for review: keep, revise, retire (dark)');
  await a.goto(`${url()}/agreements`);
  await expect.poll(() => a.getByRole('button', { name: 'Revise' }).count(), { timeout: 5000 }).toBe(1);

  // Both open the editor on version 2 and write at the same time; Sam sends first.
  await b.getByRole('button', { name: 'Revise' }).click();
  await a.getByRole('button', { name: 'Revise' }).click();
  await b.getByLabel('In your own words').first().fill('Phones stay in the hall at dinner, every day.');
  await a.getByLabel('In your own words').first().fill('Phones stay in the hall at dinner and at breakfast.');
  await b.getByRole('button', { name: 'Send this version' }).click();
  await expect
    .poll(() => b.getByTestId('agreement-waiting').textContent())
    .toBe('Waiting for Alex to answer.');
  await a.getByRole('button', { name: 'Send this version' }).click();
  await expect
    .poll(() => a.getByTestId('agreement-conflict').textContent())
    .toContain('Their version: Phones stay in the hall at dinner, every day.');
  expect(await a.getByLabel('In your own words').first().inputValue()).toBe(
    'Phones stay in the hall at dinner and at breakfast.',
  );
  await checkAccessible(a, 'a conflict to reconcile');
  step('Alex’s revision, sent second, is refused with Sam’s version shown and Alex’s words kept');

  await a
    .getByLabel('In your own words')
    .first()
    .fill('Phones stay in the hall at dinner, every day, and at breakfast.');
  await a.getByRole('button', { name: 'Send this version' }).click();
  await expect
    .poll(() => a.getByTestId('agreement-waiting').textContent())
    .toBe('Waiting for Sam to answer.');
  await expect
    .poll(() => wordings(b), { timeout: 5000 })
    .toContain('Phones stay in the hall at dinner, every day, and at breakfast.');
  await b.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => b.getByRole('heading', { name: 'What you have agreed' }).count()).toBe(1);
  await expect
    .poll(() => wordings(a), { timeout: 5000 })
    .toEqual(['Phones stay in the hall at dinner, every day, and at breakfast.']);
  // The acceptance reaches Alex live: no longer due, and no proposal waiting.
  await expect
    .poll(() => a.getByRole('heading', { name: 'Due for review' }).count(), { timeout: 5000 })
    .toBe(0);
  expect(await a.getByTestId('agreement-waiting').count()).toBe(0);
  await a.getByText('Every version (4)').click();
  await checkAccessible(a, 'agreement revised, four versions');
  step('Alex reconciles on top of Sam’s version and Sam accepts: version 4 holds, four weeks on');

  await alex.context.close();
  await sam.context.close();
}, 180_000);

it('asks to talk a proposal over, and shares a personal need without asking for a yes', async () => {
  const { alex, sam } = await couple('needs');
  const a = alex.page;
  const b = sam.page;
  await post(sam.context, '/api/agreements', {
    category: 'money',
    wording: 'We talk before any purchase over 100.',
  });

  await a.goto(`${url()}/agreements`);
  await expect.poll(() => wordings(a), { timeout: 5000 }).toEqual(['We talk before any purchase over 100.']);
  await a.getByRole('button', { name: 'Let’s talk it over' }).click();
  await expect.poll(() => a.getByText('You asked to talk this over.').count()).toBe(1);
  expect(await a.getByRole('button', { name: 'Let’s talk it over' }).count()).toBe(0);
  await checkAccessible(a, 'asked to talk it over');
  await b.goto(url());
  await b
    .getByRole('link', { name: 'Alex invited you to a talk: We talk before any purchase over 100.' })
    .click();
  await expect
    .poll(() => b.getByText('Alex would like to talk with you.').count(), { timeout: 5000 })
    .toBe(1);
  step('Alex asks to talk Sam’s proposal over; Sam is invited to a talk on its words');

  await b.goto(`${url()}/agreements`);
  await expect
    .poll(() => b.getByText('Alex would like to talk this over.').count(), { timeout: 5000 })
    .toBe(1);
  await a.getByLabel('A need of yours').fill('I need twenty minutes alone after work.');
  await a.getByLabel('Let Sam see it').uncheck();
  await a.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => a.getByTestId('need').textContent()).toContain('only you');
  expect(await b.getByTestId('need').count()).toBe(0);
  await a.getByRole('button', { name: 'Share' }).click();
  await expect
    .poll(() => b.getByTestId('need').textContent(), { timeout: 5000 })
    .toContain('I need twenty minutes alone after work.');
  expect(await b.getByRole('button', { name: 'Delete' }).count()).toBe(0);
  await checkAccessible(b, 'a shared need');
  step('Alex’s need stays private until shared, then reaches Sam live with nothing to accept');

  await alex.context.close();
  await sam.context.close();
}, 120_000);
