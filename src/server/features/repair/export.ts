import type { ExportPiece } from '../account/export/piece';
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
    const isShown = (e: (typeof entries)[number]) =>
      e.personId === personId ||
      e.step === 'account' ||
      entries.some((o) => o.afterFightId === e.afterFightId && o.step === e.step && o.personId === personId);
    return {
      written: repairs.filter((r) => r.personId === personId),
      received: repairs.filter((r) => r.personId !== personId),
      afterFights: fights.map((f) => ({
        ...f,
        entries: entries.filter((e) => e.afterFightId === f.id && isShown(e)),
      })),
    };
  },
};
