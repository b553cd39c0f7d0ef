import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey } from './journey';

// Alex writes in a private journal while Sam has Tend open. Nothing of it reaches Sam's phone,
// not in an API answer and not in a live message, until Alex shares one entry's words as a note.

const { url, couple, checkAccessible } = journey('journal');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const SECRET = 'A worry I keep to myself about the move';
const SHARED = 'I miss our Sunday walks and would like them back';

async function write(page: Page, text: string, feeling: string) {
  await page.getByLabel('Your entry').fill(text);
  await page.getByRole('checkbox', { name: feeling, exact: true }).check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect.poll(() => page.getByText('Saved in your journal.').count()).toBe(1);
}

it('keeps the journal from the partner entirely, and shares only the copy Alex chooses', async () => {
  const { alex, sam } = await couple('journal');
  const a = alex.page;
  const b = sam.page;

  // Sam has Tend open: every API answer and live message Sam's app receives is recorded.
  const samSaw: string[] = [];
  b.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    samSaw.push(`http ${response.url()} ${await response.text().catch(() => '')}`);
  });
  b.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => samSaw.push(`live ${String(frame.payload)}`));
  });
  await b.goto(url());
  await expect.poll(() => heading(b).textContent()).toBe('Hello, Sam');
  await b.waitForLoadState('networkidle');

  await a.goto(url());
  await expect.poll(() => a.getByText('Your journal — only you can see it.').count()).toBe(1);
  await a.getByRole('link', { name: 'Open your journal' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Your journal');
  await expect.poll(() => a.getByTestId('journal-prompt').count()).toBe(1);
  const firstPrompt = await a.getByTestId('journal-prompt').textContent();
  await a.getByRole('button', { name: 'Another prompt' }).click();
  expect(await a.getByTestId('journal-prompt').textContent()).not.toBe(firstPrompt);
  await checkAccessible(a, 'journal');

  await write(a, SECRET, 'anxious');
  await write(a, SHARED, 'lonely');
  await expect.poll(() => a.getByTestId('journal-entry').count()).toBe(2);

  // Search finds only what matches.
  await a.getByRole('searchbox', { name: 'Search your entries' }).fill('sunday');
  await a.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => a.getByTestId('journal-entry').count()).toBe(1);
  await expect.poll(() => a.getByText(SECRET).count()).toBe(0);
  await checkAccessible(a, 'journal search');

  await a.getByTestId('journal-entry').first().click();
  await expect.poll(() => heading(a).textContent()).toBe('Journal entry');
  const entryId = new URL(a.url()).pathname.split('/')[2] ?? 'missing';
  await expect.poll(() => a.getByLabel('Your entry').inputValue()).toBe(SHARED);
  await expect.poll(() => a.getByText(/What Sam will see/).count()).toBe(1);
  await checkAccessible(a, 'journal entry');

  // Before anything is shared, Sam's phone has received nothing of the journal.
  await b.waitForTimeout(500);
  const beforeSharing = samSaw.join('\n');
  expect(beforeSharing).not.toContain(SECRET);
  expect(beforeSharing).not.toContain(SHARED);
  expect(beforeSharing).not.toMatch(/\/api\/journal|"feelings":|"promptId":/);
  expect(beforeSharing).not.toContain(entryId);

  await a.getByRole('button', { name: 'Share these words with Sam' }).click();
  await a.getByRole('button', { name: 'Yes, share it' }).click();
  await expect.poll(() => a.getByText('Shared. Sam can read it in your notes.').count()).toBe(1);

  // Changing the entry afterwards leaves the shared copy as it was.
  await a.getByLabel('Your entry').fill(`${SHARED}, later changed`);
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => a.getByText('Your changes are saved.').count()).toBe(1);

  await b.goto(`${url()}/notes`);
  await expect.poll(() => heading(b).textContent()).toBe('Shared notes');
  await expect.poll(() => b.getByTestId('shared-note').count()).toBe(1);
  expect(await b.getByTestId('shared-note').textContent()).toContain(SHARED);
  expect(await b.getByTestId('shared-note').textContent()).toContain('From Alex');
  await checkAccessible(b, 'shared notes (dark)');

  // Deleting the entry keeps the note.
  await a.getByRole('button', { name: 'Delete entry' }).click();
  await a.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect.poll(() => heading(a).textContent()).toBe('Your journal');
  await b.getByRole('button', { name: 'Look for new notes' }).click();
  await b.waitForLoadState('networkidle');
  expect(await b.getByTestId('shared-note').count()).toBe(1);

  await a.goto(`${url()}/notes`);
  await expect.poll(() => a.getByTestId('shared-note').count()).toBe(1);
  await checkAccessible(a, 'shared notes');

  const everything = samSaw.join('\n');
  expect(everything).not.toContain(SECRET);
  expect(everything).not.toContain('later changed');
  expect(everything).not.toMatch(/"feelings":|"promptId":|\/api\/journal/);
  expect(everything).not.toContain(entryId);
  // No live message about the journal at all: Sam's live channel carried only its greeting.
  expect(samSaw.filter((line) => line.startsWith('live ') && !line.includes('"hello"'))).toEqual([]);
});
