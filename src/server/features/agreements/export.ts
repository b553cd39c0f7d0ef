import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { agreement, agreementVersion, personalNeed } from './tables';

/** The space's agreements with every version, and one's own personal needs. */
export const agreementsExport: ExportPiece = {
  room: 'agreements',
  tables: [agreement, agreementVersion, personalNeed],
  async collect({ db, personId, spaceId }) {
    const agreements = spaceId ? await store.listAgreements(db, spaceId) : [];
    const versions = await store.listVersions(
      db,
      agreements.map((a) => a.id),
    );
    return {
      agreements: agreements.map((a) => ({ ...a, versions: versions.filter((v) => v.agreementId === a.id) })),
      personalNeeds: await store.listOwnNeeds(db, personId),
    };
  },
};
