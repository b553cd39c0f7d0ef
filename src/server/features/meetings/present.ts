import type {
  AgendaItem,
  Decision,
  Goal,
  HeldMeeting,
  MeetingSchedule,
  PlanRow,
} from '../../../core/contracts/meetings';
import { nextMeeting } from '../../../core/meetings/rules';
import type { DecisionRow, GoalRow, ItemRow, MeetingRow, PlanRowRow, ScheduleRow } from './store';

export interface SpacePerson {
  id: string;
  name: string;
  timeZone: string;
}

/** Rows as the reader sees them: names beside ids, "you" marked. */
export function presenter(people: SpacePerson[], me: string) {
  const who = (id: string | null) =>
    id === null ? null : { id, name: people.find((p) => p.id === id)?.name ?? '', isYou: id === me };

  const goal = (row: GoalRow): Goal => ({ id: row.id, wording: row.wording, by: who(row.writtenBy) });
  const item = (row: ItemRow): AgendaItem => ({
    id: row.id,
    wording: row.wording,
    goalId: row.goalId,
    by: who(row.addedBy),
  });
  const decision = (row: DecisionRow): Decision => ({
    id: row.id,
    wording: row.wording,
    by: who(row.madeBy),
    agreementId: row.agreementId,
  });

  return {
    goal,
    item,
    decision,
    meeting(row: MeetingRow, items: ItemRow[], decisions: DecisionRow[]): HeldMeeting {
      return {
        id: row.id,
        startedAt: row.startedAt.toISOString(),
        startedBy: who(row.startedBy),
        talkId: row.talkId,
        agenda: items.filter((i) => i.meetingId === row.id).map(item),
        notes: {
          text: row.notes,
          version: row.notesVersion,
          by: who(row.notesBy),
          at: row.notesAt?.toISOString() ?? null,
        },
        decisions: decisions.filter((d) => d.meetingId === row.id).map(decision),
      };
    },
    schedule(row: ScheduleRow, now: Date): MeetingSchedule {
      const isAccepted = row.acceptedAt !== null;
      const next = isAccepted ? nextMeeting(row, now) : null;
      return {
        rule: row.rule,
        startDay: row.startDay,
        time: row.time,
        timeZone: row.timeZone,
        proposedBy: who(row.proposedBy),
        isAccepted,
        canAccept: !isAccepted && row.proposedBy !== me,
        next: next?.toISOString() ?? null,
      };
    },
    planRow(row: PlanRowRow): PlanRow {
      const holder = who(row.whoPersonId);
      return {
        id: row.id,
        task: row.task,
        when: row.whenText,
        who:
          row.whoKind === 'person' && holder
            ? { kind: 'person', name: holder.name, isYou: holder.isYou }
            : row.whoKind === 'other'
              ? { kind: 'other', name: row.otherName ?? '' }
              : { kind: 'both' },
      };
    },
  };
}
