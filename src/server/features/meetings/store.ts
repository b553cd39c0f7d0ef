import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { spaceMember } from '../space/tables';
import {
  agendaItem,
  heldMeeting,
  meetingDecision,
  meetingGoal,
  meetingSchedule,
  parentingPlan,
  planRow,
} from './tables';

export type GoalRow = typeof meetingGoal.$inferSelect;
export type ItemRow = typeof agendaItem.$inferSelect;
export type MeetingRow = typeof heldMeeting.$inferSelect;
export type DecisionRow = typeof meetingDecision.$inferSelect;
export type ScheduleRow = typeof meetingSchedule.$inferSelect;
export type PlanRowRow = typeof planRow.$inferSelect;

const MEETINGS_SHOWN = 10;
const topicOf = (spaceId: string, topic: string) =>
  and(eq(meetingGoal.spaceId, spaceId), eq(meetingGoal.topic, topic));

/** The members of a space with their names and time zones. */
export function listPeople(db: Db, spaceId: string) {
  return db
    .select({ id: person.id, name: person.name, timeZone: person.timeZone })
    .from(spaceMember)
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .where(eq(spaceMember.spaceId, spaceId));
}

export async function insertGoal(db: Db, row: GoalRow) {
  await db.insert(meetingGoal).values(row);
}
export async function findGoal(db: Db, id: string): Promise<GoalRow | null> {
  const [row] = await db.select().from(meetingGoal).where(eq(meetingGoal.id, id));
  return row ?? null;
}
export const listGoals = (db: Db, spaceId: string, topic: string) =>
  db.select().from(meetingGoal).where(topicOf(spaceId, topic)).orderBy(asc(meetingGoal.createdAt));
export async function countGoals(db: Db, spaceId: string, topic: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(meetingGoal).where(topicOf(spaceId, topic));
  return row?.n ?? 0;
}
export async function updateGoal(db: Db, id: string, wording: string) {
  await db.update(meetingGoal).set({ wording }).where(eq(meetingGoal.id, id));
}
export async function deleteGoal(db: Db, id: string) {
  await db.delete(meetingGoal).where(eq(meetingGoal.id, id));
}

export async function insertItem(db: Db, row: ItemRow) {
  await db.insert(agendaItem).values(row);
}
export async function findItem(db: Db, id: string): Promise<ItemRow | null> {
  const [row] = await db.select().from(agendaItem).where(eq(agendaItem.id, id));
  return row ?? null;
}
/** The next meeting's agenda: items no meeting has taken yet, in their order. */
export const listAgenda = (db: Db, spaceId: string, topic: string) =>
  db
    .select()
    .from(agendaItem)
    .where(and(eq(agendaItem.spaceId, spaceId), eq(agendaItem.topic, topic), isNull(agendaItem.meetingId)))
    .orderBy(asc(agendaItem.position), asc(agendaItem.createdAt));
export async function listMeetingItems(db: Db, meetingIds: string[]): Promise<ItemRow[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(agendaItem)
    .where(inArray(agendaItem.meetingId, meetingIds))
    .orderBy(asc(agendaItem.position));
}
export async function updateItem(db: Db, id: string, change: Partial<ItemRow>) {
  await db.update(agendaItem).set(change).where(eq(agendaItem.id, id));
}
export async function deleteItem(db: Db, id: string) {
  await db.delete(agendaItem).where(eq(agendaItem.id, id));
}
/** The agenda items move along with the meeting that starts. */
export async function takeAgenda(db: Db, spaceId: string, topic: string, meetingId: string) {
  await db
    .update(agendaItem)
    .set({ meetingId })
    .where(and(eq(agendaItem.spaceId, spaceId), eq(agendaItem.topic, topic), isNull(agendaItem.meetingId)));
}

