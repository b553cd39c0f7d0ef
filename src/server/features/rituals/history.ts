import type { Occurrence as OccurrenceView } from '../../../core/contracts/rituals';
import { localToUtc, parseTimeOfDay } from '../../../core/local-time';
import { parseDay } from '../../../core/pulse/days';
import { occurrencesBetween, type Schedule } from '../../../core/rituals/recurrence';
import { type RitualHistory, ritualStats } from '../../../core/rituals/suggestion';
import type { FeelingRow, LogWindow, OccurrenceRow, RitualRow } from './store';

const DAY_MS = 86_400_000;
/** How far back the numbers and the suggestion look. */
export const STATS_DAYS = 56;

export const scheduleOf = (r: RitualRow): Schedule => ({
  rule: r.rule,
  startDay: r.startDay,
  time: r.time,
  timeZone: r.timeZone,
});

/**
 * The log a read needs to see occurrences from `from` on, and the next one from `now`: a day is
 * named in the ritual's zone, which can be a day behind UTC, so the window opens two UTC days early.
 */
export const logWindow = (from: Date, now: Date): LogWindow => ({
  sinceDay: new Date(from.getTime() - 2 * DAY_MS).toISOString().slice(0, 10),
  movedFrom: now,
});

/** Who does this ritual: its proposer, and the partner once they joined. */
export const participantsOf = (r: RitualRow): string[] =>
  r.joinedBy ? [r.proposerId, r.joinedBy] : [r.proposerId];

/**
 * The ritual as it stands among the space's members now: a partner who joined it and then left
 * the space no longer takes part; a ritual whose proposer left is theirs, not the space's.
 */
export function amongMembers<R extends RitualRow>(r: R, memberIds: string[]): R | null {
  if (!memberIds.includes(r.proposerId)) return null;
  return r.joinedBy && !memberIds.includes(r.joinedBy) ? { ...r, joinedBy: null } : r;
}

/** The start of a day's occurrence at the ritual's time, also for a day the rule no longer names. */
export function startOfDay(r: RitualRow, day: string): Date {
  const date = parseDay(day);
  const time = parseTimeOfDay(r.time);
  return date && time ? localToUtc(date, time, r.timeZone) : new Date(0);
}

/**
 * An occurrence's feeling counts for the numbers once everyone doing the ritual has said it:
 * until then each rating is its writer's alone, and an average must not give it away.
 */
export function revealedFeeling(r: RitualRow, feelings: FeelingRow[]): number | null {
  const people = participantsOf(r);
  const values = people.map((id) => feelings.find((f) => f.personId === id)?.feeling);
  if (values.some((v) => v === undefined)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0) / values.length;
}

/** What came due in the stats window, what was done, and the feelings, oldest first. */
export function historyOf(r: RitualRow, logs: OccurrenceRow[], feelings: FeelingRow[], now: Date) {
  const from = new Date(now.getTime() - STATS_DAYS * DAY_MS);
  const due = new Set(occurrencesBetween(scheduleOf(r), from, now).map((o) => o.day));
  const inWindow = logs.filter((log) => startOfDay(r, log.day) >= from);
  for (const log of inWindow) {
    if (log.status === 'moved') due.delete(log.day);
    else due.add(log.day);
  }
  const done = inWindow.filter((log) => log.status === 'done').sort((a, b) => a.day.localeCompare(b.day));
  const history: RitualHistory = {
    due: due.size,
    done: done.length,
    feelings: done
      .map((log) =>
        revealedFeeling(
          r,
          feelings.filter((f) => f.day === log.day),
        ),
      )
      .filter((v): v is number => v !== null),
  };
  return ritualStats(history);
}

/** The occurrences from `from` to `to`, with what was logged and what the reader may see of the feelings. */
export function occurrenceViews(
  r: RitualRow,
  logs: OccurrenceRow[],
  feelings: FeelingRow[],
  reader: string,
  from: Date,
  to: Date,
): OccurrenceView[] {
  const days = new Map<string, Date>(
    occurrencesBetween(scheduleOf(r), from, to).map((o) => [o.day, o.startsAt]),
  );
  for (const log of logs) {
    const startsAt = startOfDay(r, log.day);
    if (startsAt >= from && startsAt < to) days.set(log.day, startsAt);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, startsAt]) => {
      const log = logs.find((l) => l.day === day);
      const mine = feelings.find((f) => f.day === day && f.personId === reader)?.feeling ?? null;
      const theirs = feelings.find((f) => f.day === day && f.personId !== reader) ?? null;
      return {
        day,
        startsAt: startsAt.toISOString(),
        status: (log?.status ?? null) as OccurrenceView['status'],
        movedTo: log?.movedTo?.toISOString() ?? null,
        myFeeling: mine,
        partnerFeeling: mine !== null && theirs ? theirs.feeling : null,
        hasPartnerRated: theirs !== null,
      };
    });
}

/** The next time the ritual happens from `now`: skipped and done ones passed over, moved ones at their new time. */
export function nextOf(
  r: RitualRow,
  logs: OccurrenceRow[],
  now: Date,
): { day: string; startsAt: Date } | null {
  const candidates: Array<{ day: string; startsAt: Date }> = [];
  const unlogged = firstUnlogged(r, logs, now);
  if (unlogged) candidates.push(unlogged);
  for (const log of logs) {
    if (log.status === 'moved' && log.movedTo && log.movedTo >= now)
      candidates.push({ day: log.day, startsAt: log.movedTo });
  }
  candidates.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return candidates[0] ?? null;
}

/**
 * The first occurrence within five weeks of `now` that nobody logged: looked for a week at a time,
 * since it is nearly always in the first one and each occurrence costs a time-zone conversion.
 */
function firstUnlogged(r: RitualRow, logs: OccurrenceRow[], now: Date) {
  const end = now.getTime() + 35 * DAY_MS;
  for (let from = now.getTime(); from < end; from += 7 * DAY_MS) {
    const week = occurrencesBetween(
      scheduleOf(r),
      new Date(from),
      new Date(Math.min(from + 7 * DAY_MS, end)),
    );
    const found = week.find((o) => !logs.some((l) => l.day === o.day));
    if (found) return found;
  }
  return null;
}
