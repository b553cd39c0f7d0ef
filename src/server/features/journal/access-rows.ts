import { expect } from 'vitest';
import { caller, keepsAlexWords, type People, room } from '../../testing/access';

const alexJournal = { text: 'Alex’s shared words', promptId: null, feelings: ['tender'] };
type JournalWorld = People & { journalId: string };
const keepsAlexJournal = async (w: JournalWorld, reply: { status: number; body: unknown }) => {
  expect(reply.status).toBe(404);
  keepsAlexWords(reply.body);
  const entry = (await w.alex.get(`/api/journal/${w.journalId}`)).body;
  expect(entry).toMatchObject({ text: 'Alex’s private journal', feelings: ['tender'] });
};

/**
 * The journal is Alex's alone: the partner is as much a stranger to it as anyone. A shared note
 * is the space's: the partner reads it, only Alex takes it back.
 */
export const journalAccess = room({
  seed: async ({ alex }) => {
    const journal = (await alex.post('/api/journal', alexJournal)).body;
    const notes = (await alex.post(`/api/journal/${journal.id}/share`, {})).body.notes;
    await alex.put(`/api/journal/${journal.id}`, { ...alexJournal, text: 'Alex’s private journal' });
    return { journalId: journal.id as string, noteId: notes[0].id as string };
  },
  privateIds: (w) => [w.journalId],
  params: { entryId: '00000000-0000-4000-8000-000000000004', noteId: '00000000-0000-4000-8000-000000000005' },
  rows: {
    'GET /api/journal': async (w, as) => {
      const reply = await caller(w, as).get('/api/journal');
      keepsAlexWords(reply.body);
      expect(reply.body.entries).toEqual([]);
    },
    'POST /api/journal': async (w, as) => {
      await caller(w, as).post('/api/journal', { ...alexJournal, text: 'theirs' });
      expect((await w.alex.get('/api/journal')).body.entries).toHaveLength(1);
    },
    'GET /api/journal/:entryId': async (w, as) => {
      await keepsAlexJournal(w, await caller(w, as).get(`/api/journal/${w.journalId}`));
    },
    'PUT /api/journal/:entryId': async (w, as) => {
      const change = { ...alexJournal, text: 'changed by someone else' };
      await keepsAlexJournal(w, await caller(w, as).put(`/api/journal/${w.journalId}`, change));
    },
    'DELETE /api/journal/:entryId': async (w, as) => {
      await keepsAlexJournal(w, await caller(w, as).delete(`/api/journal/${w.journalId}`));
    },
    'POST /api/journal/:entryId/share': async (w, as) => {
      await keepsAlexJournal(w, await caller(w, as).post(`/api/journal/${w.journalId}/share`, {}));
      expect((await w.alex.get('/api/notes')).body.notes).toHaveLength(1);
    },
    'GET /api/notes': async (w, as) => {
      const notes = (await caller(w, as).get('/api/notes')).body.notes;
      keepsAlexWords(notes);
      const ids = notes.map((n: { id: string }) => n.id);
      expect(ids.includes(w.noteId)).toBe(as === 'partner');
    },
    'DELETE /api/notes/:noteId': async (w, as) => {
      expect((await caller(w, as).delete(`/api/notes/${w.noteId}`)).status).toBe(404);
      expect((await w.alex.get('/api/notes')).body.notes.map((n: { id: string }) => n.id)).toEqual([
        w.noteId,
      ]);
    },
  },
});
