import { randomUUID } from 'node:crypto';
import { isInSpace } from '../../../core/access';
import { type AgreementCategory, WORDING_MAX_LENGTH } from '../../../core/agreements/rules';
import type { AfterFight, AfterFightEntryInput, PlanAsAgreement } from '../../../core/contracts/repair';
import {
  type AfterFightAction,
  type AfterFightPhase,
  type AfterFightState,
  type AfterFightStep,
  isOpen,
  startAfterFight,
  transition,
  whoseTurn,
} from '../../../core/repair/after-fight';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { KeptPlan } from '../commitments/service';
import type { AfterFightEntryRow, AfterFightRow } from './store';
import * as store from './store';

type Members = Array<{ id: string; name: string }>;

const missing = () => notFound('There is no such conversation in your space.');
const stateOf = (row: AfterFightRow): AfterFightState => ({
  phase: row.phase as AfterFightPhase,
  starterId: row.starterId,
  partnerId: row.partnerId,
  doneBy: row.doneBy,
});

const personOf = (members: Members, id: string, me: string) => ({
  id,
  name: members.find((m) => m.id === id)?.name ?? '',
  isYou: id === me,
});

/**
 * What the partner wrote is shown once both have written that step, so neither answer leans on the
 * other; the accounts are the exception, told in turns so the second one has heard the first.
 */
export function isShown(entry: AfterFightEntryRow, all: AfterFightEntryRow[], me: string): boolean {
  if (entry.personId === me || entry.step === 'account') return true;
  return all.some((e) => e.step === entry.step && e.personId === me);
}

