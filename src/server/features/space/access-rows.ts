import { expect } from 'vitest';
import { caller, type People, room } from '../../testing/access';

export const names = (space: { members: Array<{ name: string }> } | null) =>
  (space?.members ?? []).map((m) => m.name);

const alexSpaceUnchanged = async (w: People) => {
  const space = (await w.alex.get('/api/space')).body;
  expect(space.id).toBe(w.spaceId);
  expect(names(space)).toContain('Alex');
};

/**
 * The space and its members are shared with the partner; nothing reaches a stranger. This room
 * comes last, because leaving changes the world.
 */
export const spaceAccess = room({
  seed: async ({ robin }) => ({ robinInviteId: (await robin.post('/api/space/invites')).body.id as string }),
  params: { inviteId: '00000000-0000-4000-8000-000000000000', token: 'x'.repeat(43) },
  rows: {
    'GET /api/invites/:token': 'public',
    'GET /api/space': async (w, as) => {
      const space = (await caller(w, as).get('/api/space')).body;
      if (as === 'partner') expect(space.id).toBe(w.spaceId);
      else expect(space.id).not.toBe(w.spaceId);
    },
    'POST /api/space': async (w, as) => {
      expect((await caller(w, as).post('/api/space')).status).toBe(409);
      await alexSpaceUnchanged(w);
    },
    'POST /api/space/invites': async (w, as) => {
      await caller(w, as).post('/api/space/invites');
      expect((await w.alex.get('/api/space')).body.pendingInvite).toBeNull();
    },
    'DELETE /api/space/invites/:inviteId': async (w, as) => {
      expect((await caller(w, as).delete(`/api/space/invites/${w.robinInviteId}`)).status).toBe(404);
      expect((await w.robin.get('/api/space')).body.pendingInvite?.id).toBe(w.robinInviteId);
    },
    'POST /api/space/join': async (w, as) => {
      // Without the token or code nobody gets in: a guessed code reaches no space.
      expect((await caller(w, as).post('/api/space/join', { code: 'ZZZZ-ZZZZ' })).status).toBe(404);
      await alexSpaceUnchanged(w);
    },
    'POST /api/space/leave': async (w, as) => {
      expect((await caller(w, as).post('/api/space/leave')).status).toBe(204);
      await alexSpaceUnchanged(w);
    },
  },
});
