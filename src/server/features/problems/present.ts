import type { Experiment, Problem } from '../../../core/contracts/problems';
import {
  type AdoptAs,
  areRatingsShown,
  type Helped,
  type ProblemPhase,
  type ProblemState,
  phaseOn,
} from '../../../core/problems/machine';
import type { ExperimentRow, IdeaRow, ProblemRow, RatingRow } from './store';

export interface SpacePerson {
  id: string;
  name: string;
  timeZone: string;
}

export interface ProblemParts {
  ideas: IdeaRow[];
  experiments: ExperimentRow[];
  ratings: RatingRow[];
}

/** The state machine's view of a problem: its phase, its people, its current experiment. */
export function stateOf(row: ProblemRow, people: SpacePerson[], parts: ProblemParts): ProblemState {
  const ideas = parts.ideas.filter((i) => i.problemId === row.id);
  const latest = parts.experiments.find((e) => e.problemId === row.id) ?? null;
  const other = people.find((p) => p.id !== row.startedBy)?.id ?? '';
  return {
    phase: row.phase as ProblemPhase,
    people: [row.startedBy, other],
    doneBy: row.doneBy,
    ideaCount: ideas.length,
    experiment: latest && {
      endsOn: latest.endsOn,
      ratedBy: parts.ratings.filter((r) => r.experimentId === latest.id).map((r) => r.personId),
    },
  };
}

/**
 * What one partner sees of a problem. Ideas are shown as written, with no rating. Of the ratings,
 * the caller sees their own at once and the partner's once both answered or the evaluation closed.
 */
export function presenter(people: SpacePerson[], me: string, today: string) {
  const partner = people.find((p) => p.id !== me);
  const personOf = (id: string) => ({
    id,
    name: people.find((p) => p.id === id)?.name ?? 'Your former partner',
    isYou: id === me,
  });

  function experimentOf(
    e: ExperimentRow,
    ideas: IdeaRow[],
    ratings: RatingRow[],
    isShown: boolean,
  ): Experiment {
    const own = ratings.filter((r) => r.experimentId === e.id);
    return {
      id: e.id,
      ideaId: e.ideaId,
      idea: ideas.find((i) => i.id === e.ideaId)?.text ?? '',
      chosenBy: personOf(e.chosenBy),
      endsOn: e.endsOn,
      status: e.status as Experiment['status'],
      adoptedAs: (e.adoptedAs as AdoptAs | null) ?? null,
      isRatedByYou: own.some((r) => r.personId === me),
      isRatedByPartner: own.some((r) => r.personId !== me),
      ratings: own
        .filter((r) => r.personId === me || isShown || e.status !== 'running')
        .map((r) => ({ by: personOf(r.personId), helped: r.helped as Helped, comment: r.comment })),
      agreementId: e.agreementId,
      ritualId: e.ritualId,
    };
  }

  return (row: ProblemRow, parts: ProblemParts): Problem => {
    const state = stateOf(row, people, parts);
    const ideas = parts.ideas.filter((i) => i.problemId === row.id);
    const experiments = parts.experiments.filter((e) => e.problemId === row.id);
    const tried = new Set(experiments.map((e) => e.ideaId));
    const [latest, ...earlier] = experiments;
    const isShown = areRatingsShown(state, today);
    return {
      id: row.id,
      challenge: row.challenge,
      phase: phaseOn(state, today),
      startedBy: personOf(row.startedBy),
      partner: partner ? { id: partner.id, name: partner.name } : null,
      doneBy: row.doneBy,
      isDoneByYou: row.doneBy.includes(me),
      ideas: ideas.map((i) => ({
        id: i.id,
        by: personOf(i.personId),
        text: i.text,
        isTried: tried.has(i.id),
      })),
      experiment: latest ? experimentOf(latest, ideas, parts.ratings, isShown) : null,
      tried: earlier.map((e) => experimentOf(e, ideas, parts.ratings, true)),
      today,
      createdAt: row.createdAt.toISOString(),
    };
  };
}
