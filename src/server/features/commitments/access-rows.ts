import { expect } from 'vitest';
import { caller, room } from '../../testing/access';

type Listed = { id: string; text: string };
const alexList = async (w: { alex: { get(url: string): Promise<{ body: { mine: Listed[] } }> } }) =>
  (await w.alex.get('/api/commitments')).body.mine.map((c) => c.text).sort();

/**
 * A commitment is its person's: the partner sees one only while it is shared and never changes
 * it; a private one is as unknown to the partner as to a stranger.
 */
export const commitmentsAccess = room({
  seed: async ({ alex }) => {
    const shared = await alex.post('/api/commitments', {
      text: 'Alex’s shared promise',
      dueOn: null,
      isShared: true,
    });
    const secret = await alex.post('/api/commitments', {
      text: 'Alex’s private promise',
      dueOn: null,
      isShared: false,
    });
    return { commitmentId: shared.body.id as string, privateCommitmentId: secret.body.id as string };
  },
  privateIds: (w) => [w.privateCommitmentId],
  params: { commitmentId: '00000000-0000-4000-8000-000000000041' },
  rows: {
    'GET /api/commitments': async (w, as) => {
      const seen = JSON.stringify((await caller(w, as).get('/api/commitments')).body);
      expect(seen.includes('Alex’s shared promise')).toBe(as === 'partner');
      expect(seen).not.toContain('Alex’s private promise');
    },
    'POST /api/commitments': async (w, as) => {
      await caller(w, as).post('/api/commitments', { text: `From the ${as}`, dueOn: null, isShared: true });
      expect(await alexList(w)).not.toContain(`From the ${as}`);
    },
    'PATCH /api/commitments/:commitmentId': async (w, as) => {
      const shared = await caller(w, as).patch(`/api/commitments/${w.commitmentId}`, { status: 'done' });
      expect(shared.status).toBe(as === 'partner' ? 403 : 404);
      const secret = await caller(w, as).patch(`/api/commitments/${w.privateCommitmentId}`, {
        isShared: true,
      });
      expect(secret.status).toBe(404);
      expect(JSON.stringify(secret.body)).not.toContain('Alex’s private');
      const list = (await w.alex.get('/api/commitments')).body.mine as Array<Listed & { status: string }>;
      const seeded = list.filter((c) => [w.commitmentId, w.privateCommitmentId].includes(c.id));
      expect(seeded.map((c) => [c.text, c.status]).sort()).toEqual([
        ['Alex’s private promise', 'open'],
        ['Alex’s shared promise', 'open'],
      ]);
    },
    'DELETE /api/commitments/:commitmentId': async (w, as) => {
      const shared = await caller(w, as).delete(`/api/commitments/${w.commitmentId}`);
      expect(shared.status).toBe(as === 'partner' ? 403 : 404);
      expect((await caller(w, as).delete(`/api/commitments/${w.privateCommitmentId}`)).status).toBe(404);
      expect(await alexList(w)).toEqual(
        expect.arrayContaining(['Alex’s private promise', 'Alex’s shared promise']),
      );
    },
  },
});
