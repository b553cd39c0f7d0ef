/**
 * The talk's state machine: one pure function from a state and an action to the next state, or to
 * a plain reason why the action doesn't fit the moment. The server stores the state and is the
 * only one that runs it; both phones show what it says. Times are milliseconds since the epoch.
 */

export const TALK_PHASES = ['invited', 'rules', 'turn', 'reflect', 'confirm', 'ended', 'declined'] as const;
export type TalkPhase = (typeof TALK_PHASES)[number];
export type EndReason = 'finished' | 'left' | 'abandoned';

/** A talk nobody touched for this long closes itself. */
export const ABANDON_AFTER_MS = 24 * 60 * 60 * 1000;

export interface TalkState {
  phase: TalkPhase;
  /** The two people in the talk; the one who invited comes first and speaks first. */
  inviterId: string;
  inviteeId: string;
  /** Who proposed the current time; the other one answers. */
  proposedBy: string;
  /** The proposed or agreed start; null means "now". */
  startsAt: number | null;
  rulesAcceptedBy: string[];
  speakerId: string | null;
  turnNumber: number;
  /** How many times the listener has reflected the current turn. */
  attempt: number;
  turnMs: number;
  turnStartedAt: number | null;
  /** Set while a pause holds the talk; the countdown stands still. */
  frozenAt: number | null;
  /** Time spent frozen during the current turn. */
  frozenMs: number;
  lastActivityAt: number;
  /** When the invited partner said yes to the talk and its time. */
  agreedAt: number | null;
  /** When the first turn began: the talk really happened from here. */
  begunAt: number | null;
  endedAt: number | null;
  endReason: EndReason | null;
}

export type TalkAction =
  | { type: 'accept'; by: string }
  | { type: 'decline'; by: string }
  | { type: 'propose'; by: string; startsAt: number }
  | { type: 'acceptRules'; by: string }
  | { type: 'endTurn'; by: string }
  | { type: 'reflect'; by: string }
  | { type: 'confirm'; by: string; answer: 'yes' | 'partly' }
  | { type: 'finish'; by: string }
  | { type: 'freeze' }
  | { type: 'thaw' }
  | { type: 'leave' }
  | { type: 'abandon' };

export type Transition = { ok: true; state: TalkState } | { ok: false; reason: string };

export function isOpen(state: TalkState): boolean {
  return state.phase !== 'ended' && state.phase !== 'declined';
}

export function listenerOf(state: TalkState): string | null {
  if (!state.speakerId) return null;
  return state.speakerId === state.inviterId ? state.inviteeId : state.inviterId;
}

/** A new talk, waiting for the invited partner's answer. */
export function invite(input: {
  inviterId: string;
  inviteeId: string;
  startsAt: number | null;
  turnMs: number;
  now: number;
}): TalkState {
  return {
    phase: 'invited',
    inviterId: input.inviterId,
    inviteeId: input.inviteeId,
    proposedBy: input.inviterId,
    startsAt: input.startsAt,
    rulesAcceptedBy: [],
    speakerId: null,
    turnNumber: 0,
    attempt: 0,
    turnMs: input.turnMs,
    turnStartedAt: null,
    frozenAt: null,
    frozenMs: 0,
    lastActivityAt: input.now,
    agreedAt: null,
    begunAt: null,
    endedAt: null,
    endReason: null,
  };
}

/** What is left of the current turn at `now`, never below zero; null outside a turn. */
export function remainingMs(state: TalkState, now: number): number | null {
  if (state.phase !== 'turn' || state.turnStartedAt === null) return null;
  const until = state.frozenAt ?? now;
  const elapsed = until - state.turnStartedAt - state.frozenMs;
  return Math.max(0, state.turnMs - elapsed);
}

/**
 * Since when the talk has been left alone: a talk agreed for a later time waits for that time
 * before anyone is expected to touch it.
 */
function idleSince(state: TalkState): number {
  return Math.max(state.lastActivityAt, state.startsAt ?? state.lastActivityAt);
}

/** Whether the talk has been left alone long enough to close itself. */
export function isAbandoned(state: TalkState, now: number): boolean {
  return isOpen(state) && state.frozenAt === null && now - idleSince(state) >= ABANDON_AFTER_MS;
}

/**
 * Whether a talk agreed for a set time was kept: it began no later than this long after it.
 * Null while it cannot be said yet, and for talks that were never agreed or had no set time.
 */
export const KEPT_WITHIN_MS = 60 * 60 * 1000;
export function keptItsTime(
  state: Pick<TalkState, 'startsAt' | 'agreedAt' | 'begunAt'>,
  now: number,
): boolean | null {
  if (state.startsAt === null || state.agreedAt === null) return null;
  const deadline = state.startsAt + KEPT_WITHIN_MS;
  if (state.begunAt !== null) return state.begunAt <= deadline;
  return now > deadline ? false : null;
}

