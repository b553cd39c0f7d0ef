import type { Db } from '../../platform/db/database';
import * as store from './store';

/** What leaves with a deleted account here: rituals kept alone (shared ones stay with the partner). */
export const eraseRitualsKeptAlone = (tx: Db, personId: string) => store.deleteKeptAloneBy(tx, personId);
