import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couple, signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

const port = () => (app.http.server.address() as AddressInfo).port;
const entry = (change: Record<string, unknown> = {}) => ({
  text: 'I went quiet on Sunday because I was scared of another argument.',
  promptId: 'pulled-away',
  feelings: ['anxious', 'lonely'],
  ...change,
});

describe('the journal', () => {
  it('lets its author write, read, change and delete an entry', async () => {
    const { alex } = await couple(app.http);
    const created = await alex.client.post('/api/journal', entry());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ promptId: 'pulled-away', feelings: ['anxious', 'lonely'] });
    const id = created.body.id;
    expect((await alex.client.get(`/api/journal/${id}`)).body.text).toMatch(/went quiet/);
    const changed = await alex.client.put(`/api/journal/${id}`, entry({ text: 'Calmer now.', feelings: [] }));
    expect(changed.body).toMatchObject({ id, text: 'Calmer now.', feelings: [] });
    expect((await alex.client.get('/api/journal')).body.entries.map((e: { id: string }) => e.id)).toEqual([
      id,
    ]);
    expect((await alex.client.delete(`/api/journal/${id}`)).status).toBe(204);
    expect((await alex.client.get(`/api/journal/${id}`)).status).toBe(404);
  });

  it('works without a space too', async () => {
    const kim = await signUp(app.http, 'Kim');
    expect((await kim.client.post('/api/journal', entry({ promptId: null }))).status).toBe(201);
  });

  it('refuses unknown feelings and prompts, and over-long text', async () => {
    const { alex } = await couple(app.http);
    expect((await alex.client.post('/api/journal', entry({ feelings: ['smug'] }))).status).toBe(400);
    expect((await alex.client.post('/api/journal', entry({ promptId: 'nope' }))).status).toBe(400);
    expect((await alex.client.post('/api/journal', entry({ text: 'x'.repeat(20_001) }))).status).toBe(400);
  });

  it('answers 404 to the partner and a stranger on every entry route, and tells the partner nothing live', async () => {
    const { alex, sam } = await couple(app.http);
    const kim = await signUp(app.http, 'Kim');
    await kim.client.post('/api/space');
    const screen = new LiveClient(port(), sam.client);
    await screen.next((e) => e.type === 'hello');
    const id = (await alex.client.post('/api/journal', entry())).body.id;
    for (const other of [sam.client, kim.client]) {
      expect((await other.get(`/api/journal/${id}`)).status).toBe(404);
      expect((await other.put(`/api/journal/${id}`, entry({ text: 'mine now' }))).status).toBe(404);
      expect((await other.post(`/api/journal/${id}/share`, {})).status).toBe(404);
      expect((await other.delete(`/api/journal/${id}`)).status).toBe(404);
      expect((await other.get('/api/journal')).body.entries).toEqual([]);
    }
    expect((await alex.client.get(`/api/journal/${id}`)).body.text).toMatch(/went quiet/);
    await alex.client.put(`/api/journal/${id}`, entry({ text: 'changed' }));
    await alex.client.delete(`/api/journal/${id}`);
    expect(screen.events.filter((e) => e.type !== 'hello')).toEqual([]);
    screen.close();
  });

  it('searches only the caller’s own entries, by words and by feeling', async () => {
    const { alex, sam } = await couple(app.http);
    await alex.client.post('/api/journal', entry({ text: 'The DISHES again', feelings: ['frustrated'] }));
    await alex.client.post('/api/journal', entry({ text: 'A good walk', feelings: ['calm'] }));
    await sam.client.post('/api/journal', entry({ text: 'dishes, my turn', feelings: ['frustrated'] }));
    const texts = async (query: string) =>
      (await alex.client.get(`/api/journal${query}`)).body.entries.map((e: { text: string }) => e.text);
    expect(await texts('?q=dishes')).toEqual(['The DISHES again']);
    expect(await texts('?feeling=calm')).toEqual(['A good walk']);
    expect(await texts('?q=walk&feeling=frustrated')).toEqual([]);
    expect(await texts('?q=%25')).toEqual([]);
  });
});

