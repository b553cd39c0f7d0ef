import { randomUUID } from 'node:crypto';
import { isInSpace, type Viewer } from '../../../core/access';
import { defaultReviewDay, reviewDayProblem, todayIn } from '../../../core/agreements/days';
import {
  type AgreementCategory,
  type AgreementMove,
  type AgreementSource,
  check,
  isStale,
} from '../../../core/agreements/rules';
import type {
  Agreement,
  AgreementAnswer,
  AgreementChange,
  AgreementKeep,
  Ledger,
  Need,
  NeedChange,
  NewAgreement,
  NewNeed,
} from '../../../core/contracts/agreements';
import type { Membership } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { createNeedService } from './needs';
import { presenter, type SpacePerson, stateOf } from './present';
import type { AgreementRow, VersionRow } from './store';
import * as store from './store';

export interface AgreementHooks {
  /** A version became active or was kept: both are reminded on its review date. */
  onReviewSet?(agreement: { id: string; spaceId: string; reviewOn: string }): Promise<void>;
  /** The partner asked to talk a proposal over: invite the proposer to a talk on it; the talk's id. */
  onDiscuss?(member: Membership, topic: string): Promise<string | null>;
}

/** A proposal another room makes on someone's behalf, from a plan or a decision. */
export interface ProposalFrom {
  category: AgreementCategory;
  wording: string;
  source: Exclude<AgreementSource, 'ledger'>;
  reviewOn?: string;
}

const missing = () => notFound('There is no such agreement in your space.');
const viewerOf = (member: Membership): Viewer => ({ personId: member.personId, spaceId: member.spaceId });
const badDay = (problem: string) =>
  new AppError('VALIDATION', 400, `reviewOn: ${problem}`, { reviewOn: problem });

