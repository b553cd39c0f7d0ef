import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { experiment, experimentRating, problem, problemIdea } from './tables';

/** The space's shared challenges, their ideas and experiments, and the ratings one has seen. */
export const problemsExport: ExportPiece = {
  room: 'problems',
  tables: [problem, problemIdea, experiment, experimentRating],
  async collect({ db, spaceId, personId }) {
    return spaceId ? store.listForExport(db, spaceId, personId) : {};
  },
};
