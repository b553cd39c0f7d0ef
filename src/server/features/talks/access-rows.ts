import { expect } from 'vitest';
import { caller, room } from '../../testing/access';

const newTalk = { topic: 'Our week', formatId: 'state-of-us', mode: 'remote', startsAt: null };

/** Talks belong to the space: the partner takes part, nobody else even learns they exist. */
export const talksAccess = room({
  seed: async ({ alex, sam }) => {
    const ended = (await alex.post('/api/talks', newTalk)).body;
    await alex.post(`/api/talks/${ended.id}/finish`);
    await alex.put(`/api/talks/${ended.id}/rating`, { feltHeard: 4 });
    const talk = (await alex.post('/api/talks', newTalk)).body;
    await sam.post(`/api/talks/${talk.id}/reply`, { answer: 'accept' });
    await alex.post(`/api/talks/${talk.id}/rules`);
    await sam.post(`/api/talks/${talk.id}/rules`);
    const turn = (await alex.post(`/api/talks/${talk.id}/turn-end`, { text: 'Alex’s words' })).body;
    return {
      talkId: talk.id as string,
      entryId: turn.entries[0].id as string,
      endedTalkId: ended.id as string,
    };
  },
  params: { talkId: '00000000-0000-4000-8000-000000000001', entryId: '00000000-0000-4000-8000-000000000002' },
  rows: {
    'GET /api/talks': async (w, as) => {
      const ids = (await caller(w, as).get('/api/talks')).body.talks?.map((t: { id: string }) => t.id) ?? [];
      expect(ids.includes(w.talkId)).toBe(as === 'partner');
    },
    'POST /api/talks': async (w, as) => {
      const reply = await caller(w, as).post('/api/talks', {
        topic: 'Theirs',
        formatId: 'check-in',
        mode: 'remote',
        startsAt: null,
      });
      // The partner reaches the shared space, which is on Alex's pause; a stranger only their own.
      expect(reply.body.error.code).toBe(as === 'partner' ? 'ON_PAUSE' : 'NO_PARTNER');
    },
    'GET /api/talks/:talkId': async (w, as) => {
      const talk = await caller(w, as).get(`/api/talks/${w.talkId}`);
      if (as === 'stranger') return expect(talk.status).toBe(404);
      expect(talk.body.entries[0].text).toBe('Alex’s words');
      expect((await w.sam.get(`/api/talks/${w.endedTalkId}`)).body.myRating).toBeNull();
    },
    'POST /api/talks/:talkId/reply': async (w, as) => {
      const reply = await caller(w, as).post(`/api/talks/${w.talkId}/reply`, { answer: 'decline' });
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    },
    'POST /api/talks/:talkId/rules': async (w, as) => {
      expect((await caller(w, as).post(`/api/talks/${w.talkId}/rules`)).status).toBe(
        as === 'partner' ? 409 : 404,
      );
    },
    'POST /api/talks/:talkId/turn-end': async (w, as) => {
      const reply = await caller(w, as).post(`/api/talks/${w.talkId}/turn-end`, {});
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    },
    'POST /api/talks/:talkId/reflection': async (w, as) => {
      const reply = await caller(w, as).post(`/api/talks/${w.talkId}/reflection`, { text: 'heard' });
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    },
    'POST /api/talks/:talkId/confirmation': async (w, as) => {
      const reply = await caller(w, as).post(`/api/talks/${w.talkId}/confirmation`, { answer: 'yes' });
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    },
    'PUT /api/talks/:talkId/rating': async (w, as) => {
      const reply = await caller(w, as).put(`/api/talks/${w.endedTalkId}/rating`, { feltHeard: 1 });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      expect((await w.alex.get(`/api/talks/${w.endedTalkId}`)).body.myRating).toBe(4);
    },
    'DELETE /api/talks/:talkId/entries/:entryId': async (w, as) => {
      const reply = await caller(w, as).delete(`/api/talks/${w.talkId}/entries/${w.entryId}`);
      expect(reply.status).toBe(as === 'partner' ? 403 : 404);
      expect((await w.alex.get(`/api/talks/${w.talkId}`)).body.entries[0].text).toBe('Alex’s words');
    },
    'POST /api/talks/:talkId/finish': async (w, as) => {
      const reply = await caller(w, as).post(`/api/talks/${w.talkId}/finish`);
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      expect((await w.alex.get(`/api/talks/${w.talkId}`)).body.phase === 'ended').toBe(as === 'partner');
    },
  },
});
