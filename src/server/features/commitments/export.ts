import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { commitment } from './tables';

/** One's own list, shared or not; what the partner shares stays theirs to export. */
export const commitmentsExport: ExportPiece = {
  room: 'commitments',
  tables: [commitment],
  async collect({ db, personId }) {
    return { commitments: await store.listOwn(db, personId) };
  },
};
