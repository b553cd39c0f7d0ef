import { describe, expect, it } from 'vitest';
import { areRatingsShown, check, type ProblemMove, type ProblemState, phaseOn } from './machine';

const start: ProblemState = {
  phase: 'brainstorm',
  people: ['alex', 'sam'],
  doneBy: [],
  ideaCount: 0,
  experiment: null,
};
const TODAY = '2026-03-02';

function run(state: ProblemState, move: ProblemMove, by: string, today = TODAY): ProblemState {
  const result = check(state, move, by, today);
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}
const reason = (state: ProblemState, move: ProblemMove, by: string, today = TODAY) => {
  const result = check(state, move, by, today);
  return result.ok ? null : result.reason;
};
const choose = { type: 'choose', isIdeaOpen: true, isAnotherRunning: false } as const;

function trying(endsOn = '2026-03-09'): ProblemState {
  let state = run(start, { type: 'addIdea' }, 'alex');
  state = run(state, { type: 'finishBrainstorm' }, 'alex');
  state = run(state, { type: 'finishBrainstorm' }, 'sam');
  return { ...run(state, choose, 'sam'), experiment: { endsOn, ratedBy: [] } };
}

describe('the brainstorm', () => {
  it('ends only when both say they have no more ideas', () => {
    const one = run(run(start, { type: 'addIdea' }, 'sam'), { type: 'finishBrainstorm' }, 'alex');
    expect(one.phase).toBe('brainstorm');
    expect(reason(one, { type: 'finishBrainstorm' }, 'alex')).toMatch(/already said/);
    expect(run(one, { type: 'finishBrainstorm' }, 'sam').phase).toBe('choosing');
  });

  it('asks for at least one idea before choosing', () => {
    const one = run(start, { type: 'finishBrainstorm' }, 'alex');
    expect(reason(one, { type: 'finishBrainstorm' }, 'sam')).toMatch(/at least one idea/);
  });

  it('takes a new idea from someone who had finished as a sign they are not done', () => {
    const done = run(run(start, { type: 'addIdea' }, 'sam'), { type: 'finishBrainstorm' }, 'alex');
    expect(run(done, { type: 'addIdea' }, 'alex').doneBy).toEqual([]);
  });

  it('refuses anyone but the two partners', () => {
    expect(reason(start, { type: 'addIdea' }, 'kim')).toMatch(/two of you/);
  });
});

describe('the experiment', () => {
  it('is one at a time in a space, and only an idea not tried yet', () => {
    const choosing = { ...start, phase: 'choosing', ideaCount: 2 } as const;
    expect(reason(choosing, { ...choose, isAnotherRunning: true }, 'alex')).toMatch(
      /One experiment at a time/,
    );
    expect(reason(choosing, { ...choose, isIdeaOpen: false }, 'alex')).toMatch(/already tried/);
    expect(reason(start, choose, 'alex')).toMatch(/once the brainstorm is over/);
    expect(run(choosing, choose, 'alex').phase).toBe('experimenting');
  });

  it('is evaluated from its last day on, or when either ends it early', () => {
    const state = trying('2026-03-09');
    expect(phaseOn(state, '2026-03-08')).toBe('experimenting');
    expect(phaseOn(state, '2026-03-09')).toBe('evaluating');
    expect(reason(state, { type: 'rate' }, 'alex', '2026-03-08')).toMatch(/still running/);
    expect(run(state, { type: 'endTrial' }, 'alex', '2026-03-05').phase).toBe('evaluating');
    expect(reason(state, { type: 'endTrial' }, 'alex', '2026-03-09')).toMatch(/no trial running/);
  });

  it('is rated once by each; the ratings show once both rated', () => {
    const ended = '2026-03-09';
    const one = run(trying(), { type: 'rate' }, 'alex', ended);
    expect(areRatingsShown(one, ended)).toBe(false);
    expect(reason(one, { type: 'rate' }, 'alex', ended)).toMatch(/already said/);
    const both = run(one, { type: 'rate' }, 'sam', ended);
    expect(areRatingsShown(both, ended)).toBe(true);
  });

  it('is adopted or dropped by someone who said how it went; closing shows the ratings', () => {
    const ended = '2026-03-09';
    const one = run(trying(), { type: 'rate' }, 'alex', ended);
    expect(reason(one, { type: 'adopt' }, 'sam', ended)).toMatch(/Say how it went/);
    expect(reason(trying(), { type: 'adopt' }, 'alex', '2026-03-03')).toMatch(/once its trial is over/);
    const dropped = run(one, { type: 'drop' }, 'alex', ended);
    expect(dropped.phase).toBe('dropped');
    expect(areRatingsShown(dropped, ended)).toBe(true);
    expect(run(dropped, choose, 'sam', ended).phase).toBe('experimenting');
    expect(run(dropped, { type: 'brainstormAgain' }, 'sam', ended)).toMatchObject({
      phase: 'brainstorm',
      doneBy: [],
    });
    const adopted = run(one, { type: 'adopt' }, 'alex', ended);
    expect(adopted.phase).toBe('adopted');
    expect(reason(adopted, choose, 'alex', ended)).not.toBeNull();
    expect(reason(adopted, { type: 'addIdea' }, 'alex', ended)).not.toBeNull();
  });
});
