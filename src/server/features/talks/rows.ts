import type { TalkEntry } from '../../../core/contracts/talks';
import type { EndReason, TalkPhase, TalkState } from '../../../core/talks/machine';
import type { TalkEntryRow, TalkRow } from './store';

// Between stored rows and the state machine's plain state (times as milliseconds), and entries
// as the API shows them.

const ms = (date: Date | null) => (date ? date.getTime() : null);
const date = (value: number | null) => (value === null ? null : new Date(value));

export function stateOf(row: TalkRow): TalkState {
  return {
    phase: row.phase as TalkPhase,
    inviterId: row.inviterId,
    inviteeId: row.inviteeId,
    proposedBy: row.proposedBy,
    startsAt: ms(row.startsAt),
    rulesAcceptedBy: row.rulesAcceptedBy,
    speakerId: row.speakerId,
    turnNumber: row.turnNumber,
    attempt: row.attempt,
    turnMs: row.turnMs,
    turnStartedAt: ms(row.turnStartedAt),
    frozenAt: ms(row.frozenAt),
    frozenMs: row.frozenMs,
    lastActivityAt: row.lastActivityAt.getTime(),
    agreedAt: ms(row.agreedAt),
    begunAt: ms(row.begunAt),
    endedAt: ms(row.endedAt),
    endReason: row.endReason as EndReason | null,
  };
}

export type StateColumns = Omit<
  TalkRow,
  'id' | 'spaceId' | 'topic' | 'formatId' | 'mode' | 'inviterId' | 'inviteeId' | 'followUpOf' | 'createdAt'
>;

export function columnsOf(state: TalkState): StateColumns {
  return {
    phase: state.phase,
    proposedBy: state.proposedBy,
    startsAt: date(state.startsAt),
    rulesAcceptedBy: state.rulesAcceptedBy,
    speakerId: state.speakerId,
    turnNumber: state.turnNumber,
    attempt: state.attempt,
    turnMs: state.turnMs,
    turnStartedAt: date(state.turnStartedAt),
    frozenAt: date(state.frozenAt),
    frozenMs: state.frozenMs,
    lastActivityAt: new Date(state.lastActivityAt),
    agreedAt: date(state.agreedAt),
    begunAt: date(state.begunAt),
    endedAt: date(state.endedAt),
    endReason: state.endReason,
  };
}

export function presentEntry(row: TalkEntryRow): TalkEntry {
  return {
    id: row.id,
    kind: row.kind as TalkEntry['kind'],
    authorId: row.authorId,
    turnNumber: row.turnNumber,
    attempt: row.attempt,
    text: row.text,
    isRemoved: row.removedAt !== null,
    isConfirmed: row.confirmedAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
