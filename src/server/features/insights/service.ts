import type { InsightsView, WeekSummaryView } from '../../../core/contracts/insights';
import {
  distanceWording,
  insightsFor,
  MIN_DAYS,
  type PartnerShares,
  type PersonRecord,
  persistentDistance,
  weeklySummary,
  whatHelps,
} from '../../../core/insights';
import { todayIn } from '../../../core/pulse/days';
import type { Membership, Person } from '../../platform/auth/session';
import type { Platform } from '../../platform/platform';
import { readPartnerShares, readRecord } from './record';
import * as store from './store';

export interface InsightsDeps {
  membersOf(spaceId: string): Promise<{ id: string; name: string }[]>;
}

interface Gathered {
  today: string;
  record: PersonRecord;
  partner: PartnerShares | null;
  partnerName: string | null;
}

/**
 * One person's insights, computed on request from their own record and the numbers their
 * partner shares. Nothing of the partner's beyond shared numbers is ever read.
 */
export function createInsightsService(platform: Platform, deps: InsightsDeps) {
  const { db } = platform.database;
  const { clock } = platform;

  async function gather(
    spaceId: string,
    personId: string,
    timeZone: string,
    today: string,
  ): Promise<Gathered> {
    const record = await readRecord(db, { personId, spaceId, timeZone }, today, clock.now());
    const other = (await deps.membersOf(spaceId)).find((m) => m.id !== personId) ?? null;
    const partner = other ? await readPartnerShares(db, other.id, spaceId) : null;
    return { today, record, partner, partnerName: other?.name ?? null };
  }

  /** The support suggestion: shown until set aside, then not again for four weeks. */
  async function distanceFor(personId: string, { record, today }: Gathered) {
    const row = await store.findDistance(db, personId);
    const shownOn = row?.shownOn ?? null;
    const dismissedOn = row?.dismissedOn ?? null;
    const isShowing = shownOn !== null && (dismissedOn === null || dismissedOn < shownOn);
    const lastShown = isShowing ? null : ([shownOn, dismissedOn].sort().at(-1) ?? null);
    const advice = persistentDistance({ pulses: record.pulses, moments: record.moments, today, lastShown });
    if (advice.shouldShow && !isShowing)
      await store.saveDistance(db, { personId, shownOn: today, dismissedOn });
    return distanceWording(advice);
  }

  async function insights(member: Membership, person: Person): Promise<InsightsView> {
    const today = todayIn(clock.now(), person.timeZone);
    const gathered = await gather(member.spaceId, person.id, person.timeZone, today);
    const found = insightsFor(gathered.record, gathered.partner, today);
    return {
      today,
      minDays: MIN_DAYS,
      ...found,
      partnerName: found.partnerTrend ? gathered.partnerName : null,
      distance: await distanceFor(person.id, gathered),
    };
  }

  async function summaryOf(spaceId: string, personId: string, timeZone: string, weekEnd: string) {
    const { record } = await gather(spaceId, personId, timeZone, weekEnd);
    return weeklySummary(record, weekEnd, whatHelps(record));
  }

  return {
    insights,

    /** The seven days ending today. */
    summary(member: Membership, person: Person): Promise<WeekSummaryView> {
      return summaryOf(member.spaceId, person.id, person.timeZone, todayIn(clock.now(), person.timeZone));
    },

    /** The week ending on `weekEnd`, for the weekly message. */
    summaryOf,

    async dismissDistance(member: Membership, person: Person): Promise<InsightsView> {
      const today = todayIn(clock.now(), person.timeZone);
      const row = await store.findDistance(db, person.id);
      await store.saveDistance(db, {
        personId: person.id,
        shownOn: row?.shownOn ?? null,
        dismissedOn: today,
      });
      return insights(member, person);
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
