/**
 * The money and parenting meetings' rules, pure: the two topics, how long words may be, the
 * prompts that frame an agenda item around the shared goals, the talk's topic made from the
 * agenda, who holds a routine in the parenting plan, and whether a meeting falls today.
 */
import { todayIn } from '../agreements/days';
import { nextOccurrence, type Schedule } from '../rituals/recurrence';
import { TOPIC_MAX_LENGTH } from '../talks/formats';

/** Each topic is a talk format of the same name. */
export const MEETING_TOPICS = ['money', 'parenting'] as const;
export type MeetingTopic = (typeof MEETING_TOPICS)[number];

export const GOAL_MAX_LENGTH = 200;
export const GOALS_MAX = 12;
export const ITEM_MAX_LENGTH = 200;
export const AGENDA_MAX = 20;
export const NOTES_MAX_LENGTH = 8000;
export const DECISION_MAX_LENGTH = 280;
export const TASK_MAX_LENGTH = 120;
export const WHEN_MAX_LENGTH = 80;
export const OTHER_NAME_MAX_LENGTH = 60;
export const PLAN_ROWS_MAX = 40;

/** Who holds a routine, said from the writer's side; stored as a person, both, or someone else. */
export const PLAN_WHO = ['me', 'partner', 'both', 'other'] as const;
export type PlanWho = (typeof PLAN_WHO)[number];

/** What a stored routine says about who holds it: a person's id, `both`, or `other`. */
export type StoredWho = { personId: string } | { kind: 'both' } | { kind: 'other'; name: string };

/** A routine's holder as the writer chose it, turned into what is stored; null when it cannot be. */
export function storedWho(
  who: PlanWho,
  me: string,
  partnerId: string | null,
  otherName: string | undefined,
): StoredWho | null {
  switch (who) {
    case 'me':
      return { personId: me };
    case 'partner':
      return partnerId ? { personId: partnerId } : null;
    case 'both':
      return { kind: 'both' };
    case 'other':
      return otherName?.trim() ? { kind: 'other', name: otherName.trim() } : null;
  }
}

/**
 * The talk's topic: the meeting's name, then the agenda items in order, cut at a word to fit
 * a talk topic. With nothing on the agenda the name alone says what the talk is for.
 */
export function agendaTopic(name: string, items: string[]): string {
  const line = items.map((i) => i.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const full = line.length ? `${name}: ${line.join('; ')}` : name;
  if (full.length <= TOPIC_MAX_LENGTH) return full;
  const cut = full.slice(0, TOPIC_MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > name.length ? cut.slice(0, space) : cut}…`;
}

/** A new order names exactly the items there are, each once. */
export function isSameItems(order: string[], ids: string[]): boolean {
  return (
    order.length === ids.length &&
    new Set(order).size === order.length &&
    ids.every((id) => order.includes(id))
  );
}

/** The next meeting's start at or after an hour ago, so one just begun still counts as today's. */
export function nextMeeting(schedule: Schedule, now: Date): Date | null {
  return nextOccurrence(schedule, new Date(now.getTime() - 3600_000))?.startsAt ?? null;
}

/** Whether an instant falls on the same calendar day as `now` in the reader's zone. */
export const isSameDay = (at: Date, now: Date, timeZone: string): boolean =>
  todayIn(at, timeZone) === todayIn(now, timeZone);

/** Whether a plan's review date has come, given today in the reader's zone. */
export const isReviewDue = (reviewOn: string | null, today: string) => reviewOn !== null && reviewOn <= today;