export async function insertMeeting(db: Db, row: MeetingRow) {
  await db.insert(heldMeeting).values(row);
}
export async function findMeeting(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(heldMeeting).where(eq(heldMeeting.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}
export const listMeetings = (db: Db, spaceId: string, topic: string) =>
  db
    .select()
    .from(heldMeeting)
    .where(and(eq(heldMeeting.spaceId, spaceId), eq(heldMeeting.topic, topic)))
    .orderBy(desc(heldMeeting.startedAt))
    .limit(MEETINGS_SHOWN);
export async function updateMeeting(db: Db, id: string, change: Partial<MeetingRow>) {
  await db.update(heldMeeting).set(change).where(eq(heldMeeting.id, id));
}

export async function insertDecision(db: Db, row: DecisionRow) {
  await db.insert(meetingDecision).values(row);
}
export async function findDecision(db: Db, id: string): Promise<DecisionRow | null> {
  const [row] = await db.select().from(meetingDecision).where(eq(meetingDecision.id, id));
  return row ?? null;
}
export async function listDecisions(db: Db, meetingIds: string[]): Promise<DecisionRow[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(meetingDecision)
    .where(inArray(meetingDecision.meetingId, meetingIds))
    .orderBy(asc(meetingDecision.createdAt));
}
/** Claims the decision with a mark: false when it was already claimed or proposed. */
export async function claimDecision(db: Db, id: string, mark: string): Promise<boolean> {
  const claimed = await db
    .update(meetingDecision)
    .set({ agreementId: mark })
    .where(and(eq(meetingDecision.id, id), isNull(meetingDecision.agreementId)))
    .returning({ id: meetingDecision.id });
  return claimed.length === 1;
}
/** Replaces a claim's mark with the agreement made, or releases it (null) when none was. */
export async function settleDecision(db: Db, id: string, mark: string, agreementId: string | null) {
  await db
    .update(meetingDecision)
    .set({ agreementId })
    .where(and(eq(meetingDecision.id, id), eq(meetingDecision.agreementId, mark)));
}

export async function findSchedule(db: Db, spaceId: string, topic: string): Promise<ScheduleRow | null> {
  const [row] = await db
    .select()
    .from(meetingSchedule)
    .where(and(eq(meetingSchedule.spaceId, spaceId), eq(meetingSchedule.topic, topic)));
  return row ?? null;
}
export const listSchedules = (db: Db, spaceId: string) =>
  db.select().from(meetingSchedule).where(eq(meetingSchedule.spaceId, spaceId));
export async function saveSchedule(db: Db, row: ScheduleRow) {
  await db
    .insert(meetingSchedule)
    .values(row)
    .onConflictDoUpdate({ target: [meetingSchedule.spaceId, meetingSchedule.topic], set: row });
}
export async function deleteSchedule(db: Db, spaceId: string, topic: string) {
  await db
    .delete(meetingSchedule)
    .where(and(eq(meetingSchedule.spaceId, spaceId), eq(meetingSchedule.topic, topic)));
}

export async function findPlan(db: Db, spaceId: string) {
  const [row] = await db.select().from(parentingPlan).where(eq(parentingPlan.spaceId, spaceId));
  return row ?? null;
}
export async function savePlan(db: Db, row: typeof parentingPlan.$inferSelect) {
  await db.insert(parentingPlan).values(row).onConflictDoUpdate({ target: parentingPlan.spaceId, set: row });
}
export async function insertPlanRow(db: Db, row: PlanRowRow) {
  await db.insert(planRow).values(row);
}
export async function findPlanRow(db: Db, id: string): Promise<PlanRowRow | null> {
  const [row] = await db.select().from(planRow).where(eq(planRow.id, id));
  return row ?? null;
}
export const listPlanRows = (db: Db, spaceId: string) =>
  db.select().from(planRow).where(eq(planRow.spaceId, spaceId)).orderBy(asc(planRow.createdAt));
export async function updatePlanRow(db: Db, id: string, change: Partial<PlanRowRow>) {
  await db.update(planRow).set(change).where(eq(planRow.id, id));
}
export async function deletePlanRow(db: Db, id: string) {
  await db.delete(planRow).where(eq(planRow.id, id));
}

/** Everything of the space's meetings, for one partner's export: all of it is shared between the two. */
export async function listForExport(db: Db, spaceId: string) {
  const [goals, agenda, meetings, decisions, schedules, plans, planRows] = await Promise.all([
    db.select().from(meetingGoal).where(eq(meetingGoal.spaceId, spaceId)),
    db.select().from(agendaItem).where(eq(agendaItem.spaceId, spaceId)),
    db.select().from(heldMeeting).where(eq(heldMeeting.spaceId, spaceId)).orderBy(asc(heldMeeting.startedAt)),
    db.select().from(meetingDecision).where(eq(meetingDecision.spaceId, spaceId)),
    db.select().from(meetingSchedule).where(eq(meetingSchedule.spaceId, spaceId)),
    db.select().from(parentingPlan).where(eq(parentingPlan.spaceId, spaceId)),
    db.select().from(planRow).where(eq(planRow.spaceId, spaceId)),
  ]);
  return { goals, agenda, meetings, decisions, schedules, parentingPlan: plans[0] ?? null, planRows };
}
