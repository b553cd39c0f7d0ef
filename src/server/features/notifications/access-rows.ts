import { expect } from 'vitest';
import { caller, type People, room } from '../../testing/access';

const alexPush = {
  endpoint: 'https://push.example.org/alex-browser',
  keys: { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) },
};
const alexNotifications = async (w: People) => (await w.alex.get('/api/notifications')).body;
const alexPreferences = async (w: People) => (await w.alex.get('/api/notifications/preferences')).body;

/** Alex's notifications, preferences and push subscriptions are Alex's alone. */
export const notificationsAccess = room({
  seed: async ({ app, alex }) => {
    const id = await app.notifications.notify((await alex.get('/api/me')).body.id, 'appreciation.received', {
      partnerName: 'Sam',
    });
    await alex.patch('/api/notifications/preferences', { quietHours: { start: '21:30', end: '06:30' } });
    await alex.post('/api/notifications/push', alexPush);
    return { alexNotificationId: id ?? '' };
  },
  privateIds: (w) => [w.alexNotificationId],
  params: { notificationId: '00000000-0000-4000-8000-000000000000', token: 'x'.repeat(43) },
  rows: {
    'GET /api/notifications': async (w, as) => {
      const ids = (await caller(w, as).get('/api/notifications')).body.items.map((n: { id: string }) => n.id);
      expect(ids).not.toContain(w.alexNotificationId);
    },
    'POST /api/notifications/read-all': async (w, as) => {
      await caller(w, as).post('/api/notifications/read-all');
      expect((await alexNotifications(w)).unread).toBe(1);
    },
    'POST /api/notifications/:notificationId/read': async (w, as) => {
      const reply = await caller(w, as).post(`/api/notifications/${w.alexNotificationId}/read`);
      expect(reply.status).toBe(404);
      expect((await alexNotifications(w)).unread).toBe(1);
    },
    'GET /api/notifications/preferences': async (w, as) => {
      expect((await caller(w, as).get('/api/notifications/preferences')).body.quietHours).toBeNull();
    },
    'PATCH /api/notifications/preferences': async (w, as) => {
      await caller(w, as).patch('/api/notifications/preferences', {
        quietHours: null,
        kinds: [{ kind: 'appreciation.received', inApp: false }],
      });
      const preferences = await alexPreferences(w);
      expect(preferences.quietHours).toEqual({ start: '21:30', end: '06:30' });
      expect(preferences.kinds.find((k: { kind: string }) => k.kind === 'appreciation.received').inApp).toBe(
        true,
      );
    },
    'GET /api/notifications/push': async (w, as) => {
      expect((await caller(w, as).get('/api/notifications/push')).body.subscriptions).toBe(0);
    },
    'POST /api/notifications/push': async (w, as) => {
      // Knowing Alex's endpoint without the browser's keys takes nothing from Alex.
      const keys = { p256dh: 'C'.repeat(87), auth: 'c'.repeat(22) };
      await caller(w, as).post('/api/notifications/push', { endpoint: alexPush.endpoint, keys });
      expect((await w.alex.get('/api/notifications/push')).body.subscriptions).toBe(1);
    },
    'POST /api/notifications/push/remove': async (w, as) => {
      await caller(w, as).post('/api/notifications/push/remove', { endpoint: alexPush.endpoint });
      expect((await w.alex.get('/api/notifications/push')).body.subscriptions).toBe(1);
    },
    'POST /api/unsubscribe/:token': 'public',
  },
});
