import { expect } from 'vitest';
import { caller, room } from '../../testing/access';
import type { Client } from '../../testing/client';

const SCRIPT = { apology: 'Alex’s private apology', understanding: '', plan: '' };

/**
 * A draft is Alex's alone; a sent repair is between the two and answered only by the one it is
 * for. A conversation after a fight belongs to the two who are in it.
 */
export const repairAccess = room({
  seed: async ({ alex, sam }) => {
    const planned = await finished(alex, sam);
    const draft = (await alex.post('/api/repairs', SCRIPT)).body;
    const sent = (await alex.post('/api/repairs', { ...SCRIPT, apology: 'Alex’s sent apology' })).body;
    await alex.post(`/api/repairs/${sent.id}/send`);
    const fight = (await alex.post('/api/after-fights')).body;
    await sam.post(`/api/after-fights/${fight.id}/join`);
    await alex.post(`/api/after-fights/${fight.id}/steps/feelings`, { feelings: ['tired'] });
    return {
      draftId: draft.id as string,
      sentId: sent.id as string,
      afterFightId: fight.id as string,
      plannedId: planned.id,
      planId: planned.planId,
    };
  },
  privateIds: (w) => [w.draftId],
  params: {
    repairId: '00000000-0000-4000-8000-000000000007',
    afterFightId: '00000000-0000-4000-8000-000000000008',
    step: 'feelings',
    entryId: '00000000-0000-4000-8000-000000000010',
  },
  rows: {
    'GET /api/repair': async (w, as) => {
      const seen = JSON.stringify((await caller(w, as).get('/api/repair')).body);
      expect(seen).not.toContain('Alex’s private');
      expect(seen.includes('Alex’s sent apology')).toBe(as === 'partner');
      expect(seen.includes(w.afterFightId)).toBe(as === 'partner');
    },
    'POST /api/repairs': async (w, as) => {
      await caller(w, as).post('/api/repairs', { ...SCRIPT, apology: `Draft by the ${as}` });
      const seen = JSON.stringify((await w.alex.get('/api/repair')).body);
      expect(seen).not.toContain(`Draft by the ${as}`);
    },
    'GET /api/repairs/:repairId': async (w, as) => {
      expect((await caller(w, as).get(`/api/repairs/${w.draftId}`)).status).toBe(404);
      expect((await caller(w, as).get(`/api/repairs/${w.sentId}`)).status).toBe(as === 'partner' ? 200 : 404);
    },
    'PUT /api/repairs/:repairId': async (w, as) => {
      const change = { ...SCRIPT, apology: 'Changed' };
      expect((await caller(w, as).put(`/api/repairs/${w.draftId}`, change)).status).toBe(404);
      const sent = await caller(w, as).put(`/api/repairs/${w.sentId}`, change);
      expect(sent.status).toBe(as === 'partner' ? 403 : 404);
      expect((await w.alex.get(`/api/repairs/${w.draftId}`)).body.apology).toBe(SCRIPT.apology);
    },
    'DELETE /api/repairs/:repairId': async (w, as) => {
      expect((await caller(w, as).delete(`/api/repairs/${w.draftId}`)).status).toBe(404);
      expect((await w.alex.get(`/api/repairs/${w.draftId}`)).status).toBe(200);
    },
    'POST /api/repairs/:repairId/send': async (w, as) => {
      expect((await caller(w, as).post(`/api/repairs/${w.draftId}/send`)).status).toBe(404);
      expect((await w.alex.get(`/api/repairs/${w.draftId}`)).body.status).toBe('draft');
    },
    'POST /api/repairs/:repairId/answer': async (w, as) => {
      expect((await caller(w, as).post(`/api/repairs/${w.draftId}/answer`, { answer: 'time' })).status).toBe(
        404,
      );
      const reply = await caller(w, as).post(`/api/repairs/${w.sentId}/answer`, { answer: 'time' });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      expect((await w.alex.get(`/api/repairs/${w.sentId}`)).body.status).toBe(
        as === 'partner' ? 'time' : 'sent',
      );
    },
    'POST /api/after-fights': async (w, as) => {
      // Alex and Sam have one going, so the partner is sent back to it; a stranger has no partner.
      const reply = await caller(w, as).post('/api/after-fights');
      expect(reply.status).toBe(409);
      expect(reply.body.error.code).toBe(as === 'partner' ? 'AFTER_FIGHT_OPEN' : 'NO_PARTNER');
    },
    'GET /api/after-fights/:afterFightId': async (w, as) => {
      const reply = await caller(w, as).get(`/api/after-fights/${w.afterFightId}`);
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      // Alex's feelings stay hidden from Sam until Sam has named theirs.
      if (as === 'partner') expect(reply.body.entries).toEqual([]);
    },
    'POST /api/after-fights/:afterFightId/join': async (w, as) => {
      const reply = await caller(w, as).post(`/api/after-fights/${w.afterFightId}/join`);
      expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    },
    'POST /api/after-fights/:afterFightId/steps/:step': async (w, as) => {
      const reply = await caller(w, as).post(`/api/after-fights/${w.afterFightId}/steps/feelings`, {
        feelings: ['calmer'],
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/after-fights/:afterFightId/stop': async (w, as) => {
      const reply = await caller(w, as).post(`/api/after-fights/${w.afterFightId}/stop`);
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/after-fights/:afterFightId/plans/:entryId/agreement': async (w, as) => {
      const url = `/api/after-fights/${w.plannedId}/plans/${w.planId}/agreement`;
      const reply = await caller(w, as).post(url, { category: 'tone' });
      // Only the plan's author proposes it: the partner is told so, a stranger learns nothing.
      expect(reply.status).toBe(as === 'partner' ? 403 : 404);
      const plans = (await w.alex.get(`/api/after-fights/${w.plannedId}`)).body.entries;
      expect(plans.every((e: { agreementId: string | null }) => e.agreementId === null)).toBe(true);
    },
  },
});

/** A conversation Alex and Sam went through to the end, and the id of Alex's plan. */
async function finished(alex: Client, sam: Client) {
  const id = (await alex.post('/api/after-fights')).body.id as string;
  await sam.post(`/api/after-fights/${id}/join`);
  const step = (who: Client, name: string, body: object) =>
    who.post(`/api/after-fights/${id}/steps/${name}`, body);
  await step(alex, 'feelings', { feelings: ['tired'] });
  await step(sam, 'feelings', { feelings: ['tired'] });
  for (const name of ['account', 'triggers', 'ownPart']) {
    await step(alex, name, { text: `Alex at ${name}` });
    await step(sam, name, { text: `Sam at ${name}` });
  }
  await step(alex, 'plan', { text: 'Alex’s plan to change' });
  const done = (await step(sam, 'plan', { text: 'Sam’s plan' })).body;
  const plan = done.entries.find(
    (e: { step: string; by: { isYou: boolean } }) => e.step === 'plan' && !e.by.isYou,
  );
  return { id, planId: plan.id as string };
}
