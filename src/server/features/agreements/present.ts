import { type AgreementState, isDue } from '../../../core/agreements/rules';
import type { Agreement, AgreementVersion, Need } from '../../../core/contracts/agreements';
import type { AgreementRow, NeedRow, VersionRow } from './store';

export interface SpacePerson {
  id: string;
  name: string;
  timeZone: string;
}

/** An agreement row and its versions (among others, perhaps) as the rules see them. */
export function stateOf(row: AgreementRow, versions: VersionRow[]): AgreementState {
  const latest = versions.find((v) => v.agreementId === row.id && v.number === row.latestNumber);
  const pending = latest && latest.status === 'proposed' ? latest : null;
  return {
    status: row.status as AgreementState['status'],
    latest: row.latestNumber,
    activeNumber: row.activeNumber,
    pending: pending && {
      number: pending.number,
      proposedBy: pending.proposedBy,
      status: 'proposed',
      isDiscussed: pending.discussAt !== null,
    },
    reviewOn: row.reviewOn,
  };
}

export function presenter(people: SpacePerson[], me: string) {
  const who = (id: string | null) =>
    id === null ? null : { id, name: people.find((p) => p.id === id)?.name ?? '', isYou: id === me };
  const moment = (id: string | null, at: Date | null) => (at ? { by: who(id), at: at.toISOString() } : null);

  const version = (row: VersionRow): AgreementVersion => ({
    number: row.number,
    category: row.category as AgreementVersion['category'],
    wording: row.wording,
    reviewOn: row.reviewOn,
    status: row.status as AgreementVersion['status'],
    proposed: { by: who(row.proposedBy), at: row.proposedAt.toISOString() },
    accepted: moment(row.acceptedBy, row.acceptedAt),
    discussion: row.discussAt
      ? { by: who(row.discussBy), at: row.discussAt.toISOString(), talkId: row.talkId }
      : null,
  });

  return {
    agreement(row: AgreementRow, versions: VersionRow[], today: string): Agreement {
      const state = stateOf(row, versions);
      const mine = versions.filter((v) => v.agreementId === row.id);
      const active = mine.find((v) => v.number === row.activeNumber);
      const pending = mine.find((v) => v.number === state.pending?.number);
      return {
        id: row.id,
        status: state.status,
        source: row.source as Agreement['source'],
        latest: row.latestNumber,
        active: active ? version(active) : null,
        pending: pending && state.status !== 'retired' ? version(pending) : null,
        reviewOn: row.reviewOn,
        isDue: isDue(state, today),
        canAnswer: state.status !== 'retired' && !!pending && pending.proposedBy !== me,
        kept: moment(row.keptBy, row.keptAt),
        retired: moment(row.retiredBy, row.retiredAt),
        versions: mine.map(version),
        createdAt: row.createdAt.toISOString(),
      };
    },

    need(row: NeedRow): Need {
      return {
        id: row.id,
        wording: row.wording,
        isShared: row.isShared,
        by: who(row.personId) ?? { id: row.personId, name: '', isYou: false },
        updatedAt: row.updatedAt.toISOString(),
      };
    },
  };
}
