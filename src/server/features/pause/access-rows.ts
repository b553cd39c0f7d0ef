import { expect } from 'vitest';
import { caller, room } from '../../testing/access';

/** A pause is the space's: the partner sees it at once; only the one who asked changes it. */
export const pauseAccess = room({
  seed: async ({ alex }) => ({
    pauseId: (await alex.post('/api/pause', { minutes: 30 })).body.pause.id as string,
  }),
  params: { pauseId: '00000000-0000-4000-8000-000000000003' },
  rows: {
    'GET /api/pause': async (w, as) => {
      const pause = (await caller(w, as).get('/api/pause')).body.pause;
      if (as === 'partner') expect(pause.id).toBe(w.pauseId);
      else expect(pause?.id).not.toBe(w.pauseId);
    },
    'POST /api/pause': async (w, as) => {
      const pause = (await caller(w, as).post('/api/pause', { minutes: 5 })).body.pause;
      expect(pause.id === w.pauseId).toBe(as === 'partner');
    },
    'POST /api/pause/:pauseId/extend': async (w, as) => {
      const reply = await caller(w, as).post(`/api/pause/${w.pauseId}/extend`, { minutes: 5 });
      expect(reply.status).toBe(as === 'partner' ? 403 : 404);
    },
    'POST /api/pause/:pauseId/end': async (w, as) => {
      expect((await caller(w, as).post(`/api/pause/${w.pauseId}/end`)).status).toBe(
        as === 'partner' ? 403 : 404,
      );
    },
    'POST /api/pause/:pauseId/return': async (w, as) => {
      const reply = await caller(w, as).post(`/api/pause/${w.pauseId}/return`);
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
      expect((await w.alex.get('/api/pause')).body.pause.id).toBe(w.pauseId);
    },
  },
});
