import { expect } from 'vitest';
import { caller, keepsAlexWords, type People, room } from '../../testing/access';

const stillSignedIn = async (w: People) => expect((await w.alex.get('/api/me')).status).toBe(200);

/** Alex's account and sessions are Alex's alone. */
export const accountAccess = room({
  seed: async ({ alex }) => ({
    alexSessionId: (await alex.get('/api/sessions')).body[0].id as string,
    alexEmail: (await alex.get('/api/me')).body.email as string,
  }),
  params: { sessionId: 'some-session' },
  rows: {
    'POST /api/account/sign-up': 'public',
    'POST /api/account/sign-in': 'public',
    'POST /api/account/sign-out': 'public',
    'POST /api/account/password-reset-request': 'public',
    'POST /api/account/password-reset': 'public',
    'GET /api/me': async (w, as) => {
      const me = (await caller(w, as).get('/api/me')).body;
      expect(me.name).not.toBe('Alex');
    },
    'PATCH /api/me': async (w, as) => {
      await caller(w, as).patch('/api/me', { timeZone: 'Asia/Tokyo' });
      expect((await w.alex.get('/api/me')).body.timeZone).toBe('Europe/Berlin');
    },
    'GET /api/sessions': async (w, as) => {
      const ids = (await caller(w, as).get('/api/sessions')).body.map((s: { id: string }) => s.id);
      expect(ids).not.toContain(w.alexSessionId);
    },
    'DELETE /api/sessions/:sessionId': async (w, as) => {
      expect((await caller(w, as).delete(`/api/sessions/${w.alexSessionId}`)).status).toBe(404);
      await stillSignedIn(w);
    },
    // The partner and a stranger download their own things, never Alex's private words.
    'GET /api/account/export': async (w, as) => {
      const reply = await caller(w, as).get('/api/account/export');
      expect(reply.status).toBe(200);
      expect(reply.body.account.account.email).not.toBe(w.alexEmail);
      keepsAlexWords(reply.body);
      expect(JSON.stringify(reply.body)).not.toContain(w.alexEmail);
    },
    'GET /api/account/export.ics': async (w, as) => {
      const reply = await caller(w, as).get('/api/account/export.ics');
      expect(reply.status).toBe(200);
      keepsAlexWords(reply.body);
    },
    // Nobody deletes Alex's account: a caller can only ever name their own, and only with its password.
    'POST /api/account/delete': async (w, as) => {
      expect((await caller(w, as).post('/api/account/delete', { password: 'Alex’s password?' })).status).toBe(
        403,
      );
      await stillSignedIn(w);
    },
    'POST /api/sessions/revoke-others': async (w, as) => {
      await caller(w, as).post('/api/sessions/revoke-others');
      await stillSignedIn(w);
    },
  },
});
