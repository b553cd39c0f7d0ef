import { describe, expect, it } from 'vitest';
import { JUDGEMENT_WORDS } from '../coach/lexicon/feelings';
import {
  AFTER_FIGHT_STEPS,
  type AfterFightAction,
  type AfterFightState,
  startAfterFight,
  transition,
  whoseTurn,
} from './after-fight';
import { AFTER_FIGHT_FEELINGS } from './feelings';

const A = 'alex';
const B = 'sam';

function run(state: AfterFightState, action: AfterFightAction): AfterFightState {
  const result = transition(state, action);
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

function refused(state: AfterFightState, action: AfterFightAction): string {
  const result = transition(state, action);
  if (result.ok) throw new Error(`expected ${action.type} to be refused in ${state.phase}`);
  return result.reason;
}

const ready = () => run(startAfterFight(A, B), { type: 'join', by: B });

describe('after a fight', () => {
  it('waits until the partner says they are calm too', () => {
    const waiting = startAfterFight(A, B);
    expect(refused(waiting, { type: 'submit', by: A, step: 'feelings' })).toMatch(/not said they are calm/);
    expect(refused(waiting, { type: 'join', by: A })).toMatch(/Your partner says when/);
    expect(ready().phase).toBe('feelings');
    expect(refused(ready(), { type: 'join', by: B })).toMatch(/already said/);
  });

  it('goes through every step in order, each step once both have done it, to the end', () => {
    let state = ready();
    for (const step of AFTER_FIGHT_STEPS) {
      expect(state.phase).toBe(step);
      state = run(state, { type: 'submit', by: A, step });
      expect(state.phase).toBe(step);
      state = run(state, { type: 'submit', by: B, step });
    }
    expect(state.phase).toBe('done');
    expect(refused(state, { type: 'submit', by: A, step: 'plan' })).toMatch(/already complete/);
  });

  it('lets both name feelings in either order', () => {
    const state = run(run(ready(), { type: 'submit', by: B, step: 'feelings' }), {
      type: 'submit',
      by: A,
      step: 'feelings',
    });
    expect(state.phase).toBe('account');
  });

  it('takes the accounts in turns, the one who asked first', () => {
    let state = run(run(ready(), { type: 'submit', by: A, step: 'feelings' }), {
      type: 'submit',
      by: B,
      step: 'feelings',
    });
    expect(whoseTurn(state)).toEqual([A]);
    expect(refused(state, { type: 'submit', by: B, step: 'account' })).toMatch(/tells their side first/);
    state = run(state, { type: 'submit', by: A, step: 'account' });
    expect(whoseTurn(state)).toEqual([B]);
    expect(refused(state, { type: 'submit', by: A, step: 'account' })).toMatch(/partner is still on it/);
    expect(run(state, { type: 'submit', by: B, step: 'account' }).phase).toBe('triggers');
  });

  it('refuses a step ahead of time or one already behind, saying where they are', () => {
    expect(refused(ready(), { type: 'submit', by: A, step: 'plan' })).toBe(
      'Not yet: a plan comes after naming your feelings.',
    );
    const atAccount = run(run(ready(), { type: 'submit', by: A, step: 'feelings' }), {
      type: 'submit',
      by: B,
      step: 'feelings',
    });
    expect(refused(atAccount, { type: 'submit', by: B, step: 'feelings' })).toBe(
      'You have both finished naming your feelings; you are on telling what happened now.',
    );
  });

  it('can be stopped by either at any step, and then takes nothing more', () => {
    const stopped = run(ready(), { type: 'stop', by: B });
    expect(stopped.phase).toBe('stopped');
    expect(refused(stopped, { type: 'submit', by: A, step: 'feelings' })).toMatch(/was stopped/);
    expect(refused(ready(), { type: 'submit', by: 'kim', step: 'feelings' })).toMatch(/not part/);
  });

  it('offers at least forty distinct feeling words', () => {
    expect(new Set(AFTER_FIGHT_FEELINGS).size).toBe(AFTER_FIGHT_FEELINGS.length);
    expect(AFTER_FIGHT_FEELINGS.length).toBeGreaterThanOrEqual(40);
  });

  it('offers only feelings, none the coach would call a judgement of the partner', () => {
    const judgements = new Set<string>(JUDGEMENT_WORDS);
    expect(AFTER_FIGHT_FEELINGS.filter((f) => judgements.has(f))).toEqual([]);
  });
});
