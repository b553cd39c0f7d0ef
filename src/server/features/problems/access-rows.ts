import { expect } from 'vitest';
import { caller, room } from '../../testing/access';
import type { Client } from '../../testing/client';

async function start(alex: Client, sam: Client, challenge: string, idea: string) {
  const id = (await alex.post('/api/problems', { challenge })).body.id as string;
  await alex.post(`/api/problems/${id}/ideas`, { text: idea });
  return {
    id,
    done: async () => [
      await alex.post(`/api/problems/${id}/done`, {}),
      await sam.post(`/api/problems/${id}/done`, {}),
    ],
  };
}

/**
 * A problem belongs to the two partners of its space: the partner works on it as fully as Alex,
 * a member of another space gets "not found" and changes nothing.
 */
export const problemsAccess = room({
  seed: async ({ alex, sam }) => {
    const brainstorm = await start(alex, sam, 'Alex’s shared challenge', 'Alex’s idea');
    const choosing = await start(alex, sam, 'A challenge to choose in', 'An idea to try');
    await choosing.done();
    const ideaId = ((await alex.get(`/api/problems/${choosing.id}`)).body.ideas as Array<{ id: string }>)[0]
      ?.id;
    const today = new Date(`${(await alex.get('/api/problems')).body.today}T12:00:00Z`);
    const endsOn = new Date(today.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    return { problemId: brainstorm.id, choosingId: choosing.id, ideaId: ideaId ?? '', endsOn };
  },
  params: { problemId: '00000000-0000-4000-8000-000000000009' },
  rows: {
    'GET /api/problems': async (w, as) => {
      const seen = JSON.stringify((await caller(w, as).get('/api/problems')).body);
      expect(seen.includes('Alex’s shared challenge')).toBe(as === 'partner');
    },
    'POST /api/problems': async (w, as) => {
      await caller(w, as).post('/api/problems', { challenge: `Named by the ${as}` });
      const seen = JSON.stringify((await w.alex.get('/api/problems')).body);
      expect(seen.includes(`Named by the ${as}`)).toBe(as === 'partner');
    },
    'GET /api/problems/:problemId': async (w, as) => {
      expect((await caller(w, as).get(`/api/problems/${w.problemId}`)).status).toBe(
        as === 'partner' ? 200 : 404,
      );
    },
    'POST /api/problems/:problemId/ideas': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.problemId}/ideas`, {
        text: `Idea of the ${as}`,
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const seen = JSON.stringify((await w.alex.get(`/api/problems/${w.problemId}`)).body);
      expect(seen.includes(`Idea of the ${as}`)).toBe(as === 'partner');
    },
    'POST /api/problems/:problemId/done': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.problemId}/done`, {});
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/problems/:problemId/brainstorm': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.choosingId}/brainstorm`, {});
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      // Back to choosing, for the probes that follow.
      if (as === 'partner') {
        await w.alex.post(`/api/problems/${w.choosingId}/done`, {});
        await w.sam.post(`/api/problems/${w.choosingId}/done`, {});
      }
    },
    'POST /api/problems/:problemId/experiment': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.choosingId}/experiment`, {
        ideaId: w.ideaId,
        endsOn: w.endsOn,
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/problems/:problemId/experiment/end': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.choosingId}/experiment/end`, {});
      // The stranger first, then the partner: the partner ends the trial the stranger could not touch.
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/problems/:problemId/experiment/rating': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.choosingId}/experiment/rating`, {
        helped: 'yes',
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/problems/:problemId/experiment/drop': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.problemId}/experiment/drop`, {});
      // Nothing is being tried there: the partner is told so, a stranger learns nothing.
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    },
    'POST /api/problems/:problemId/experiment/adopt': async (w, as) => {
      const reply = await caller(w, as).post(`/api/problems/${w.choosingId}/experiment/adopt`, {
        as: 'kept',
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const phase = (await w.alex.get(`/api/problems/${w.choosingId}`)).body.phase;
      expect(phase === 'adopted').toBe(as === 'partner');
    },
  },
});
