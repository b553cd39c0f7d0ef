/**
 * Solving a problem together, as a pure state machine: both add ideas (no rating, no critique),
 * then pick one idea to try until a chosen day, then each says whether it helped, then adopt it
 * or drop it and pick the next idea. The server stores the state and runs it; a move that does
 * not fit the moment is refused with a reason a person can read.
 */

export const PROBLEM_PHASES = [
  'brainstorm',
  'choosing',
  'experimenting',
  'evaluating',
  'adopted',
  'dropped',
] as const;
export type ProblemPhase = (typeof PROBLEM_PHASES)[number];

/** Whether it helped: the same gentle three answers everywhere, no scores. */
export const HELPED_ANSWERS = ['yes', 'partly', 'no'] as const;
export type Helped = (typeof HELPED_ANSWERS)[number];

export const ADOPT_AS = ['agreement', 'ritual', 'kept'] as const;
export type AdoptAs = (typeof ADOPT_AS)[number];

export const CHALLENGE_MAX_LENGTH = 200;
/** An idea can become an agreement word for word, so it fits in one. */
export const IDEA_MAX_LENGTH = 280;
export const COMMENT_MAX_LENGTH = 1000;
export const MAX_IDEAS = 50;
export const MAX_TRIAL_DAYS = 90;
/** The time of day, in each person's own zone, the end of a trial is brought up. */
export const TRIAL_END_TIME = '09:00';

export interface ProblemState {
  phase: ProblemPhase;
  /** The two partners: both brainstorm, both rate. */
  people: [string, string];
  /** Who said they have no more ideas for now. */
  doneBy: string[];
  ideaCount: number;
  /** The experiment being tried or evaluated, if any. */
  experiment: { endsOn: string; ratedBy: string[] } | null;
}

export type ProblemMove =
  | { type: 'addIdea' }
  | { type: 'finishBrainstorm' }
  | { type: 'brainstormAgain' }
  | { type: 'choose'; isIdeaOpen: boolean; isAnotherRunning: boolean }
  | { type: 'endTrial' }
  | { type: 'rate' }
  | { type: 'adopt' }
  | { type: 'drop' };

export type ProblemCheck = { ok: true; state: ProblemState } | { ok: false; reason: string };

const refuse = (reason: string): ProblemCheck => ({ ok: false, reason });

/** The phase as it is today: a trial whose last day has come is ready to be evaluated. */
export function phaseOn(state: ProblemState, today: string): ProblemPhase {
  if (state.phase === 'experimenting' && state.experiment && today >= state.experiment.endsOn) {
    return 'evaluating';
  }
  return state.phase;
}

export function isOpen(phase: ProblemPhase): boolean {
  return phase !== 'adopted';
}

/** Whether the two can see each other's ratings: once both rated, or once the evaluation is closed. */
export function areRatingsShown(state: ProblemState, today: string): boolean {
  const phase = phaseOn(state, today);
  if (phase === 'adopted' || phase === 'dropped') return true;
  const rated = state.experiment?.ratedBy ?? [];
  return state.people.every((id) => rated.includes(id));
}

export function check(state: ProblemState, move: ProblemMove, by: string, today: string): ProblemCheck {
  if (!state.people.includes(by)) return refuse('Only the two of you can work on this together.');
  const phase = phaseOn(state, today);
  const next = (change: Partial<ProblemState>): ProblemCheck => ({
    ok: true,
    state: { ...state, phase, ...change },
  });
  switch (move.type) {
    case 'addIdea':
      if (phase !== 'brainstorm')
        return refuse('Ideas are gathered while you brainstorm. Start a new round of ideas first.');
      if (state.ideaCount >= MAX_IDEAS) return refuse('That is a lot of ideas already. Pick one to try.');
      return next({ ideaCount: state.ideaCount + 1, doneBy: state.doneBy.filter((id) => id !== by) });
    case 'finishBrainstorm': {
      if (phase !== 'brainstorm') return refuse('The brainstorm is already over.');
      if (state.doneBy.includes(by)) return refuse('You already said you have no more ideas for now.');
      const doneBy = [...state.doneBy, by];
      const isBothDone = state.people.every((id) => doneBy.includes(id));
      if (isBothDone && state.ideaCount === 0) return refuse('Add at least one idea before you choose.');
      return next({ doneBy, phase: isBothDone ? 'choosing' : 'brainstorm' });
    }
    case 'brainstormAgain':
      if (phase !== 'choosing' && phase !== 'dropped') {
        return refuse('A new round of ideas can start while you choose, or after you dropped an idea.');
      }
      return next({ phase: 'brainstorm', doneBy: [] });
    case 'choose':
      if (phase !== 'choosing' && phase !== 'dropped')
        return refuse('An idea is picked once the brainstorm is over.');
      if (!move.isIdeaOpen) return refuse('That idea was already tried. Pick another one.');
      if (move.isAnotherRunning) {
        return refuse('You are already trying something. One experiment at a time: finish that one first.');
      }
      return next({ phase: 'experimenting', doneBy: [] });
    case 'endTrial':
      if (phase !== 'experimenting') return refuse('There is no trial running to end.');
      return next({ phase: 'evaluating' });
    case 'rate':
      if (phase === 'experimenting')
        return refuse('The trial is still running. You can say how it went once it ends.');
      if (phase !== 'evaluating') return refuse('There is no experiment to look back on right now.');
      if (state.experiment?.ratedBy.includes(by)) return refuse('You already said how it went.');
      return next({
        experiment: state.experiment && { ...state.experiment, ratedBy: [...state.experiment.ratedBy, by] },
      });
    case 'adopt':
    case 'drop':
      if (phase !== 'evaluating') return refuse('An experiment is kept or dropped once its trial is over.');
      if (!state.experiment?.ratedBy.includes(by)) return refuse('Say how it went for you first.');
      return next({ phase: move.type === 'adopt' ? 'adopted' : 'dropped' });
  }
}
