import { expect } from 'vitest';
import { caller, FIRST_DAY, keepsAlexWords, room } from '../../testing/access';
import type { Client } from '../../testing/client';

const custom = (title: string, isProposed: boolean, how = 'Side by side') => ({
  libraryId: null,
  title,
  how,
  minutes: 10,
  rule: 'FREQ=DAILY',
  time: '20:30',
  isProposed,
});
const pathOf = (url: string) => new URL(url).pathname;
const titlesOf = async (client: Client) =>
  ((await client.get('/api/rituals')).body.rituals as Array<{ title: string }>).map((r) => r.title);

/**
 * A ritual Alex keeps alone is Alex's alone; one proposed to Sam is Sam's to see and join, and
 * only Alex changes or ends it. Nothing reaches another space. A calendar address is its owner's.
 */
export const ritualsAccess = room({
  seed: async ({ alex }) => {
    const own = (
      await alex.post('/api/rituals', custom('Alex’s private ritual', false, 'Alex’s private how'))
    ).body;
    const shared = (await alex.post('/api/rituals', custom('Our shared walk', true))).body;
    const feed = (await alex.post('/api/rituals-feed')).body;
    return {
      ownRitualId: own.ritual.id as string,
      sharedRitualId: shared.ritual.id as string,
      alexFeed: pathOf(feed.url as string),
    };
  },
  privateIds: (w) => [w.ownRitualId],
  params: { ritualId: '00000000-0000-4000-8000-000000000007', feedToken: `${'a'.repeat(43)}.ics` },
  rows: {
    'GET /api/rituals': async (w, as) => {
      const list = (await caller(w, as).get('/api/rituals')).body;
      keepsAlexWords(list);
      expect(JSON.stringify(list).includes('Our shared walk')).toBe(as === 'partner');
    },
    'POST /api/rituals': async (w, as) => {
      const made = await caller(w, as).post('/api/rituals', custom(`Kept by the ${as}`, false));
      expect(made.status).toBe(201);
      expect(await titlesOf(w.alex)).not.toContain(`Kept by the ${as}`);
    },
    'GET /api/rituals/:ritualId': async (w, as) => {
      expect((await caller(w, as).get(`/api/rituals/${w.ownRitualId}`)).status).toBe(404);
      const shared = await caller(w, as).get(`/api/rituals/${w.sharedRitualId}`);
      expect(shared.status).toBe(as === 'partner' ? 200 : 404);
    },
    'PATCH /api/rituals/:ritualId': async (w, as) => {
      const who = caller(w, as);
      expect((await who.patch(`/api/rituals/${w.ownRitualId}`, { minutes: 5 })).status).toBe(404);
      const shared = await who.patch(`/api/rituals/${w.sharedRitualId}`, { minutes: 5 });
      expect(shared.status).toBe(as === 'partner' ? 403 : 404);
    },
    'DELETE /api/rituals/:ritualId': async (w, as) => {
      expect((await caller(w, as).delete(`/api/rituals/${w.ownRitualId}`)).status).toBe(404);
      const shared = await caller(w, as).delete(`/api/rituals/${w.sharedRitualId}`);
      expect(shared.status).toBe(as === 'partner' ? 403 : 404);
      expect(await titlesOf(w.alex)).toContain('Our shared walk');
    },
    'POST /api/rituals/:ritualId/answer': async (w, as) => {
      const who = caller(w, as);
      expect((await who.post(`/api/rituals/${w.ownRitualId}/answer`, { answer: 'join' })).status).toBe(404);
      const shared = await who.post(`/api/rituals/${w.sharedRitualId}/answer`, { answer: 'join' });
      expect(shared.status).toBe(as === 'partner' ? 200 : 404);
    },
    'PUT /api/rituals/:ritualId/occurrences/:day': async (w, as) => {
      const who = caller(w, as);
      const done = { status: 'done' };
      expect((await who.put(`/api/rituals/${w.ownRitualId}/occurrences/${FIRST_DAY}`, done)).status).toBe(
        404,
      );
      const shared = await who.put(`/api/rituals/${w.sharedRitualId}/occurrences/${FIRST_DAY}`, done);
      expect(shared.status).toBe(as === 'partner' ? 200 : 404);
    },
    'PUT /api/rituals/:ritualId/occurrences/:day/feeling': async (w, as) => {
      const who = caller(w, as);
      const path = (id: unknown) => `/api/rituals/${id}/occurrences/${FIRST_DAY}/feeling`;
      expect((await who.put(path(w.ownRitualId), { feeling: 4 })).status).toBe(404);
      const shared = await who.put(path(w.sharedRitualId), { feeling: 4 });
      expect(shared.status).toBe(as === 'partner' ? 200 : 404);
    },
    'PUT /api/rituals/:ritualId/reminder': async (w, as) => {
      const who = caller(w, as);
      expect((await who.put(`/api/rituals/${w.ownRitualId}/reminder`, { leadMinutes: 10 })).status).toBe(404);
      const shared = await who.put(`/api/rituals/${w.sharedRitualId}/reminder`, { leadMinutes: 10 });
      expect(shared.status).toBe(as === 'partner' ? 200 : 404);
    },
    'POST /api/rituals-feed': async (w, as) => {
      const feed = (await caller(w, as).post('/api/rituals-feed')).body;
      const calendar = (await caller(w, as).get(pathOf(feed.url))).body as string;
      expect(calendar).toContain('BEGIN:VCALENDAR');
      keepsAlexWords(calendar);
      expect(calendar.includes('Our shared walk')).toBe(as === 'partner');
    },
    'DELETE /api/rituals-feed': async (w, as) => {
      expect((await caller(w, as).delete('/api/rituals-feed')).status).toBe(204);
      expect((await caller(w, as).get(w.alexFeed)).status).toBe(200);
    },
    'GET /api/calendar/:feedToken': 'public',
  },
});
