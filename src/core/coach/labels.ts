/** The coach's label set. The strings are a contract shared with evaluation files and the app. */
export const CONCERN_LABELS = [
  'criticism',
  'contempt',
  'defensiveness',
  'stonewalling',
  'demand',
  'faux_feeling',
  'thought_as_feeling',
] as const;

export const STRENGTH_LABELS = [
  'i_statement',
  'reflection',
  'open_question',
  'validation',
  'appreciation',
  'repair',
  'request',
] as const;

/** Every label in the order findings are reported: safety first, because it changes what the app does. */
export const COACH_LABELS = ['safety', ...CONCERN_LABELS, ...STRENGTH_LABELS] as const;

export type CoachLabel = (typeof COACH_LABELS)[number];

export type FindingKind = 'concern' | 'strength' | 'safety';

const STRENGTHS: ReadonlySet<CoachLabel> = new Set(STRENGTH_LABELS);

export function kindOf(label: CoachLabel): FindingKind {
  if (label === 'safety') return 'safety';
  return STRENGTHS.has(label) ? 'strength' : 'concern';
}