function present(
  row: AfterFightRow,
  entries: AfterFightEntryRow[],
  members: Members,
  me: string,
): AfterFight {
  const state = stateOf(row);
  const own = entries.filter((e) => e.afterFightId === row.id);
  return {
    id: row.id,
    phase: state.phase,
    starter: personOf(members, row.starterId, me),
    partner: personOf(members, row.partnerId, me),
    turnOf: whoseTurn(state),
    isDoneByYou: state.doneBy.includes(me),
    entries: own
      .filter((e) => isShown(e, own, me))
      .map((e) => ({
        id: e.id,
        by: personOf(members, e.personId, me),
        step: e.step as AfterFightStep,
        feelings: e.feelings,
        text: e.text,
        agreementId: e.agreementId,
      })),
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', 400, `${field}: ${message}`, { [field]: message });

/** The feelings step takes words from the list (a note is welcome); every other step takes words. */
function checkEntry(step: AfterFightStep, input: AfterFightEntryInput): void {
  if (step === 'feelings') {
    if (!input.feelings) throw invalid('feelings', 'choose at least one feeling from the list');
    return;
  }
  if (input.feelings) throw invalid('feelings', 'feelings are chosen at the first step');
  if (!input.text) throw invalid('text', 'write a few words for this step');
}

/** A plan made into an agreement proposal by the ledger; the proposal's id. */
export type ProposePlan = (
  member: Membership,
  proposal: { category: AgreementCategory; wording: string },
) => Promise<string>;

export function createAfterFightService(
  platform: Platform,
  membersOf: (spaceId: string) => Promise<Members>,
  proposePlan?: ProposePlan,
  /** A plan written at the plan step goes onto its author's own list, in the same transaction. */
  keepPlan?: (tx: Db, plan: KeptPlan) => Promise<void>,
) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function read(tx: Db, member: Membership, id: string, lock = false): Promise<AfterFightRow> {
    const unchecked = await store.findAfterFight(tx, id, { lock });
    const isTheirs =
      unchecked && (unchecked.starterId === member.personId || unchecked.partnerId === member.personId);
    if (!unchecked || !isTheirs || !isInSpace(member, unchecked.spaceId)) throw missing();
    return unchecked;
  }

  async function show(member: Membership, row: AfterFightRow): Promise<AfterFight> {
    const [members, entries] = await Promise.all([
      membersOf(member.spaceId),
      store.listEntries(db, [row.id]),
    ]);
    return present(row, entries, members, member.personId);
  }

  /** Runs the state machine under a lock; a move out of order is a 409 that says why. */
  async function act(
    member: Membership,
    id: string,
    action: AfterFightAction,
    alongside?: (tx: Db, before: AfterFightRow) => Promise<void>,
  ): Promise<AfterFight> {
    const row = await db.transaction(async (tx) => {
      const before = await read(tx, member, id, true);
      const move = transition(stateOf(before), action);
      if (!move.ok) throw conflict('AFTER_FIGHT_STATE', move.reason);
      await alongside?.(tx, before);
      const change = {
        phase: move.state.phase,
        doneBy: move.state.doneBy,
        endedAt: isOpen(move.state) ? null : clock.now(),
      };
      await store.updateAfterFight(tx, id, change);
      return { ...before, ...change };
    });
    await live.send([row.starterId, row.partnerId], { type: 'afterFight.changed', afterFightId: row.id });
    return show(member, row);
  }

  return {
    async list(member: Membership): Promise<AfterFight[]> {
      const rows = (await store.listAfterFights(db, member.spaceId)).filter(
        (r) => r.starterId === member.personId || r.partnerId === member.personId,
      );
      const [members, entries] = await Promise.all([
        membersOf(member.spaceId),
        store.listEntries(
          db,
          rows.map((r) => r.id),
        ),
      ]);
      return rows.map((row) => present(row, entries, members, member.personId));
    },

    get: async (member: Membership, id: string) => show(member, await read(db, member, id)),

    async start(member: Membership): Promise<AfterFight> {
      const partner = (await membersOf(member.spaceId)).find((m) => m.id !== member.personId);
      if (!partner) throw conflict('NO_PARTNER', 'This is done together. Invite your partner first.');
      const state = startAfterFight(member.personId, partner.id);
      const row: AfterFightRow = {
        id: randomUUID(),
        spaceId: member.spaceId,
        starterId: state.starterId,
        partnerId: state.partnerId,
        phase: state.phase,
        doneBy: state.doneBy,
        createdAt: clock.now(),
        endedAt: null,
      };
      if (!(await store.insertAfterFight(db, row))) {
        throw conflict('AFTER_FIGHT_OPEN', 'You already have one going. Pick it up where you left off.');
      }
      await live.send([row.starterId, row.partnerId], { type: 'afterFight.changed', afterFightId: row.id });
      return show(member, row);
    },

    join: (member: Membership, id: string) => act(member, id, { type: 'join', by: member.personId }),

    stop: (member: Membership, id: string) => act(member, id, { type: 'stop', by: member.personId }),

    submit: (member: Membership, id: string, step: AfterFightStep, input: AfterFightEntryInput) =>
      act(member, id, { type: 'submit', by: member.personId, step }, async (tx, before) => {
        checkEntry(step, input);
        await store.insertEntry(tx, {
          id: randomUUID(),
          afterFightId: before.id,
          personId: member.personId,
          step,
          feelings: input.feelings ?? [],
          text: input.text ?? null,
          createdAt: clock.now(),
          agreementId: null,
        });
        if (step === 'plan' && input.text) {
          const plan = { spaceId: before.spaceId, personId: member.personId, text: input.text };
          await keepPlan?.(tx, { ...plan, source: 'after_fight', sourceId: before.id });
        }
      }),

    /**
     * Its author proposes their plan as an agreement, once the conversation is over; the partner
     * answers it in the ledger. A plan becomes one proposal only: asking again is a 409.
     */
    async proposePlan(member: Membership, id: string, entryId: string, input: PlanAsAgreement) {
      const row = await read(db, member, id);
      const unchecked = await store.findEntry(db, entryId);
      if (!unchecked || unchecked.afterFightId !== row.id || unchecked.step !== 'plan') {
        throw notFound('There is no such plan in this conversation.');
      }
      if (unchecked.personId !== member.personId) {
        throw forbidden('Only the one who wrote this plan can propose it as an agreement.');
      }
      if (row.phase !== 'done')
        throw conflict('AFTER_FIGHT_STATE', 'Plans become agreements once you have both shared yours.');
      if (unchecked.agreementId)
        throw conflict('PLAN_PROPOSED', 'This plan is already proposed as an agreement.');
      const wording = input.wording ?? unchecked.text ?? '';
      if (wording.length > WORDING_MAX_LENGTH) {
        throw invalid(
          'wording',
          `an agreement holds up to ${WORDING_MAX_LENGTH} characters; say it in fewer words`,
        );
      }
      if (!proposePlan) throw conflict('PLAN_PROPOSED', 'Agreements are not available here.');
      const agreementId = await proposePlan(member, { category: input.category, wording });
      if (!(await store.markProposed(db, entryId, agreementId))) {
        throw conflict('PLAN_PROPOSED', 'This plan is already proposed as an agreement.');
      }
      await live.send([row.starterId, row.partnerId], { type: 'afterFight.changed', afterFightId: row.id });
      return show(member, row);
    },
  };
}

export type AfterFightService = ReturnType<typeof createAfterFightService>;
