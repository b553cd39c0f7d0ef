/**
 * The agreements ledger's rules, pure: what a move does to an agreement, and when it cannot
 * happen. The server runs them under a row lock; the web app uses them to show only the moves
 * that fit.
 */

export const AGREEMENT_CATEGORIES = [
  'time',
  'space',
  'money',
  'technology',
  'tone',
  'parenting',
  'family',
  'chores',
  'intimacy',
  'other',
] as const;
export type AgreementCategory = (typeof AGREEMENT_CATEGORIES)[number];

/** Where a proposal came from: the ledger itself, or a plan or decision made in another room. */
export const AGREEMENT_SOURCES = ['ledger', 'repair', 'problem', 'talk', 'meeting'] as const;
export type AgreementSource = (typeof AGREEMENT_SOURCES)[number];

export const WORDING_MAX_LENGTH = 280;
export const NEED_MAX_LENGTH = 280;
/** A new agreement is looked at again after four weeks unless the two choose another day. */
export const DEFAULT_REVIEW_DAYS = 28;
/** The furthest review date one can set: a year ahead. */
export const MAX_REVIEW_DAYS = 366;
/** Review reminders come in the morning of the review date, in each person's own time zone. */
export const REVIEW_TIME = '09:00';

export type AgreementStatus = 'proposed' | 'active' | 'retired';
export type VersionStatus = 'proposed' | 'accepted' | 'replaced';

export interface VersionState {
  number: number;
  proposedBy: string | null;
  status: VersionStatus;
  /** The partner already asked to talk this version over. */
  isDiscussed: boolean;
}

export interface AgreementState {
  status: AgreementStatus;
  /** The newest version's number: every change is based on the version the writer saw. */
  latest: number;
  /** The version both accepted and that holds now; null until the first acceptance. */
  activeNumber: number | null;
  /** The version waiting for an answer, if any. */
  pending: VersionState | null;
  /** The review date of the active version, YYYY-MM-DD. */
  reviewOn: string | null;
}

export type AgreementMove =
  | { type: 'accept' }
  | { type: 'change' }
  | { type: 'discuss' }
  | { type: 'keep' }
  | { type: 'retire' };

export type MoveCheck = { ok: true } | { ok: false; reason: string };

const no = (reason: string): MoveCheck => ({ ok: false, reason });

/** Whether the active version's review date has come, given today in the reader's zone. */
export function isDue(state: AgreementState, today: string): boolean {
  return state.status === 'active' && state.reviewOn !== null && state.reviewOn <= today;
}

/** Whether `personId` may make `move` on the agreement today. */
export function check(
  state: AgreementState,
  move: AgreementMove,
  personId: string,
  today: string,
): MoveCheck {
  if (state.status === 'retired') return no('This agreement has been retired; propose a new one instead.');
  const pending = state.pending;
  switch (move.type) {
    case 'accept':
    case 'discuss':
      if (!pending) return no('There is no proposal waiting for an answer.');
      if (pending.proposedBy === personId) {
        return no('This is your own proposal; it waits for your partner’s answer.');
      }
      if (move.type === 'discuss' && pending.isDiscussed) {
        return no('You have already asked to talk this over; the invitation is with your partner.');
      }
      return { ok: true };
    case 'change':
      return { ok: true };
    case 'keep':
      if (!isDue(state, today)) return no('This agreement is not due for review yet.');
      return { ok: true };
    case 'retire':
      return { ok: true };
  }
}

/** The 409 a client gets when it acted on a version that is no longer the newest. */
export function isStale(state: AgreementState, basedOn: number): boolean {
  return state.latest !== basedOn;
}
