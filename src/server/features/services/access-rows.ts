import { expect } from 'vitest';
import { caller, room } from '../../testing/access';
import { signUp } from '../../testing/client';
import { harbour } from './fixtures';
import { createServicesDirectory } from './service';

/**
 * The directory is the instance's: everyone signed in searches it; only an operator changes it.
 * Morgan runs this instance and keeps one entry in it; neither the partner nor a stranger is an operator.
 */
export const servicesAccess = room({
  seed: async ({ app }) => {
    const morgan = await signUp(app.http, 'Morgan');
    await createServicesDirectory(app.platform).grant(morgan.email);
    const entry = (await morgan.client.post('/api/services', harbour)).body;
    return { operator: morgan.client, serviceId: entry.id as string };
  },
  params: { serviceId: '00000000-0000-4000-8000-000000000007' },
  rows: {
    'POST /api/services/search': async (w, as) => {
      const found = (await caller(w, as).post('/api/services/search', { area: 'Leeds' })).body;
      expect(found.services.map((s: { id: string }) => s.id)).toEqual([w.serviceId]);
    },
    'GET /api/operator': async (w, as) => {
      expect((await caller(w, as).get('/api/operator')).body).toEqual({ isOperator: false });
      expect((await w.operator.get('/api/operator')).body).toEqual({ isOperator: true });
    },
    'POST /api/services': async (w, as) => {
      const reply = await caller(w, as).post('/api/services', { ...harbour, name: `Added by the ${as}` });
      expect(reply.status).toBe(403);
      const all = JSON.stringify((await w.operator.post('/api/services/search', {})).body);
      expect(all).not.toContain(`Added by the ${as}`);
    },
    'PUT /api/services/:serviceId': async (w, as) => {
      const url = `/api/services/${w.serviceId}`;
      expect((await caller(w, as).put(url, { ...harbour, notes: `Changed by the ${as}` })).status).toBe(403);
      expect((await w.operator.put(url, { ...harbour, notes: 'Changed by the operator' })).status).toBe(200);
    },
    'DELETE /api/services/:serviceId': async (w, as) => {
      expect((await caller(w, as).delete(`/api/services/${w.serviceId}`)).status).toBe(403);
      const found = (await w.operator.post('/api/services/search', {})).body.services;
      expect(found.map((s: { id: string }) => s.id)).toContain(w.serviceId);
    },
  },
});
