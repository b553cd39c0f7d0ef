import { expect } from 'vitest';
import { caller, room } from '../../testing/access';
import { names } from '../space/access-rows';

export const homeAccess = room({
  rows: {
    'GET /api/home': async (w, as) => {
      const space = (await caller(w, as).get('/api/home')).body.space;
      if (as === 'partner') expect(names(space)).toEqual(['Alex', 'Sam']);
      else expect(names(space)).not.toContain('Alex');
    },
  },
});
