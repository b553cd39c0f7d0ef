/**
 * Follow-through: the things a person said they would do, on their own list. Some arrive on their
 * own — the plan to change in a repair they sent, their plan from an after-a-fight conversation —
 * and some they write themselves, at the end of a talk or whenever they like.
 */

export const COMMITMENT_SOURCES = ['talk', 'repair', 'after_fight', 'own'] as const;
export type CommitmentSource = (typeof COMMITMENT_SOURCES)[number];

/** Open until its person says it was done, or that it didn't happen this time. */
export const COMMITMENT_STATUSES = ['open', 'done', 'not_done'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** As long as the longest plan written elsewhere (after a fight), so a plan always arrives whole. */
export const COMMITMENT_MAX_LENGTH = 2000;

/** Whether an open commitment's day has passed: the list asks, gently, whether it happened. */
export function isPastDue(commitment: { status: CommitmentStatus; dueOn: string | null }, today: string) {
  return commitment.status === 'open' && commitment.dueOn !== null && commitment.dueOn < today;
}
