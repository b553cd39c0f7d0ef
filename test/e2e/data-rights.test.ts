import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Alex takes a copy of everything, then deletes the account. Sam's export never held Alex's
// journal, and Sam's screen still shows what Alex shared.

const { url, post, couple, checkAccessible } = journey('data rights');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const JOURNAL = 'Only for me: I went quiet because I was scared';
const THANKS = 'Thank you for the soup when I was ill';

it('downloads Alex’s data, deletes the account, and leaves Sam the shared history', async () => {
  const { alex, sam } = await couple('rights');
  const a = alex.page;
  const b = sam.page;
  await post(alex.context, '/api/journal', { text: JOURNAL, promptId: null, feelings: [] });
  await post(alex.context, '/api/appreciations', { text: THANKS });
  await post(alex.context, '/api/gestures', {
    kind: 'hug',
    isForPartner: true,
    text: 'A long hug at the door',
  });

  await a.goto(`${url()}/settings`);
  await expect.poll(() => heading(a).textContent()).toBe('Settings');
  await checkAccessible(a, 'settings with data rights');

  const [download] = await Promise.all([
    a.waitForEvent('download'),
    a.getByRole('link', { name: 'Download my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tend-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(String(await download.path()), 'utf8'));
  expect(file.journal.entries.map((e: { text: string }) => e.text)).toContain(JOURNAL);

  const [calendar] = await Promise.all([
    a.waitForEvent('download'),
    a.getByRole('link', { name: 'Download my calendar' }).click(),
  ]);
  expect(readFileSync(String(await calendar.path()), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

  const samExport = await sam.context.request.get(`${url()}/api/account/export`);
  expect(samExport.status()).toBe(200);
  const samFile = await samExport.text();
  expect(samFile).not.toContain(JOURNAL);
  expect(samFile).toContain(THANKS);

  await a.getByRole('link', { name: 'Delete my account' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Delete your account');
  await expect.poll(() => a.getByText('What your partner keeps').count()).toBe(1);
  await checkAccessible(a, 'delete account');
  await a.getByLabel('Your password').fill('a long enough password');
  await a.getByLabel('Type delete to confirm').fill('remove');
  await a.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect.poll(() => a.getByText('Type the word exactly as shown, to be sure.').count()).toBe(1);
  await checkAccessible(a, 'delete account (word mismatch)');
  await a.getByLabel('Type delete to confirm').fill('delete');
  await a.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Tend');
  const stale = await alex.context.request.get(`${url()}/api/me`);
  expect(stale.status()).toBe(401);

  await b.goto(`${url()}/appreciations`);
  await expect.poll(() => b.getByText(THANKS).count()).toBe(1);
  await expect.poll(() => b.getByRole('heading', { name: 'From a former partner' }).count()).toBe(1);
  await expect
    .poll(() =>
      b.getByTestId('gesture').filter({ hasText: 'a former partner: A long hug at the door' }).count(),
    )
    .toBe(1);
  await checkAccessible(b, 'appreciations after the partner left (dark)');
  await alex.context.close();
  await sam.context.close();
});
