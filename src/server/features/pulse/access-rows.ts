import { expect } from 'vitest';
import { caller, FIRST_DAY, keepsAlexWords, room } from '../../testing/access';
import type { Client } from '../../testing/client';

const alexPulse = {
  closeness: 4,
  energy: 3,
  stressors: ['work'],
  note: 'Alex’s private note',
  isNoteShared: false,
  answer: 'Alex’s private answer',
  isAnswerShared: false,
};
const pulseOf = async (client: Client) => (await client.get('/api/pulse')).body;

/** The numbers are the space's once both are in; the note and answer stay Alex's. */
export const pulseAccess = room({
  seed: async ({ alex }) => ({
    pulseId: (await alex.put(`/api/pulse/days/${FIRST_DAY}`, alexPulse)).body.mine.id as string,
  }),
  params: { day: FIRST_DAY },
  rows: {
    'GET /api/pulse': async (w, as) => {
      const today = await pulseOf(caller(w, as));
      keepsAlexWords(today);
      if (as === 'partner')
        expect(today.partner).toMatchObject({ name: 'Alex', hasCheckedIn: true, pulse: null });
      else expect(today.partner).toBeNull();
    },
    'PUT /api/pulse/days/:day': async (w, as) => {
      const mine = { ...alexPulse, closeness: 1, note: null, answer: null };
      const reply = await caller(w, as).put(`/api/pulse/days/${FIRST_DAY}`, mine);
      keepsAlexWords(reply.body);
      if (as === 'partner') {
        expect(reply.body.partner.pulse).toMatchObject({
          id: w.pulseId,
          closeness: 4,
          note: null,
          answer: null,
        });
      } else expect(reply.body.partner).toBeNull();
      expect((await pulseOf(w.alex)).mine).toMatchObject({ id: w.pulseId, closeness: 4 });
    },
    'PUT /api/pulse/cadence': async (w, as) => {
      await caller(w, as).put('/api/pulse/cadence', { kind: 'weekdays', weekdays: [2] });
      expect((await pulseOf(w.alex)).cadence.mine.kind).toBe('daily');
    },
    'POST /api/pulse/cadence/accept': async (w, as) => {
      // Nobody accepts a cadence on Alex's behalf: a proposal waits for the other one.
      expect((await caller(w, as).post('/api/pulse/cadence/accept')).status).toBe(409);
      expect((await pulseOf(w.alex)).cadence.agreed).toBeNull();
    },
    'PATCH /api/pulse/settings': async (w, as) => {
      await caller(w, as).patch('/api/pulse/settings', { sharesNumbers: false, reminderTime: '06:00' });
      expect((await pulseOf(w.alex)).settings).toEqual({ sharesNumbers: true, reminderTime: null });
    },
  },
});
