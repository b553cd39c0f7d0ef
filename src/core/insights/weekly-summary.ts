import { OUTSIDE_STRESSORS, type Stressor } from '../pulse/days';
import { MIN_DAYS } from './association';
import { dayFromNumber, dayNumber } from './calendar';
import { weeklyMeans } from './series';
import { type PersonRecord, type Practice, practiceOf } from './types';
import type { PracticeAssociation } from './what-helps';
import type { Wording } from './words';

/**
 * The weekly summary's content: up to three wins, one line on what helped, one gentle suggestion.
 * The week is the seven days ending on `weekEnd`. Wins come only from the person's own week;
 * "what helped" from their own history (`whatHelps`), so nothing of the partner's private days
 * can show through.
 */

export const MAX_WINS = 3;
/** A rise this large, between weeks with two check-ins each, counts as a win. */
export const CLOSER_BY = 0.5;

export interface WeekSummary {
  first: string;
  last: string;
  wins: Wording[];
  helped: Wording;
  suggestion: Wording;
}

export function weeklySummary(
  record: PersonRecord,
  weekEnd: string,
  helps: readonly PracticeAssociation[],
): WeekSummary {
  const end = dayNumber(weekEnd);
  const isThisWeek = (day: string) => {
    const n = dayNumber(day);
    return n > end - 7 && n <= end;
  };
  const pulses = record.pulses.filter((p) => isThisWeek(p.day));
  const moments = record.moments.filter((m) => isThisWeek(m.day));
  const count = (test: (m: (typeof moments)[number]) => boolean) => moments.filter(test).length;
  const practised = new Set<Practice>();
  for (const m of moments) {
    const practice = practiceOf(m);
    if (practice) practised.add(practice);
  }

  // Wins, the rarest and most hard-won first.
  const wins: Wording[] = [];
  const [before, now] = weeklyMeans(record.pulses, weekEnd, 2);
  if (
    before &&
    now &&
    before.count >= 2 &&
    now.count >= 2 &&
    before.closeness !== null &&
    now.closeness !== null
  )
    if (now.closeness - before.closeness >= CLOSER_BY)
      wins.push({ key: 'win.closer', values: { from: before.closeness, to: now.closeness } });
  const counted: [Wording['key'], number][] = [
    ['win.repair', count((m) => m.kind === 'repair')],
    ['win.pause', count((m) => m.kind === 'pause' && m.isHonoured)],
    ['win.reflection', count((m) => m.kind === 'reflection' && m.isConfirmed)],
    ['win.ritual', count((m) => m.kind === 'ritual' && m.isKept)],
    ['win.talk', count((m) => m.kind === 'talk')],
  ];
  for (const [key, n] of counted) if (n > 0) wins.push({ key, values: { count: n } });
  const received = count((m) => m.kind === 'appreciation' && m.direction === 'received');
  const sent = count((m) => m.kind === 'appreciation' && m.direction === 'sent');
  if (received > 0) wins.push({ key: 'win.appreciation', values: { count: received, sent } });
  if (pulses.length > 0) wins.push({ key: 'win.check-ins', values: { count: pulses.length } });

  const helping = helps.filter((a) => a.reading === 'higher');
  return {
    first: dayFromNumber(end - 6),
    last: weekEnd,
    wins: wins.slice(0, MAX_WINS),
    helped: helpedLine(helps, helping, practised),
    suggestion: suggestion(pulses, helping, practised, sent),
  };
}

function helpedLine(
  helps: readonly PracticeAssociation[],
  helping: readonly PracticeAssociation[],
  practised: ReadonlySet<Practice>,
): Wording {
  const line = (key: Wording['key'], a: PracticeAssociation): Wording => ({
    key,
    values: { practice: a.practice, difference: a.difference ?? 0, withDays: a.withDays },
  });
  // `helps` is sorted strongest first, so the first match is the clearest one.
  const thisWeek = helping.find((a) => practised.has(a.practice));
  if (thisWeek) return line('helped.this-week', thisWeek);
  const [overall] = helping;
  if (overall) return line('helped.overall', overall);
  if (helps.some((a) => a.reading !== 'too-few')) return { key: 'helped.none-clear', values: {} };
  return { key: 'helped.not-yet', values: { needed: MIN_DAYS } };
}

function suggestion(
  pulses: readonly { stressors: readonly Stressor[] }[],
  helping: readonly PracticeAssociation[],
  practised: ReadonlySet<Practice>,
  appreciationsSent: number,
): Wording {
  if (pulses.length === 0) return { key: 'suggest.check-in', values: {} };
  for (const stressor of OUTSIDE_STRESSORS) {
    const days = pulses.filter((p) => p.stressors.includes(stressor)).length;
    if (days >= 2) return { key: 'suggest.share-stress', values: { stressor } };
  }
  const missed = helping.find((a) => !practised.has(a.practice));
  if (missed) return { key: 'suggest.try-practice', values: { practice: missed.practice } };
  if (appreciationsSent === 0) return { key: 'suggest.appreciate', values: {} };
  return { key: 'suggest.notice-moment', values: {} };
}
