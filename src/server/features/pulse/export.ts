import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { pulse, pulseCadence, pulseSetting } from './tables';

/** One's own check-ins with their notes and answers, one's settings, and the space's cadence. */
export const pulseExport: ExportPiece = {
  room: 'pulse',
  tables: [pulse, pulseSetting, pulseCadence],
  async collect({ db, personId, spaceId }) {
    return {
      checkIns: await store.listOwnPulses(db, personId),
      settings: await store.findSetting(db, personId),
      cadence: spaceId ? await store.findCadence(db, spaceId) : null,
    };
  },
};
