import { expect } from 'vitest';
import { caller, room } from '../../testing/access';

/**
 * Goals, agenda, notes, decisions, schedule and the parenting plan are the space's: the partner
 * reads and changes them, a member of another space finds nothing and changes nothing.
 */
export const meetingsAccess = room({
  seed: async ({ alex }) => {
    const goal = await alex.post('/api/meetings/money/goals', { wording: 'Alex’s goal: a rainy-day fund' });
    const item = await alex.post('/api/meetings/money/agenda', { wording: 'Alex’s item: the car' });
    const spare = await alex.post('/api/meetings/money/agenda', { wording: 'Alex’s item: the holiday' });
    const heldAgenda = await alex.post('/api/meetings/parenting/agenda', { wording: 'Alex’s item: school' });
    const meeting = await alex.post('/api/meetings/parenting/start', { mode: 'in_person' });
    const decision = await alex.post(`/api/held-meetings/${meeting.body.id}/decisions`, {
      wording: 'Alex’s decision: one screen-free evening',
    });
    const row = await alex.post('/api/parenting-plan/rows', {
      task: 'Alex’s routine',
      who: 'me',
      when: 'mornings',
    });
    await alex.put('/api/meetings/money/schedule', {
      rule: 'FREQ=WEEKLY;BYDAY=SU',
      startDay: '2026-03-08',
      time: '19:00',
    });
    if (!meeting.body.id || !heldAgenda.body.id)
      throw new Error(`meetings seed failed: ${JSON.stringify(meeting.body)}`);
    return {
      goalId: goal.body.id as string,
      itemId: item.body.id as string,
      spareItemId: spare.body.id as string,
      meetingId: meeting.body.id as string,
      decisionId: decision.body.id as string,
      rowId: row.body.id as string,
    };
  },
  params: {
    topic: 'money',
    goalId: '00000000-0000-4000-8000-000000000031',
    itemId: '00000000-0000-4000-8000-000000000032',
    meetingId: '00000000-0000-4000-8000-000000000033',
    decisionId: '00000000-0000-4000-8000-000000000034',
    rowId: '00000000-0000-4000-8000-000000000035',
  },
  rows: {
    'GET /api/meetings/:topic': async (w, as) => {
      const money = JSON.stringify((await caller(w, as).get('/api/meetings/money')).body);
      expect(money.includes('Alex’s goal')).toBe(as === 'partner');
      expect(money.includes('Alex’s item: the car')).toBe(as === 'partner');
      const parenting = JSON.stringify((await caller(w, as).get('/api/meetings/parenting')).body);
      expect(parenting.includes('Alex’s decision')).toBe(as === 'partner');
    },
    'GET /api/meetings-due': async (w, as) => {
      const reply = await caller(w, as).get('/api/meetings-due');
      expect(reply.status).toBe(200);
      expect(reply.body.isPlanReviewDue).toBe(false);
    },
    'POST /api/meetings/:topic/goals': async (w, as) => {
      await caller(w, as).post('/api/meetings/money/goals', { wording: `Goal of the ${as}` });
      const seen = JSON.stringify((await w.alex.get('/api/meetings/money')).body.goals);
      expect(seen.includes(`Goal of the ${as}`)).toBe(as === 'partner');
    },
    'PATCH /api/meeting-goals/:goalId': async (w, as) => {
      const reply = await caller(w, as).patch(`/api/meeting-goals/${w.goalId}`, {
        wording: `Alex’s goal: by ${as}`,
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const seen = JSON.stringify((await w.alex.get('/api/meetings/money')).body.goals);
      expect(seen.includes('by stranger')).toBe(false);
    },
    'DELETE /api/meeting-goals/:goalId': async (w, as) => {
      const reply = await caller(w, as).delete(`/api/meeting-goals/${w.goalId}`);
      expect(reply.status).toBe(as === 'partner' ? 204 : 404);
      const goals = (await w.alex.get('/api/meetings/money')).body.goals as Array<{ id: string }>;
      expect(goals.some((g) => g.id === w.goalId)).toBe(as !== 'partner');
    },
    'POST /api/meetings/:topic/agenda': async (w, as) => {
      await caller(w, as).post('/api/meetings/money/agenda', { wording: `Item of the ${as}` });
      const seen = JSON.stringify((await w.alex.get('/api/meetings/money')).body.agenda);
      expect(seen.includes(`Item of the ${as}`)).toBe(as === 'partner');
    },
    'PUT /api/meetings/:topic/agenda': async (w, as) => {
      const before = (await w.alex.get('/api/meetings/money')).body.agenda as Array<{ id: string }>;
      const reversed = before.map((i) => i.id).reverse();
      const reply = await caller(w, as).put('/api/meetings/money/agenda', { itemIds: reversed });
      // A stranger's own (empty) agenda does not hold Alex's items.
      expect(reply.status).toBe(as === 'partner' ? 200 : 409);
      const after = (await w.alex.get('/api/meetings/money')).body.agenda as Array<{ id: string }>;
      expect(after.map((i) => i.id)).toEqual(as === 'partner' ? reversed : before.map((i) => i.id));
    },
    'PATCH /api/agenda-items/:itemId': async (w, as) => {
      const reply = await caller(w, as).patch(`/api/agenda-items/${w.itemId}`, {
        wording: `Alex’s item: by ${as}`,
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'DELETE /api/agenda-items/:itemId': async (w, as) => {
      const reply = await caller(w, as).delete(`/api/agenda-items/${w.spareItemId}`);
      expect(reply.status).toBe(as === 'partner' ? 204 : 404);
    },
    'POST /api/meetings/:topic/start': async (w, as) => {
      const reply = await caller(w, as).post('/api/meetings/money/start', { mode: 'remote' });
      // The partner starts one (or is told the space is on a pause); a stranger alone has no one to invite.
      if (as === 'partner') expect([201, 409]).toContain(reply.status);
      else expect(reply.body.error.code).toBe('NO_PARTNER');
    },
    'PUT /api/held-meetings/:meetingId/notes': async (w, as) => {
      const reply = await caller(w, as).put(`/api/held-meetings/${w.meetingId}/notes`, {
        text: `Notes by the ${as}`,
        basedOn: 0,
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const seen = JSON.stringify((await w.alex.get('/api/meetings/parenting')).body.meetings);
      expect(seen.includes('Notes by the stranger')).toBe(false);
    },
    'POST /api/held-meetings/:meetingId/decisions': async (w, as) => {
      const reply = await caller(w, as).post(`/api/held-meetings/${w.meetingId}/decisions`, {
        wording: `Decision of the ${as}`,
      });
      expect(reply.status).toBe(as === 'partner' ? 201 : 404);
    },
    'POST /api/meeting-decisions/:decisionId/agreement': async (w, as) => {
      const reply = await caller(w, as).post(`/api/meeting-decisions/${w.decisionId}/agreement`);
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      const ledger = JSON.stringify((await w.alex.get('/api/agreements')).body);
      expect(ledger.includes('Alex’s decision')).toBe(as === 'partner');
    },
    'PUT /api/meetings/:topic/schedule': async (w, as) => {
      await caller(w, as).put('/api/meetings/parenting/schedule', {
        rule: 'FREQ=WEEKLY;BYDAY=SA',
        startDay: '2026-03-07',
        time: '10:00',
      });
      const schedule = (await w.alex.get('/api/meetings/parenting')).body.schedule;
      expect(schedule === null).toBe(as !== 'partner');
    },
    'POST /api/meetings/:topic/schedule/accept': async (w, as) => {
      const reply = await caller(w, as).post('/api/meetings/money/schedule/accept');
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
      expect((await w.alex.get('/api/meetings/money')).body.schedule.isAccepted).toBe(as === 'partner');
    },
    'DELETE /api/meetings/:topic/schedule': async (w, as) => {
      await caller(w, as).delete('/api/meetings/money/schedule');
      const schedule = (await w.alex.get('/api/meetings/money')).body.schedule;
      expect(schedule === null).toBe(as === 'partner');
    },
    'GET /api/parenting-plan': async (w, as) => {
      const seen = JSON.stringify((await caller(w, as).get('/api/parenting-plan')).body);
      expect(seen.includes('Alex’s routine')).toBe(as === 'partner');
    },
    'POST /api/parenting-plan/rows': async (w, as) => {
      await caller(w, as).post('/api/parenting-plan/rows', {
        task: `Routine of the ${as}`,
        who: 'both',
        when: 'Sundays',
      });
      const seen = JSON.stringify((await w.alex.get('/api/parenting-plan')).body);
      expect(seen.includes(`Routine of the ${as}`)).toBe(as === 'partner');
    },
    'PUT /api/parenting-plan/rows/:rowId': async (w, as) => {
      const reply = await caller(w, as).put(`/api/parenting-plan/rows/${w.rowId}`, {
        task: 'Alex’s routine',
        who: 'partner',
        when: `evenings, by ${as}`,
      });
      expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    },
    'DELETE /api/parenting-plan/rows/:rowId': async (w, as) => {
      const reply = await caller(w, as).delete(`/api/parenting-plan/rows/${w.rowId}`);
      expect(reply.status).toBe(as === 'partner' ? 204 : 404);
    },
    'POST /api/parenting-plan/keep': async (w, as) => {
      const before = (await w.alex.get('/api/parenting-plan')).body.reviewOn;
      const reply = await caller(w, as).post('/api/parenting-plan/keep', { reviewOn: '2026-12-01' });
      expect(reply.status).toBe(200);
      // The partner moves the space's review date; a stranger moves only their own plan's.
      const after = (await w.alex.get('/api/parenting-plan')).body.reviewOn;
      expect(after).toBe(as === 'partner' ? '2026-12-01' : before);
    },
  },
});
