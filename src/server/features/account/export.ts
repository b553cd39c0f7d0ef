import { describeDevice } from '../../../core/device';
import { authAccount, authSession, person } from '../../platform/auth/tables';
import type { ExportPiece } from './export/piece';
import * as store from './store';

/** The account itself and the devices signed in: no password hash, no session token. */
export const accountExport: ExportPiece = {
  room: 'account',
  tables: [person, authAccount, authSession],
  async collect({ db, personId }) {
    const sessions = await store.listSessions(db, personId);
    return {
      account: await store.findAccountForExport(db, personId),
      sessions: sessions.map((s) => ({
        device: describeDevice(s.userAgent),
        createdAt: s.createdAt,
        lastActiveAt: s.updatedAt,
        expiresAt: s.expiresAt,
      })),
    };
  },
};
