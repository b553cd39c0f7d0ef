/**
 * Tend's communication coach: reads one message and names what might land badly
 * (criticism, contempt, defensiveness, stonewalling, demands, judgements worded as
 * feelings), what is going well, and anything that points to a safety risk.
 * Pure and deterministic; it runs the same in the browser and on the server.
 */
export { analyse, type CoachAnalysis, type CoachFinding, type CoachSpan } from './analyse';
export { COACH_LABELS, type CoachLabel, type FindingKind, kindOf } from './labels';
export type { CoachSuggestion } from './suggestion';
