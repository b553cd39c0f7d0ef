import type { Ritual } from '../../../core/contracts/rituals';
import { nextOf, participantsOf } from './history';
import type { OccurrenceRow, RitualRow } from './store';

export type Member = { id: string; name: string };

/** A ritual as the reader `me` gets it, with its next occurrence from `now` and the reader's reminder. */
export function presentRitual(
  r: RitualRow,
  logs: OccurrenceRow[],
  members: Member[],
  me: string,
  lead: number | null,
  now: Date,
): Ritual {
  const proposer = members.find((m) => m.id === r.proposerId);
  const next = nextOf(r, logs, now);
  const partnerAnswer = !r.isProposed ? null : r.joinedBy ? 'joined' : r.declinedAt ? 'declined' : 'waiting';
  return {
    id: r.id,
    libraryId: r.libraryId,
    title: r.title,
    how: r.how,
    minutes: r.minutes,
    rule: r.rule,
    time: r.time,
    timeZone: r.timeZone,
    startDay: r.startDay,
    proposer: { id: r.proposerId, name: proposer?.name ?? '', isYou: r.proposerId === me },
    isProposed: r.isProposed,
    partnerAnswer,
    isTakingPart: participantsOf(r).includes(me),
    next: next && { day: next.day, startsAt: next.startsAt.toISOString() },
    reminderLead: lead,
  };
}

export function partnerOf(members: Member[], me: string) {
  const partner = members.find((m) => m.id !== me);
  return partner ? { id: partner.id, name: partner.name } : null;
}