describe('sharing as a note', () => {
  it('makes a separate copy the partner reads; the entry can change or go and the copy stays', async () => {
    const { alex, sam } = await couple(app.http);
    const kim = await signUp(app.http, 'Kim');
    await kim.client.post('/api/space');
    const id = (await alex.client.post('/api/journal', entry({ text: 'I miss our Sunday walks.' }))).body.id;
    const shared = await alex.client.post(`/api/journal/${id}/share`, {});
    expect(shared.status).toBe(201);
    const seen = (await sam.client.get('/api/notes')).body.notes;
    expect(seen).toEqual([
      expect.objectContaining({ text: 'I miss our Sunday walks.', authorName: 'Alex', isMine: false }),
    ]);
    expect((await kim.client.get('/api/notes')).body.notes).toEqual([]);

    await alex.client.put(`/api/journal/${id}`, entry({ text: 'Edited later' }));
    await alex.client.delete(`/api/journal/${id}`);
    expect((await sam.client.get('/api/notes')).body.notes[0].text).toBe('I miss our Sunday walks.');
    expect(JSON.stringify((await sam.client.get('/api/notes')).body)).not.toContain('Edited later');

    const noteId = seen[0].id;
    expect((await sam.client.delete(`/api/notes/${noteId}`)).status).toBe(404);
    expect((await kim.client.delete(`/api/notes/${noteId}`)).status).toBe(404);
    expect((await alex.client.delete(`/api/notes/${noteId}`)).status).toBe(204);
    expect((await sam.client.get('/api/notes')).body.notes).toEqual([]);
  });

  it('keeps the journal with its author when they leave, and from whoever they share a space with next', async () => {
    const { alex, sam } = await couple(app.http);
    const id = (await sam.client.post('/api/journal', entry({ text: 'Before I left' }))).body.id;
    await sam.client.post(`/api/journal/${id}/share`, {});
    await sam.client.post('/api/space/leave');
    // The note was shared with the space, so it stays with the partner who keeps it.
    expect((await alex.client.get('/api/notes')).body.notes[0].text).toBe('Before I left');
    expect((await sam.client.get(`/api/journal/${id}`)).body.text).toBe('Before I left');
    await sam.client.post('/api/space');
    const invite = (await sam.client.post('/api/space/invites')).body;
    const robin = await signUp(app.http, 'Robin');
    await robin.client.post('/api/space/join', { token: String(invite.link).split('/join/')[1] });
    expect((await robin.client.get(`/api/journal/${id}`)).status).toBe(404);
    expect((await robin.client.get('/api/notes')).body.notes).toEqual([]);
    expect((await robin.client.get('/api/journal')).body.entries).toEqual([]);
  });

  it('brings notes shared while alone into the space their author joins', async () => {
    const alex = await signUp(app.http, 'Alex');
    const sam = await signUp(app.http, 'Sam');
    await alex.client.post('/api/space');
    await sam.client.post('/api/space');
    const id = (await sam.client.post('/api/journal', entry({ text: 'Written before you came.' }))).body.id;
    await sam.client.post(`/api/journal/${id}/share`, {});
    const link = (await alex.client.post('/api/space/invites')).body.link as string;
    await sam.client.post('/api/space/join', { token: link.split('/join/')[1] });
    const notes = (await alex.client.get('/api/notes')).body.notes;
    expect(notes).toEqual([expect.objectContaining({ text: 'Written before you came.', authorName: 'Sam' })]);
  });

  it('needs a space to share into', async () => {
    const kim = await signUp(app.http, 'Kim');
    const id = (await kim.client.post('/api/journal', entry())).body.id;
    expect((await kim.client.post(`/api/journal/${id}/share`, {})).status).toBe(409);
  });
});
