import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { journalEntry, sharedNote } from './tables';

/** One's own journal, and the notes shared in the space (the partner's too: both saw them). */
export const journalExport: ExportPiece = {
  room: 'journal',
  tables: [journalEntry, sharedNote],
  async collect({ db, personId, spaceId }) {
    const { entries, notes } = await store.listJournalOf(db, personId, spaceId);
    return { entries, sharedNotes: notes };
  },
};
