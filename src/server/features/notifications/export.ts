import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { notification, notificationPreference, pushSubscription, quietHours } from './tables';

/** One's notifications, channel choices, quiet hours, and the devices that receive push. */
export const notificationsExport: ExportPiece = {
  room: 'notifications',
  tables: [notification, notificationPreference, quietHours, pushSubscription],
  collect: ({ db, personId }) => store.listNotificationsOf(db, personId),
};
