import { expect } from 'vitest';
import { caller, room } from '../../testing/access';

/** An appreciation is between the two; only its reader marks it read, only its writer deletes it. */
export const appreciationsAccess = room({
  seed: async ({ alex }) => {
    const appreciation = (await alex.post('/api/appreciations', { text: 'Alex’s thanks' })).body;
    await alex.post('/api/gestures', { kind: 'hug', isForPartner: true });
    await alex.post('/api/wins', { text: 'Alex’s win' });
    return { appreciationId: appreciation.id as string };
  },
  params: { appreciationId: '00000000-0000-4000-8000-000000000006' },
  rows: {
    'GET /api/appreciations': async (w, as) => {
      const list = (await caller(w, as).get('/api/appreciations')).body;
      const seen = JSON.stringify(list);
      expect(seen.includes('Alex’s thanks')).toBe(as === 'partner');
      expect(list.gestures.some((g: { kind: string }) => g.kind === 'hug')).toBe(as === 'partner');
    },
    'POST /api/appreciations': async (w, as) => {
      await caller(w, as).post('/api/appreciations', { text: `From the ${as}` });
      const received = (await w.alex.get('/api/appreciations')).body.received;
      expect(received.some((n: { text: string }) => n.text === `From the ${as}`)).toBe(as === 'partner');
    },
    'POST /api/appreciations/:appreciationId/read': async (w, as) => {
      const reply = await caller(w, as).post(`/api/appreciations/${w.appreciationId}/read`);
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'DELETE /api/appreciations/:appreciationId': async (w, as) => {
      const reply = await caller(w, as).delete(`/api/appreciations/${w.appreciationId}`);
      expect(reply.status).toBe(as === 'partner' ? 403 : 404);
      const sent = (await w.alex.get('/api/appreciations')).body.sent;
      expect(sent.some((n: { id: string }) => n.id === w.appreciationId)).toBe(true);
    },
    'POST /api/gestures': async (w, as) => {
      await caller(w, as).post('/api/gestures', {
        kind: 'custom',
        text: `Gesture by the ${as}`,
        isForPartner: true,
      });
      const seen = JSON.stringify((await w.alex.get('/api/appreciations')).body.gestures);
      expect(seen.includes(`Gesture by the ${as}`)).toBe(as === 'partner');
    },
    'GET /api/wins': async (w, as) => {
      const wins = JSON.stringify((await caller(w, as).get('/api/wins')).body);
      expect(wins.includes('Alex’s win')).toBe(as === 'partner');
    },
    'POST /api/wins': async (w, as) => {
      await caller(w, as).post('/api/wins', { text: `Win by the ${as}` });
      const wins = JSON.stringify((await w.alex.get('/api/wins')).body);
      expect(wins.includes(`Win by the ${as}`)).toBe(as === 'partner');
    },
  },
});
