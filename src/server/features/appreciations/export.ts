import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { appreciation, gesture, win } from './tables';

/** Appreciations sent and received, one's gestures, and the wins of the space. */
export const appreciationsExport: ExportPiece = {
  room: 'appreciations',
  tables: [appreciation, gesture, win],
  async collect({ db, personId, spaceId }) {
    const { notes, gestures, wins } = await store.listAppreciationsOf(db, personId, spaceId);
    return {
      sent: notes.filter((n) => n.personId === personId),
      received: notes.filter((n) => n.recipientId === personId),
      gestures,
      wins,
    };
  },
};
