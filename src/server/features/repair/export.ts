import type { ExportPiece } from '../account/export/piece';
import { isShown } from './after-fight';
import * as store from './store';
import { afterFight, afterFightEntry, repair } from './tables';

/**
 * Repairs one wrote (drafts too) and those sent to one; the after-a-fight conversations one took
 * part in, with the partner's words only where one already saw them: the accounts, and any step
 * one answered too.
 */
export const repairExport: ExportPiece = {
  room: 'repair',
  tables: [repair, afterFight, afterFightEntry],
  async collect({ db, personId }) {
    const repairs = await store.listRepairsOf(db, personId);
    const fights = await store.listAfterFightsOf(db, personId);
    const entries = await store.listEntries(
      db,
      fights.map((f) => f.id),
    );
    return {
      written: repairs.filter((r) => r.personId === personId),
      received: repairs.filter((r) => r.personId !== personId),
      afterFights: fights.map((f) => {
        const own = entries.filter((e) => e.afterFightId === f.id);
        return { ...f, entries: own.filter((e) => isShown(e, own, personId)) };
      }),
    };
  },
};
