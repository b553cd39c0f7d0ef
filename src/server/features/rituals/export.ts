import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { ritual, ritualFeeling, ritualOccurrence, ritualReminder } from './tables';

/** One's rituals, their times and how each felt (the partner's feeling only where it was shown). */
export const ritualsExport: ExportPiece = {
  room: 'rituals',
  tables: [ritual, ritualOccurrence, ritualFeeling, ritualReminder],
  collect: ({ db, personId, spaceId }) => store.listForExport(db, personId, spaceId),
};
