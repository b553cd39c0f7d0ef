import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { operator } from './tables';

/** Whether one looks after this instance's directory. */
export const servicesExport: ExportPiece = {
  room: 'operator',
  tables: [operator],
  async collect({ db, personId }) {
    return { isOperator: await store.isOperator(db, personId) };
  },
};
