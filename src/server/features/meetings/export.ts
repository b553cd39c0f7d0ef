import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import {
  agendaItem,
  heldMeeting,
  meetingDecision,
  meetingGoal,
  meetingSchedule,
  parentingPlan,
  planRow,
} from './tables';

/** The space's money and parenting meetings: goals, agendas, notes, decisions, schedules, the plan. */
export const meetingsExport: ExportPiece = {
  room: 'meetings',
  tables: [meetingGoal, agendaItem, heldMeeting, meetingDecision, meetingSchedule, parentingPlan, planRow],
  async collect({ db, spaceId }) {
    return spaceId ? store.listForExport(db, spaceId) : {};
  },
};
