import { randomUUID } from 'node:crypto';
import { isInSpace } from '../../../core/access';
import { todayIn } from '../../../core/agreements/days';
import type { AgreementCategory } from '../../../core/agreements/rules';
import type {
  Adopt,
  ChooseIdea,
  NewIdea,
  NewProblem,
  Problem,
  ProblemList,
  RatingInput,
} from '../../../core/contracts/problems';
import { trialEndProblem } from '../../../core/problems/days';
import { check, type ProblemMove, type ProblemState } from '../../../core/problems/machine';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { type ProblemParts, presenter, type SpacePerson, stateOf } from './present';
import type { ExperimentRow, ProblemRow } from './store';
import * as store from './store';

export interface ProblemHooks {
  /** An experiment started: both are reminded on its last day. */
  onTrialSet?(experiment: { id: string; problemId: string; spaceId: string; endsOn: string }): Promise<void>;
  /** Adopted as an agreement: a proposal from this member that the partner accepts in the ledger; its id. */
  onAdoptAsAgreement?(
    member: Membership,
    proposal: { category: AgreementCategory; wording: string },
  ): Promise<string>;
  /** Adopted as a ritual: proposed by this member to the partner, weekly to begin with; its id. */
  onAdoptAsRitual?(member: Membership, ritual: { wording: string; timeZone: string }): Promise<string>;
}

const missing = () => notFound('There is no such problem in your space.');
const badDay = (problem: string) =>
  new AppError('VALIDATION', 400, `endsOn: ${problem}`, { endsOn: problem });

/** A change under the problem's row lock: the move, checked, and what else it writes. */
type Apply = (tx: Db, row: ProblemRow, next: ProblemState, parts: ProblemParts) => Promise<void>;

