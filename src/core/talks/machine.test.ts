import { describe, expect, it } from 'vitest';
import {
  invite,
  isAbandoned,
  keptItsTime,
  remainingMs,
  type TalkAction,
  type TalkState,
  transition,
} from './machine';

const A = 'alex';
const B = 'sam';
const T0 = Date.UTC(2026, 2, 2, 9);
const MIN = 60_000;

function run(state: TalkState, action: TalkAction, now = T0): TalkState {
  const result = transition(state, action, now);
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

function refused(state: TalkState, action: TalkAction, now = T0): string {
  const result = transition(state, action, now);
  if (result.ok) throw new Error(`expected ${action.type} to be refused in ${state.phase}`);
  return result.reason;
}

const fresh = () => invite({ inviterId: A, inviteeId: B, startsAt: null, turnMs: 3 * MIN, now: T0 });
const agreed = () => run(fresh(), { type: 'accept', by: B });
const talking = () => run(run(agreed(), { type: 'acceptRules', by: A }), { type: 'acceptRules', by: B });

describe('inviting', () => {
  it('lets the invited partner accept, and then asks both for the ground rules', () => {
    const state = agreed();
    expect(state.phase).toBe('rules');
    expect(refused(fresh(), { type: 'accept', by: A })).toMatch(/partner answers/);
  });

  it('lets the invited partner decline, which closes the invitation', () => {
    const state = run(fresh(), { type: 'decline', by: B });
    expect(state.phase).toBe('declined');
    expect(refused(state, { type: 'accept', by: B })).toMatch(/declined/);
    expect(refused(fresh(), { type: 'decline', by: A })).toMatch(/partner answers/);
  });

  it('passes the answer back and forth when another time is proposed', () => {
    const later = T0 + 60 * MIN;
    const state = run(fresh(), { type: 'propose', by: B, startsAt: later });
    expect(state.proposedBy).toBe(B);
    expect(state.startsAt).toBe(later);
    expect(refused(state, { type: 'accept', by: B })).toMatch(/partner answers/);
    expect(refused(state, { type: 'propose', by: B, startsAt: later })).toMatch(/wait for your partner/);
    expect(run(state, { type: 'accept', by: A }).phase).toBe('rules');
  });

  it('refuses answers once agreed, and anyone outside the talk', () => {
    expect(refused(agreed(), { type: 'accept', by: B })).toMatch(/already agreed/);
    expect(refused(agreed(), { type: 'decline', by: B })).toMatch(/open invitation/);
    expect(refused(agreed(), { type: 'propose', by: A, startsAt: T0 })).toMatch(/already agreed/);
    expect(refused(fresh(), { type: 'accept', by: 'kim' })).toMatch(/not part/);
  });
});

describe('ground rules', () => {
  it('starts the first turn, with the inviter speaking, once both accepted', () => {
    const one = run(agreed(), { type: 'acceptRules', by: B });
    expect(one.phase).toBe('rules');
    expect(run(one, { type: 'acceptRules', by: B })).toEqual(one);
    const both = run(one, { type: 'acceptRules', by: A }, T0 + MIN);
    expect(both).toMatchObject({ phase: 'turn', speakerId: A, turnNumber: 1, turnStartedAt: T0 + MIN });
    expect(refused(both, { type: 'acceptRules', by: A })).toMatch(/already agreed/);
    expect(refused(fresh(), { type: 'acceptRules', by: A })).toMatch(/already agreed/);
  });
});

describe('turns', () => {
  it('gives only the speaker the floor and counts down from the turn start', () => {
    const state = talking();
    expect(remainingMs(state, T0 + MIN)).toBe(2 * MIN);
    expect(remainingMs(state, T0 + 10 * MIN)).toBe(0);
    expect(refused(state, { type: 'endTurn', by: B })).toMatch(/has the floor/);
    expect(refused(state, { type: 'reflect', by: B })).toMatch(/not time to reflect/);
    expect(refused(state, { type: 'confirm', by: A, answer: 'yes' })).toMatch(/no reflection/);
  });

  it('goes turn → reflect → confirm, retries on "partly", and switches roles on "yes"', () => {
    let state = run(talking(), { type: 'endTurn', by: A });
    expect(state).toMatchObject({ phase: 'reflect', attempt: 1 });
    expect(refused(state, { type: 'reflect', by: A })).toMatch(/listener reflects/);
    expect(refused(state, { type: 'endTurn', by: A })).toMatch(/no turn running/);
    state = run(state, { type: 'reflect', by: B });
    expect(state.phase).toBe('confirm');
    expect(refused(state, { type: 'confirm', by: B, answer: 'yes' })).toMatch(/speaker answers/);
    state = run(state, { type: 'confirm', by: A, answer: 'partly' });
    expect(state).toMatchObject({ phase: 'reflect', attempt: 2 });
    state = run(
      run(state, { type: 'reflect', by: B }),
      { type: 'confirm', by: A, answer: 'yes' },
      T0 + 5 * MIN,
    );
    expect(state).toMatchObject({ phase: 'turn', speakerId: B, turnNumber: 2, turnStartedAt: T0 + 5 * MIN });
  });

  it('lets either partner finish, after which nothing else moves', () => {
    const state = run(talking(), { type: 'finish', by: B });
    expect(state).toMatchObject({ phase: 'ended', endReason: 'finished' });
    expect(refused(state, { type: 'endTurn', by: A })).toMatch(/already ended/);
    expect(refused(state, { type: 'finish', by: A })).toMatch(/already ended/);
  });
});

describe('pauses, leaving and silence', () => {
  it('stops the countdown while frozen and refuses moves until thawed', () => {
    let state = run(talking(), { type: 'freeze' }, T0 + MIN);
    expect(remainingMs(state, T0 + 30 * MIN)).toBe(2 * MIN);
    expect(refused(state, { type: 'endTurn', by: A }, T0 + 2 * MIN)).toMatch(/pause/);
    state = run(state, { type: 'thaw' }, T0 + 21 * MIN);
    expect(remainingMs(state, T0 + 21 * MIN)).toBe(2 * MIN);
    expect(remainingMs(state, T0 + 22 * MIN)).toBe(MIN);
    expect(run(state, { type: 'thaw' }, T0 + 22 * MIN)).toEqual(state);
  });

  it('still lets either partner stop the talk during a pause', () => {
    const frozen = run(talking(), { type: 'freeze' });
    expect(run(frozen, { type: 'finish', by: B })).toMatchObject({ phase: 'ended', frozenAt: null });
  });

  it('ends cleanly when a partner leaves the space', () => {
    expect(run(talking(), { type: 'leave' })).toMatchObject({ phase: 'ended', endReason: 'left' });
  });

  it('closes a talk left alone for a day, but not one held by a pause', () => {
    const state = talking();
    expect(isAbandoned(state, T0 + 23 * 60 * MIN)).toBe(false);
    expect(isAbandoned(state, T0 + 24 * 60 * MIN)).toBe(true);
    expect(isAbandoned(run(state, { type: 'freeze' }), T0 + 30 * 60 * MIN)).toBe(false);
    const closed = run(state, { type: 'abandon' }, T0 + 40 * 60 * MIN);
    expect(closed).toMatchObject({ phase: 'ended', endReason: 'abandoned', endedAt: T0 + 24 * 60 * MIN });
  });
});

describe('a talk agreed for a set time', () => {
  const HOUR = 60 * MIN;
  const DAY = 24 * HOUR;
  const inThreeDays = T0 + 3 * DAY;
  const set = () =>
    run(invite({ inviterId: A, inviteeId: B, startsAt: inThreeDays, turnMs: 3 * MIN, now: T0 }), {
      type: 'accept',
      by: B,
    });

  it('waits for its time before a quiet day closes it', () => {
    expect(isAbandoned(set(), inThreeDays - HOUR)).toBe(false);
    expect(isAbandoned(set(), inThreeDays + DAY - MIN)).toBe(false);
    expect(isAbandoned(set(), inThreeDays + DAY)).toBe(true);
    expect(run(set(), { type: 'abandon' })).toMatchObject({ endedAt: inThreeDays + DAY });
  });

  it('is kept when it begins within the hour, missed after, and unknown until then', () => {
    const agreedState = set();
    expect(agreedState.agreedAt).toBe(T0);
    const begin = (at: number) =>
      run(run(agreedState, { type: 'acceptRules', by: A }, at), { type: 'acceptRules', by: B }, at);
    expect(keptItsTime(agreedState, inThreeDays + 30 * MIN)).toBeNull();
    expect(keptItsTime(agreedState, inThreeDays + HOUR + MIN)).toBe(false);
    expect(keptItsTime(begin(inThreeDays + 59 * MIN), inThreeDays + 2 * HOUR)).toBe(true);
    expect(keptItsTime(begin(inThreeDays - DAY), inThreeDays + 2 * HOUR)).toBe(true);
    expect(keptItsTime(begin(inThreeDays + 61 * MIN), inThreeDays + 2 * HOUR)).toBe(false);
    // The first turn's start stays the talk's start through later turns.
    expect(begin(inThreeDays).begunAt).toBe(inThreeDays);
  });

  it('says nothing of talks for "now" or never agreed', () => {
    expect(keptItsTime(talking(), T0 + DAY)).toBeNull();
    const unanswered = invite({ inviterId: A, inviteeId: B, startsAt: T0 + HOUR, turnMs: 3 * MIN, now: T0 });
    expect(keptItsTime(unanswered, T0 + DAY)).toBeNull();
  });
});
