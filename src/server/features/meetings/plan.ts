import { randomUUID } from 'node:crypto';
import { defaultReviewDay, reviewDayProblem } from '../../../core/agreements/days';
import type { ParentingPlan, PlanKeep, PlanRow, PlanRowInput } from '../../../core/contracts/meetings';
import { isReviewDue, PLAN_ROWS_MAX, storedWho } from '../../../core/meetings/rules';
import type { Membership } from '../../platform/auth/session';
import { AppError, conflict } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { meetingContext } from './context';
import type { PlanRowRow } from './store';
import * as store from './store';

export interface PlanHooks {
  /** The plan got a review date: both are reminded on it. */
  onReviewSet(spaceId: string, reviewOn: string): Promise<void>;
}

const TOPIC = 'parenting';

/**
 * The parenting plan: routines (task, who, when) either partner adds, edits or removes, looked
 * at again on a review date, four weeks on unless chosen, like an agreement.
 */
export function createPlanService(platform: Platform, hooks: PlanHooks) {
  const { db } = platform.database;
  const { clock } = platform;
  const context = meetingContext(platform);

  async function holder(member: Membership, input: PlanRowInput) {
    const { partner } = await context.place(member);
    const who = storedWho(input.who, member.personId, partner?.id ?? null, input.otherName);
    if (!who) {
      const field = input.who === 'other' ? 'otherName' : 'who';
      const message = input.who === 'other' ? 'say who holds it' : 'your partner has not joined yet';
      throw new AppError('VALIDATION', 400, `${field}: ${message}`, { [field]: message });
    }
    return 'personId' in who
      ? { whoKind: 'person', whoPersonId: who.personId, otherName: null }
      : { whoKind: who.kind, whoPersonId: null, otherName: who.kind === 'other' ? who.name : null };
  }

  async function setReview(member: Membership, reviewOn: string, kept: boolean) {
    await store.savePlan(db, {
      spaceId: member.spaceId,
      reviewOn,
      keptBy: kept ? member.personId : null,
      keptAt: kept ? clock.now() : null,
    });
    await hooks.onReviewSet(member.spaceId, reviewOn);
  }

  async function changed(member: Membership) {
    await context.tell((await context.place(member)).people, TOPIC);
  }

  async function plan(member: Membership): Promise<ParentingPlan> {
    const { partner, today, present } = await context.place(member);
    const [saved, rows] = await Promise.all([
      store.findPlan(db, member.spaceId),
      store.listPlanRows(db, member.spaceId),
    ]);
    const reviewOn = saved?.reviewOn ?? null;
    return { partner, today, reviewOn, isDue: isReviewDue(reviewOn, today), rows: rows.map(present.planRow) };
  }

  return {
    plan,

    /** The first routine starts the plan, with its review four weeks on. */
    async addRow(member: Membership, input: PlanRowInput): Promise<PlanRow> {
      const rows = await store.listPlanRows(db, member.spaceId);
      if (rows.length >= PLAN_ROWS_MAX) {
        throw conflict('PLAN_FULL', `A plan of ${PLAN_ROWS_MAX} routines is a lot; fold some together.`);
      }
      const row: PlanRowRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        task: input.task,
        whenText: input.when,
        createdAt: clock.now(),
        ...(await holder(member, input)),
      };
      await store.insertPlanRow(db, row);
      if (!(await store.findPlan(db, member.spaceId))) {
        await setReview(member, defaultReviewDay((await context.place(member)).today), false);
      }
      await changed(member);
      return (await context.place(member)).present.planRow(row);
    },

    async changeRow(member: Membership, id: string, input: PlanRowInput): Promise<PlanRow> {
      const row = context.mine(member, await store.findPlanRow(db, id), 'routine');
      const change = { task: input.task, whenText: input.when, ...(await holder(member, input)) };
      await store.updatePlanRow(db, id, change);
      await changed(member);
      return (await context.place(member)).present.planRow({ ...row, ...change });
    },

    async removeRow(member: Membership, id: string): Promise<void> {
      context.mine(member, await store.findPlanRow(db, id), 'routine');
      await store.deletePlanRow(db, id);
      await changed(member);
    },

    /** Looked at together: keep the plan (with whatever was revised) until a new review date. */
    async keep(member: Membership, input: PlanKeep): Promise<ParentingPlan> {
      const { today } = await context.place(member);
      const saved = await store.findPlan(db, member.spaceId);
      if (!saved) throw conflict('NO_PLAN', 'Add a routine first; the plan gets its review date then.');
      if (!isReviewDue(saved.reviewOn, today) && !input.reviewOn) {
        throw conflict('PLAN_NOT_DUE', 'The plan is not due for review yet.');
      }
      const reviewOn = input.reviewOn ?? defaultReviewDay(today);
      const problem = reviewDayProblem(reviewOn, today);
      if (problem) throw new AppError('VALIDATION', 400, `reviewOn: ${problem}`, { reviewOn: problem });
      await setReview(member, reviewOn, true);
      await changed(member);
      return plan(member);
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
