/**
 * The "after a fight" process, for when both are calm: feelings, each one's account in turns,
 * triggers, one's own part, one plan each. A pure state machine: the server stores the state and
 * runs it; a step out of order is refused with a reason a person can read.
 */

export const AFTER_FIGHT_STEPS = ['feelings', 'account', 'triggers', 'ownPart', 'plan'] as const;
export type AfterFightStep = (typeof AFTER_FIGHT_STEPS)[number];

export const AFTER_FIGHT_PHASES = ['waiting', ...AFTER_FIGHT_STEPS, 'done', 'stopped'] as const;
export type AfterFightPhase = (typeof AFTER_FIGHT_PHASES)[number];

export const AFTER_FIGHT_TEXT_MAX_LENGTH = 2000;

export interface AfterFightState {
  phase: AfterFightPhase;
  /** Who asked; they tell their account first. */
  starterId: string;
  partnerId: string;
  /** Who has finished the current step. */
  doneBy: string[];
}

export type AfterFightAction =
  | { type: 'join'; by: string }
  | { type: 'submit'; by: string; step: AfterFightStep }
  | { type: 'stop'; by: string };

export type AfterFightMove = { ok: true; state: AfterFightState } | { ok: false; reason: string };

const STEP_NAMES: Record<AfterFightStep, string> = {
  feelings: 'naming your feelings',
  account: 'telling what happened',
  triggers: 'triggers',
  ownPart: 'your own part',
  plan: 'a plan',
};

export function isStep(phase: AfterFightPhase): phase is AfterFightStep {
  return (AFTER_FIGHT_STEPS as readonly string[]).includes(phase);
}

export function isOpen(state: AfterFightState): boolean {
  return state.phase !== 'done' && state.phase !== 'stopped';
}

/** A new process, waiting for the partner to say they are calm and ready too. */
export function startAfterFight(starterId: string, partnerId: string): AfterFightState {
  return { phase: 'waiting', starterId, partnerId, doneBy: [] };
}

/** Who may write at the current step: both at once, except the accounts, which go in turns. */
export function whoseTurn(state: AfterFightState): string[] {
  if (!isStep(state.phase)) return [];
  if (state.phase === 'account') {
    return state.doneBy.includes(state.starterId) ? [state.partnerId] : [state.starterId];
  }
  return [state.starterId, state.partnerId].filter((id) => !state.doneBy.includes(id));
}

const refuse = (reason: string): AfterFightMove => ({ ok: false, reason });

function nextPhase(step: AfterFightStep): AfterFightPhase {
  return AFTER_FIGHT_STEPS[AFTER_FIGHT_STEPS.indexOf(step) + 1] ?? 'done';
}

function submit(state: AfterFightState, by: string, step: AfterFightStep): AfterFightMove {
  if (state.phase === 'waiting') return refuse('Your partner has not said they are calm and ready yet.');
  const current = state.phase as AfterFightStep;
  if (step !== current) {
    const isBehind = AFTER_FIGHT_STEPS.indexOf(step) < AFTER_FIGHT_STEPS.indexOf(current);
    return refuse(
      isBehind
        ? `You have both finished ${STEP_NAMES[step]}; you are on ${STEP_NAMES[current]} now.`
        : `Not yet: ${STEP_NAMES[step]} comes after ${STEP_NAMES[current]}.`,
    );
  }
  if (state.doneBy.includes(by)) return refuse('You have done this step; your partner is still on it.');
  if (!whoseTurn(state).includes(by)) return refuse('Your partner tells their side first; yours comes next.');
  const doneBy = [...state.doneBy, by];
  if (doneBy.length < 2) return { ok: true, state: { ...state, doneBy } };
  return { ok: true, state: { ...state, phase: nextPhase(current), doneBy: [] } };
}

export function transition(state: AfterFightState, action: AfterFightAction): AfterFightMove {
  if (action.by !== state.starterId && action.by !== state.partnerId) {
    return refuse('You are not part of this conversation.');
  }
  if (!isOpen(state)) {
    return refuse(
      state.phase === 'done' ? 'This conversation is already complete.' : 'This conversation was stopped.',
    );
  }
  switch (action.type) {
    case 'stop':
      return { ok: true, state: { ...state, phase: 'stopped', doneBy: [] } };
    case 'join':
      if (state.phase !== 'waiting') return refuse('You have both already said you are ready.');
      if (action.by === state.starterId) return refuse('Your partner says when they are calm and ready.');
      return { ok: true, state: { ...state, phase: 'feelings', doneBy: [] } };
    case 'submit':
      return submit(state, action.by, action.step);
  }
}
