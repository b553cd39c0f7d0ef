import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { pause } from './tables';

/** Pauses one asked for and those of the space: the partner saw them as they happened. */
export const pauseExport: ExportPiece = {
  room: 'pauses',
  tables: [pause],
  async collect({ db, personId, spaceId }) {
    return { pauses: await store.listPausesOf(db, personId, spaceId) };
  },
};