export function createProblemService(platform: Platform, hooks: ProblemHooks = {}) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function place(member: Membership) {
    const people: SpacePerson[] = await store.listPeople(db, member.spaceId);
    const zone = people.find((p) => p.id === member.personId)?.timeZone ?? 'UTC';
    const today = todayIn(clock.now(), zone);
    return { people, today, present: presenter(people, member.personId, today) };
  }

  async function partsOf(tx: Db, ids: string[]): Promise<ProblemParts> {
    const [ideas, experiments] = await Promise.all([
      store.listIdeas(tx, ids),
      store.listExperiments(tx, ids),
    ]);
    const ratings = await store.listRatings(
      tx,
      experiments.map((e) => e.id),
    );
    return { ideas, experiments, ratings };
  }

  async function read(tx: Db, member: Membership, id: string, lock = false): Promise<ProblemRow> {
    const unchecked = await store.findProblem(tx, id, { lock });
    if (!unchecked || !isInSpace(member, unchecked.spaceId)) throw missing();
    return unchecked;
  }

  const tell = (people: SpacePerson[], problemId: string) =>
    live.send(
      people.map((p) => p.id),
      { type: 'problem.changed', problemId },
    );

  async function show(member: Membership, id: string): Promise<Problem> {
    const { present } = await place(member);
    const row = await read(db, member, id);
    return present(row, await partsOf(db, [id]));
  }

  /** Runs the state machine under a lock; a move that does not fit is a 409 that says why. */
  async function act(
    member: Membership,
    id: string,
    move: (parts: ProblemParts, row: ProblemRow) => ProblemMove,
    apply: Apply,
  ): Promise<Problem> {
    const { people, today } = await place(member);
    await db.transaction(async (tx) => {
      const row = await read(tx, member, id, true);
      const parts = await partsOf(tx, [id]);
      const result = check(stateOf(row, people, parts), move(parts, row), member.personId, today);
      if (!result.ok) throw conflict('PROBLEM_STATE', result.reason);
      await apply(tx, row, result.state, parts);
      await store.updateProblem(tx, id, {
        phase: result.state.phase,
        doneBy: result.state.doneBy,
        updatedAt: clock.now(),
      });
    });
    await tell(people, id);
    return show(member, id);
  }

  const running = (parts: ProblemParts): ExperimentRow => {
    const latest = parts.experiments[0];
    if (latest?.status !== 'running') throw conflict('PROBLEM_STATE', 'There is no experiment running.');
    return latest;
  };

  async function close(member: Membership, id: string, change: Partial<ExperimentRow>, move: ProblemMove) {
    return act(
      member,
      id,
      () => move,
      async (tx, _row, _next, parts) => {
        await store.updateExperiment(tx, running(parts).id, { ...change, closedAt: clock.now() });
      },
    );
  }

  return {
    async list(member: Membership): Promise<ProblemList> {
      const { people, today, present } = await place(member);
      const rows = await store.listProblems(db, member.spaceId);
      const parts = await partsOf(
        db,
        rows.map((r) => r.id),
      );
      const partner = people.find((p) => p.id !== member.personId);
      return {
        partner: partner ? { id: partner.id, name: partner.name } : null,
        today,
        problems: rows.map((row) => present(row, parts)),
      };
    },

    get: show,

    async start(member: Membership, input: NewProblem): Promise<Problem> {
      const { people } = await place(member);
      if (!people.some((p) => p.id !== member.personId)) {
        throw conflict('NO_PARTNER', 'This is done together. Invite your partner first.');
      }
      const now = clock.now();
      const row: ProblemRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        challenge: input.challenge,
        startedBy: member.personId,
        phase: 'brainstorm',
        doneBy: [],
        createdAt: now,
        updatedAt: now,
      };
      await store.insertProblem(db, row);
      await tell(people, row.id);
      return show(member, row.id);
    },

    addIdea: (member: Membership, id: string, input: NewIdea) =>
      act(
        member,
        id,
        () => ({ type: 'addIdea' }),
        async (tx) => {
          await store.insertIdea(tx, {
            id: randomUUID(),
            problemId: id,
            personId: member.personId,
            text: input.text,
            createdAt: clock.now(),
          });
        },
      ),

    finishBrainstorm: (member: Membership, id: string) =>
      act(
        member,
        id,
        () => ({ type: 'finishBrainstorm' }),
        async () => {},
      ),

    brainstormAgain: (member: Membership, id: string) =>
      act(
        member,
        id,
        () => ({ type: 'brainstormAgain' }),
        async () => {},
      ),

    async choose(member: Membership, id: string, input: ChooseIdea): Promise<Problem> {
      const { today } = await place(member);
      const problem = trialEndProblem(input.endsOn, today);
      if (problem) throw badDay(problem);
      const other = await store.findRunningExperiment(db, member.spaceId);
      const chosen = await act(
        member,
        id,
        (parts) => {
          if (!parts.ideas.some((i) => i.id === input.ideaId)) throw notFound('There is no such idea here.');
          return {
            type: 'choose',
            isIdeaOpen: !parts.experiments.some((e) => e.ideaId === input.ideaId),
            isAnotherRunning: other !== null,
          };
        },
        async (tx) => {
          const row: ExperimentRow = {
            id: randomUUID(),
            problemId: id,
            spaceId: member.spaceId,
            ideaId: input.ideaId,
            chosenBy: member.personId,
            endsOn: input.endsOn,
            status: 'running',
            adoptedAs: null,
            agreementId: null,
            ritualId: null,
            createdAt: clock.now(),
            closedAt: null,
          };
          // Two problems picked at the same moment: the second finds the first one running.
          if (!(await store.insertExperiment(tx, row))) {
            throw conflict(
              'PROBLEM_STATE',
              'You are already trying something. One experiment at a time: finish that one first.',
            );
          }
        },
      );
      if (chosen.experiment) {
        await hooks.onTrialSet?.({ ...chosen.experiment, problemId: id, spaceId: member.spaceId });
      }
      return chosen;
    },

    /** Ending a trial early makes today its last day, so the reminder planned for later lapses. */
    async endTrial(member: Membership, id: string): Promise<Problem> {
      const { today } = await place(member);
      return act(
        member,
        id,
        () => ({ type: 'endTrial' }),
        async (tx, _row, _next, parts) => {
          await store.updateExperiment(tx, running(parts).id, { endsOn: today });
        },
      );
    },

    rate: (member: Membership, id: string, input: RatingInput) =>
      act(
        member,
        id,
        () => ({ type: 'rate' }),
        async (tx, _row, _next, parts) => {
          await store.insertRating(tx, {
            id: randomUUID(),
            experimentId: running(parts).id,
            personId: member.personId,
            helped: input.helped,
            comment: input.comment ?? null,
            createdAt: clock.now(),
          });
        },
      ),

    /**
     * Adopting as an agreement claims the experiment under the lock first, so two presses make one
     * proposal; the proposal is then made in the ledger's own transaction. Should the ledger refuse
     * (the partner left, say), the experiment goes back to being looked back on.
     */
    async adopt(member: Membership, id: string, input: Adopt, timeZone: string): Promise<Problem> {
      if (input.as === 'kept') {
        return close(member, id, { status: 'adopted', adoptedAs: 'kept' }, { type: 'adopt' });
      }
      const { onAdoptAsAgreement, onAdoptAsRitual } = hooks;
      const propose = async (wording: string) => {
        if (input.as === 'agreement' && onAdoptAsAgreement)
          return { agreementId: await onAdoptAsAgreement(member, { category: input.category, wording }) };
        if (input.as === 'ritual' && onAdoptAsRitual)
          return { ritualId: await onAdoptAsRitual(member, { wording, timeZone }) };
        throw conflict('PROBLEM_STATE', 'That way of adopting it is not available here.');
      };
      const claimed: { experiment?: { id: string; wording: string } } = {};
      await act(
        member,
        id,
        () => ({ type: 'adopt' }),
        async (tx, _row, _next, parts) => {
          const experiment = running(parts);
          claimed.experiment = {
            id: experiment.id,
            wording: parts.ideas.find((i) => i.id === experiment.ideaId)?.text ?? '',
          };
          await store.updateExperiment(tx, experiment.id, {
            status: 'adopted',
            adoptedAs: input.as,
            closedAt: clock.now(),
          });
        },
      );
      const { experiment } = claimed;
      if (!experiment) throw missing();
      try {
        await store.updateExperiment(db, experiment.id, await propose(experiment.wording));
      } catch (error) {
        await db.transaction(async (tx) => {
          await store.updateExperiment(tx, experiment.id, {
            status: 'running',
            adoptedAs: null,
            closedAt: null,
          });
          await store.updateProblem(tx, id, { phase: 'evaluating', updatedAt: clock.now() });
        });
        throw error;
      } finally {
        await tell(await store.listPeople(db, member.spaceId), id);
      }
      return show(member, id);
    },

    drop: (member: Membership, id: string) => close(member, id, { status: 'dropped' }, { type: 'drop' }),

    /** Whether an end-of-trial reminder for this experiment and day is still wanted. */
    async isTrialEndCurrent(experimentId: string, endsOn: string): Promise<boolean> {
      const row = await store.findExperiment(db, experimentId);
      return row?.status === 'running' && row.endsOn === endsOn;
    },
  };
}

export type ProblemService = ReturnType<typeof createProblemService>;