export function createAgreementService(platform: Platform, hooks: AgreementHooks = {}) {
  const { db } = platform.database;
  const { clock, live } = platform;

  async function place(member: Membership) {
    const people: SpacePerson[] = await store.listPeople(db, member.spaceId);
    const zone = people.find((p) => p.id === member.personId)?.timeZone ?? 'UTC';
    return { people, today: todayIn(clock.now(), zone), present: presenter(people, member.personId) };
  }

  const tell = (people: SpacePerson[], agreementId: string) =>
    live.send(
      people.map((p) => p.id),
      { type: 'agreement.changed', agreementId },
    );

  function reviewDay(asked: string | undefined, today: string): string {
    if (asked === undefined) return defaultReviewDay(today);
    const problem = reviewDayProblem(asked, today);
    if (problem) throw badDay(problem);
    return asked;
  }

  async function readAgreement(tx: Db, member: Membership, id: string, lock: boolean) {
    const unchecked = await store.findAgreement(tx, id, { lock });
    if (!unchecked || !isInSpace(viewerOf(member), unchecked.spaceId)) throw missing();
    return unchecked;
  }

  async function create(member: Membership, input: NewAgreement, source: AgreementSource) {
    const { people, today, present } = await place(member);
    if (!people.some((p) => p.id !== member.personId)) {
      throw conflict('NO_PARTNER', 'An agreement needs your partner in your space. Invite them first.');
    }
    const now = clock.now();
    const row: AgreementRow = {
      id: randomUUID(),
      spaceId: member.spaceId,
      status: 'proposed',
      source,
      latestNumber: 1,
      activeNumber: null,
      reviewOn: null,
      keptBy: null,
      keptAt: null,
      retiredBy: null,
      retiredAt: null,
      createdAt: now,
    };
    const first = newVersion(row.id, 1, member.personId, input, reviewDay(input.reviewOn, today), now);
    await db.transaction((tx) => store.insertAgreement(tx, row, first));
    await tell(people, row.id);
    return present.agreement(row, [first], today);
  }

  /**
   * One move under a row lock. The move names the version its maker saw; when the other partner
   * changed the agreement meanwhile, it is a 409 carrying the agreement as it is now, so nothing
   * is overwritten and the screen can show both to reconcile.
   */
  async function act(
    member: Membership,
    id: string,
    basedOn: number,
    move: AgreementMove,
    apply: (tx: Db, row: AgreementRow, versions: VersionRow[], now: Date, today: string) => Promise<void>,
  ): Promise<Agreement> {
    const { people, today, present } = await place(member);
    const now = clock.now();
    const outcome = await db.transaction(async (tx) => {
      const row = await readAgreement(tx, member, id, true);
      const versions = await store.listVersions(tx, [id]);
      const state = stateOf(row, versions);
      if (isStale(state, basedOn)) return { stale: present.agreement(row, versions, today) };
      const allowed = check(state, move, member.personId, today);
      if (!allowed.ok) throw conflict('AGREEMENT_STATE', allowed.reason);
      await apply(tx, row, versions, now, today);
      return { stale: null };
    });
    if (outcome.stale) {
      throw new AppError(
        'AGREEMENT_CHANGED',
        409,
        'Your partner changed this agreement while you were looking at it. Here is their version.',
        undefined,
        { agreement: outcome.stale },
      );
    }
    const row = await readAgreement(db, member, id, false);
    await tell(people, id);
    return present.agreement(row, await store.listVersions(db, [id]), today);
  }

  async function reviewSet(row: AgreementRow) {
    if (row.status === 'active' && row.reviewOn) {
      await hooks.onReviewSet?.({ id: row.id, spaceId: row.spaceId, reviewOn: row.reviewOn });
    }
  }

  const needs = createNeedService(platform);

  return {
    moveToSpace: needs.moveToSpace,

    async ledger(member: Membership): Promise<Ledger> {
      const { people, today, present } = await place(member);
      const rows = await store.listAgreements(db, member.spaceId);
      const [versions, visible] = await Promise.all([
        store.listVersions(
          db,
          rows.map((r) => r.id),
        ),
        needs.visibleNeeds(member, people),
      ]);
      const partner = people.find((p) => p.id !== member.personId);
      return {
        partner: partner ? { id: partner.id, name: partner.name } : null,
        today,
        agreements: rows.map((row) => present.agreement(row, versions, today)),
        needs: visible.map(present.need),
      };
    },

    async addNeed(member: Membership, input: NewNeed): Promise<Need> {
      const row = await needs.addNeed(member, input);
      return (await place(member)).present.need(row);
    },

    async changeNeed(member: Membership, id: string, change: NeedChange): Promise<Need> {
      const row = await needs.changeNeed(member, id, change);
      return (await place(member)).present.need(row);
    },

    removeNeed: needs.removeNeed,

    async get(member: Membership, id: string): Promise<Agreement> {
      const { today, present } = await place(member);
      const row = await readAgreement(db, member, id, false);
      return present.agreement(row, await store.listVersions(db, [id]), today);
    },

    propose: (member: Membership, input: NewAgreement) => create(member, input, 'ledger'),

    /** For other rooms: a repair plan or an adopted experiment becomes a proposal from this member. */
    proposeFrom: (member: Membership, proposal: ProposalFrom) =>
      create(
        member,
        {
          category: proposal.category,
          wording: proposal.wording,
          ...(proposal.reviewOn && { reviewOn: proposal.reviewOn }),
        },
        proposal.source,
      ),

    /** A new version: a counter-proposal, or a revision of an active agreement. */
    change: (member: Membership, id: string, input: AgreementChange) =>
      act(member, id, input.basedOn, { type: 'change' }, async (tx, row, versions, now, today) => {
        const number = row.latestNumber + 1;
        const pending = versions.find((v) => v.number === row.latestNumber && v.status === 'proposed');
        if (pending) await store.updateVersion(tx, id, pending.number, { status: 'replaced' });
        await store.insertVersion(
          tx,
          newVersion(id, number, member.personId, input, reviewDay(input.reviewOn, today), now),
        );
        await store.updateAgreement(tx, id, { latestNumber: number });
      }),

    async accept(member: Membership, id: string, input: AgreementAnswer): Promise<Agreement> {
      const accepted = await act(
        member,
        id,
        input.basedOn,
        { type: 'accept' },
        async (tx, row, versions, now) => {
          const pending = versions.find((v) => v.number === row.latestNumber);
          if (!pending) throw missing();
          if (row.activeNumber !== null) {
            await store.updateVersion(tx, id, row.activeNumber, { status: 'replaced' });
          }
          await store.updateVersion(tx, id, pending.number, {
            status: 'accepted',
            acceptedBy: member.personId,
            acceptedAt: now,
          });
          await store.updateAgreement(tx, id, {
            status: 'active',
            activeNumber: pending.number,
            reviewOn: pending.reviewOn,
            keptBy: null,
            keptAt: null,
          });
        },
      );
      await reviewSet(await readAgreement(db, member, id, false));
      return accepted;
    },

    /** The partner would rather talk it over: the proposal waits, and the proposer is invited to a talk. */
    async discuss(member: Membership, id: string, input: AgreementAnswer): Promise<Agreement> {
      const row = await readAgreement(db, member, id, false);
      const versions = await store.listVersions(db, [id]);
      const pending = versions.find((v) => v.number === row.latestNumber && v.status === 'proposed');
      const allowed = check(stateOf(row, versions), { type: 'discuss' }, member.personId, '');
      // The talk is only asked for when the move fits; `act` below answers why it does not.
      const talkId =
        allowed.ok && pending && row.latestNumber === input.basedOn
          ? ((await hooks.onDiscuss?.(member, topicOf(pending.wording))) ?? null)
          : null;
      return act(member, id, input.basedOn, { type: 'discuss' }, async (tx, fresh, _v, now) => {
        await store.updateVersion(tx, id, fresh.latestNumber, {
          discussBy: member.personId,
          discussAt: now,
          talkId,
        });
      });
    },

    async keep(member: Membership, id: string, input: AgreementKeep): Promise<Agreement> {
      const kept = await act(
        member,
        id,
        input.basedOn,
        { type: 'keep' },
        async (tx, _row, _v, now, today) => {
          await store.updateAgreement(tx, id, {
            reviewOn: reviewDay(input.reviewOn, today),
            keptBy: member.personId,
            keptAt: now,
          });
        },
      );
      await reviewSet(await readAgreement(db, member, id, false));
      return kept;
    },

    retire: (member: Membership, id: string, input: AgreementAnswer) =>
      act(member, id, input.basedOn, { type: 'retire' }, async (tx, row, _v, now) => {
        await store.updateAgreement(tx, id, {
          status: 'retired',
          retiredBy: member.personId,
          retiredAt: now,
        });
        // A proposal still waiting is closed with it.
        if (row.latestNumber !== row.activeNumber) {
          await store.updateVersion(tx, id, row.latestNumber, { status: 'replaced' });
        }
      }),

    /** Whether a review reminder for this agreement and date is still wanted. */
    async isReviewCurrent(agreementId: string, reviewOn: string): Promise<boolean> {
      const row = await store.findAgreement(db, agreementId);
      return row?.status === 'active' && row.reviewOn === reviewOn;
    },
  };
}

/** A talk's topic is short; a long wording is cut at a word, with an ellipsis. */
function topicOf(wording: string): string {
  const line = wording.replace(/\s+/g, ' ').trim();
  if (line.length <= 120) return line;
  const cut = line.slice(0, 119);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

function newVersion(
  agreementId: string,
  number: number,
  personId: string,
  input: { category: AgreementCategory; wording: string },
  reviewOn: string,
  now: Date,
): VersionRow {
  return {
    id: randomUUID(),
    agreementId,
    number,
    category: input.category,
    wording: input.wording,
    reviewOn,
    status: 'proposed',
    proposedBy: personId,
    proposedAt: now,
    acceptedBy: null,
    acceptedAt: null,
    discussBy: null,
    discussAt: null,
    talkId: null,
  };
}

export type AgreementService = ReturnType<typeof createAgreementService>;