const refuse = (reason: string): Transition => ({ ok: false, reason });

function isMember(state: TalkState, by: string): boolean {
  return by === state.inviterId || by === state.inviteeId;
}

export function transition(state: TalkState, action: TalkAction, now: number): Transition {
  if ('by' in action && !isMember(state, action.by)) return refuse('You are not part of this talk.');
  if (!isOpen(state)) {
    return refuse(
      state.phase === 'declined' ? 'This invitation was declined.' : 'This talk has already ended.',
    );
  }
  const touched = { ...state, lastActivityAt: now };

  switch (action.type) {
    case 'freeze':
      if (state.frozenAt !== null) return { ok: true, state };
      return { ok: true, state: { ...state, frozenAt: now } };
    case 'thaw': {
      if (state.frozenAt === null) return { ok: true, state };
      const frozenFor = state.phase === 'turn' ? now - state.frozenAt : 0;
      return {
        ok: true,
        state: { ...touched, frozenAt: null, frozenMs: state.frozenMs + Math.max(0, frozenFor) },
      };
    }
    case 'leave':
      return { ok: true, state: end(touched, 'left', now) };
    case 'abandon':
      return { ok: true, state: end(state, 'abandoned', idleSince(state) + ABANDON_AFTER_MS) };
    // Stopping is always possible, during a pause too.
    case 'finish':
      return { ok: true, state: end(touched, 'finished', now) };
    default:
      break;
  }

  if (state.frozenAt !== null) {
    return refuse('You are on a pause. The talk waits here until the pause is over.');
  }

  switch (action.type) {
    case 'accept':
      if (state.phase !== 'invited') return refuse('This talk was already agreed.');
      if (action.by === state.proposedBy) return refuse('Your partner answers this invitation, not you.');
      return { ok: true, state: { ...touched, phase: 'rules', agreedAt: now } };
    case 'decline':
      if (state.phase !== 'invited') return refuse('Only an open invitation can be declined.');
      if (action.by === state.proposedBy) return refuse('Your partner answers this invitation, not you.');
      return { ok: true, state: { ...touched, phase: 'declined', endedAt: now } };
    case 'propose':
      if (state.phase !== 'invited') return refuse('This talk was already agreed.');
      if (action.by === state.proposedBy)
        return refuse('You proposed this time; wait for your partner’s answer.');
      return { ok: true, state: { ...touched, proposedBy: action.by, startsAt: action.startsAt } };
    case 'acceptRules': {
      if (state.phase !== 'rules') return refuse('The ground rules were already agreed.');
      if (state.rulesAcceptedBy.includes(action.by)) return { ok: true, state };
      const accepted = [...state.rulesAcceptedBy, action.by];
      if (accepted.length < 2) return { ok: true, state: { ...touched, rulesAcceptedBy: accepted } };
      return {
        ok: true,
        state: startTurn({ ...touched, rulesAcceptedBy: accepted }, state.inviterId, 1, now),
      };
    }
    case 'endTurn':
      if (state.phase !== 'turn') return refuse('There is no turn running right now.');
      if (action.by !== state.speakerId) return refuse('Only the one who has the floor can end the turn.');
      return { ok: true, state: { ...touched, phase: 'reflect', attempt: 1 } };
    case 'reflect':
      if (state.phase !== 'reflect') return refuse('It is not time to reflect yet.');
      if (action.by !== listenerOf(state)) return refuse('The listener reflects; the speaker waits.');
      return { ok: true, state: { ...touched, phase: 'confirm' } };
    case 'confirm': {
      if (state.phase !== 'confirm') return refuse('There is no reflection to answer yet.');
      if (action.by !== state.speakerId) return refuse('The speaker answers the reflection.');
      if (action.answer === 'partly') {
        return { ok: true, state: { ...touched, phase: 'reflect', attempt: state.attempt + 1 } };
      }
      const next = listenerOf(state) ?? state.inviteeId;
      return { ok: true, state: startTurn(touched, next, state.turnNumber + 1, now) };
    }
  }
}

function startTurn(state: TalkState, speakerId: string, turnNumber: number, now: number): TalkState {
  return {
    ...state,
    phase: 'turn',
    speakerId,
    turnNumber,
    attempt: 0,
    turnStartedAt: now,
    frozenMs: 0,
    begunAt: state.begunAt ?? now,
  };
}

function end(state: TalkState, reason: EndReason, at: number): TalkState {
  return { ...state, phase: 'ended', endReason: reason, endedAt: at, frozenAt: null };
}
