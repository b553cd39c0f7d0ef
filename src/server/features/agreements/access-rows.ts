import { expect } from 'vitest';
import { caller, room } from '../../testing/access';

const propose = async (
  alex: { post(url: string, body: unknown): Promise<{ body: { id: string } }> },
  wording: string,
) => (await alex.post('/api/agreements', { category: 'time', wording })).body.id;

/**
 * Agreements are the space's: the partner reads and answers them, a stranger gets "not found".
 * Personal needs are their writer's: the partner sees one only when shared and never changes it.
 */
export const agreementsAccess = room({
  seed: async ({ alex, sam }) => {
    const activeId = await propose(alex, 'Alex’s agreement, held');
    await sam.post(`/api/agreements/${activeId}/accept`, { basedOn: 1 });
    const need = await alex.post('/api/needs', { wording: 'Alex’s shared need', isShared: true });
    const privateNeed = await alex.post('/api/needs', { wording: 'Alex’s private need', isShared: false });
    return {
      agreementId: await propose(alex, 'Alex’s agreement, waiting'),
      answerId: await propose(alex, 'Alex’s agreement, to answer'),
      discussId: await propose(alex, 'Alex’s agreement, to talk over'),
      activeId,
      needId: need.body.id as string,
      privateNeedId: privateNeed.body.id as string,
    };
  },
  privateIds: (w) => [w.privateNeedId],
  params: {
    agreementId: '00000000-0000-4000-8000-000000000007',
    needId: '00000000-0000-4000-8000-000000000008',
  },
  rows: {
    'GET /api/agreements': async (w, as) => {
      const seen = JSON.stringify((await caller(w, as).get('/api/agreements')).body);
      expect(seen.includes('Alex’s agreement, waiting')).toBe(as === 'partner');
      expect(seen.includes('Alex’s shared need')).toBe(as === 'partner');
      expect(seen).not.toContain('Alex’s private need');
    },
    'POST /api/agreements': async (w, as) => {
      await caller(w, as).post('/api/agreements', { category: 'other', wording: `Proposed by the ${as}` });
      const seen = JSON.stringify((await w.alex.get('/api/agreements')).body);
      expect(seen.includes(`Proposed by the ${as}`)).toBe(as === 'partner');
    },
    'GET /api/agreements/:agreementId': async (w, as) => {
      const reply = await caller(w, as).get(`/api/agreements/${w.agreementId}`);
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/agreements/:agreementId/versions': async (w, as) => {
      const reply = await caller(w, as).post(`/api/agreements/${w.agreementId}/versions`, {
        basedOn: 1,
        category: 'time',
        wording: `Changed by the ${as}`,
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const latest = (await w.alex.get(`/api/agreements/${w.agreementId}`)).body.latest;
      expect(latest).toBe(as === 'partner' ? 2 : 1);
    },
    'POST /api/agreements/:agreementId/accept': async (w, as) => {
      const reply = await caller(w, as).post(`/api/agreements/${w.answerId}/accept`, { basedOn: 1 });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const status = (await w.alex.get(`/api/agreements/${w.answerId}`)).body.status;
      expect(status).toBe(as === 'partner' ? 'active' : 'proposed');
    },
    'POST /api/agreements/:agreementId/discuss': async (w, as) => {
      const reply = await caller(w, as).post(`/api/agreements/${w.discussId}/discuss`, { basedOn: 1 });
      // The partner reaches it; while the space is on a pause the talk it asks for waits (409).
      if (as === 'partner') expect([200, 409]).toContain(reply.status);
      else expect(reply.status).toBe(404);
    },
    'POST /api/agreements/:agreementId/keep': async (w, as) => {
      const reply = await caller(w, as).post(`/api/agreements/${w.activeId}/keep`, { basedOn: 1 });
      // Not due for review yet: the partner is told so, a stranger learns nothing.
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    },
    'POST /api/agreements/:agreementId/retire': async (w, as) => {
      const reply = await caller(w, as).post(`/api/agreements/${w.activeId}/retire`, { basedOn: 1 });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const status = (await w.alex.get(`/api/agreements/${w.activeId}`)).body.status;
      expect(status).toBe(as === 'partner' ? 'retired' : 'active');
    },
    'POST /api/needs': async (w, as) => {
      await caller(w, as).post('/api/needs', { wording: `Need of the ${as}`, isShared: true });
      const seen = JSON.stringify((await w.alex.get('/api/agreements')).body.needs);
      expect(seen.includes(`Need of the ${as}`)).toBe(as === 'partner');
    },
    'PATCH /api/needs/:needId': async (w, as) => {
      const reply = await caller(w, as).patch(`/api/needs/${w.needId}`, { wording: 'Taken over' });
      expect(reply.status).toBe(as === 'partner' ? 403 : 404);
    },
    'DELETE /api/needs/:needId': async (w, as) => {
      const reply = await caller(w, as).delete(`/api/needs/${w.needId}`);
      expect(reply.status).toBe(as === 'partner' ? 403 : 404);
      expect(JSON.stringify((await w.alex.get('/api/agreements')).body.needs)).toContain(
        'Alex’s shared need',
      );
    },
  },
});
