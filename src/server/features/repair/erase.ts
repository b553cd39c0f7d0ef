import type { Db } from '../../platform/db/database';
import * as store from './store';

/** What leaves with a deleted account here: drafts never sent, and unanswered after-a-fight steps. */
export const eraseUnsharedRepairs = (tx: Db, personId: string) => store.deleteUnsharedOf(tx, personId);
