import { expect } from 'vitest';
import { caller, FIRST_DAY, keepsAlexWords, room } from '../../testing/access';

/**
 * Alex's check-in carries a private note and the stressor "kids", which nobody else marks. Sam
 * sees Alex only as the shared numbers; a stranger sees nothing of Alex at all.
 */
export const insightsAccess = room({
  seed: async ({ alex }) => {
    await alex.put(`/api/pulse/days/${FIRST_DAY}`, {
      closeness: 4,
      energy: 3,
      stressors: ['work', 'kids'],
      note: 'Alex’s private note',
      isNoteShared: false,
      answer: 'Alex’s private answer',
      isAnswerShared: false,
    });
    return {};
  },
  rows: {
    'GET /api/insights': async (w, as) => {
      const reply = await caller(w, as).get('/api/insights');
      expect(reply.status).toBe(200);
      keepsAlexWords(reply.body);
      expect(JSON.stringify(reply.body)).not.toContain('kids');
      if (as === 'partner') {
        expect(reply.body.partnerName).toBe('Alex');
        expect(reply.body.partnerTrend).toContainEqual({ day: FIRST_DAY, closeness: 4, energy: 3, count: 1 });
      } else expect(reply.body.partnerTrend).toBeNull();
    },
    'GET /api/insights/summary': async (w, as) => {
      const reply = await caller(w, as).get('/api/insights/summary');
      expect(reply.status).toBe(200);
      keepsAlexWords(reply.body);
      expect(JSON.stringify(reply.body)).not.toContain('kids');
    },
    'POST /api/insights/distance/dismiss': async (w, as) => {
      // It sets aside the caller's own suggestion and answers with the caller's own insights.
      const reply = await caller(w, as).post('/api/insights/distance/dismiss', {});
      expect(reply.status).toBe(200);
      keepsAlexWords(reply.body);
      expect(JSON.stringify(reply.body)).not.toContain('kids');
      expect(reply.body.distance).toBeNull();
    },
  },
});
