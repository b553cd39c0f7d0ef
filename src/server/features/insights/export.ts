import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { insightsDistance } from './tables';

/** Insights are computed, not kept; what is kept is when the support suggestion was shown and set aside. */
export const insightsExport: ExportPiece = {
  room: 'insights',
  tables: [insightsDistance],
  async collect({ db, personId }) {
    return { supportSuggestion: await store.findDistanceFor(db, personId) };
  },
};
