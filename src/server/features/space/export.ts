import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { invite, space, spaceMember } from './tables';

/** The space one is in, who shares it, and the invitations one made (never their secrets). */
export const spaceExport: ExportPiece = {
  room: 'space',
  tables: [space, spaceMember, invite],
  async collect({ db, personId, spaceId }) {
    return {
      space: spaceId ? { id: spaceId, members: await store.listMembers(db, spaceId) } : null,
      invitations: await store.listInvitesBy(db, personId),
    };
  },
};
