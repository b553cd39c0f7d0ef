import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { spaceMember } from '../space/tables';
import { experiment, experimentRating, problem, problemIdea } from './tables';

export type ProblemRow = typeof problem.$inferSelect;
export type IdeaRow = typeof problemIdea.$inferSelect;
export type ExperimentRow = typeof experiment.$inferSelect;
export type RatingRow = typeof experimentRating.$inferSelect;

const LIST_LIMIT = 50;

export async function insertProblem(db: Db, row: ProblemRow): Promise<void> {
  await db.insert(problem).values(row);
}

/** A problem by id, whatever space it is in: the caller checks access before using it. */
export async function findProblem(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(problem).where(eq(problem.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export function listProblems(db: Db, spaceId: string) {
  return db
    .select()
    .from(problem)
    .where(eq(problem.spaceId, spaceId))
    .orderBy(desc(problem.updatedAt))
    .limit(LIST_LIMIT);
}

export async function updateProblem(db: Db, id: string, change: Partial<ProblemRow>): Promise<void> {
  await db.update(problem).set(change).where(eq(problem.id, id));
}

export async function insertIdea(db: Db, row: IdeaRow): Promise<void> {
  await db.insert(problemIdea).values(row);
}

export async function listIdeas(db: Db, problemIds: string[]): Promise<IdeaRow[]> {
  if (problemIds.length === 0) return [];
  return db
    .select()
    .from(problemIdea)
    .where(inArray(problemIdea.problemId, problemIds))
    .orderBy(asc(problemIdea.createdAt), asc(problemIdea.id));
}

/** Stores the experiment unless the space already runs one; true when this one was stored. */
export async function insertExperiment(db: Db, row: ExperimentRow): Promise<boolean> {
  const rows = await db.insert(experiment).values(row).onConflictDoNothing().returning({ id: experiment.id });
  return rows.length > 0;
}

export async function findExperiment(db: Db, id: string): Promise<ExperimentRow | null> {
  const [row] = await db.select().from(experiment).where(eq(experiment.id, id));
  return row ?? null;
}

export async function findRunningExperiment(db: Db, spaceId: string): Promise<ExperimentRow | null> {
  const [row] = await db
    .select()
    .from(experiment)
    .where(and(eq(experiment.spaceId, spaceId), eq(experiment.status, 'running')));
  return row ?? null;
}

/** Every experiment of these problems: the running one first, then newest first. */
export async function listExperiments(db: Db, problemIds: string[]): Promise<ExperimentRow[]> {
  if (problemIds.length === 0) return [];
  return db
    .select()
    .from(experiment)
    .where(inArray(experiment.problemId, problemIds))
    .orderBy(desc(sql`${experiment.status} = 'running'`), desc(experiment.createdAt), desc(experiment.id));
}

export async function updateExperiment(db: Db, id: string, change: Partial<ExperimentRow>): Promise<void> {
  await db.update(experiment).set(change).where(eq(experiment.id, id));
}

export async function insertRating(db: Db, row: RatingRow): Promise<void> {
  await db.insert(experimentRating).values(row);
}

export async function listRatings(db: Db, experimentIds: string[]): Promise<RatingRow[]> {
  if (experimentIds.length === 0) return [];
  return db
    .select()
    .from(experimentRating)
    .where(inArray(experimentRating.experimentId, experimentIds))
    .orderBy(asc(experimentRating.createdAt));
}

/** The members of a space with their names and time zones (today, and reminders in each one's morning). */
export function listPeople(db: Db, spaceId: string) {
  return db
    .select({ id: person.id, name: person.name, timeZone: person.timeZone })
    .from(spaceMember)
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .where(eq(spaceMember.spaceId, spaceId));
}

/**
 * The space's problems for one partner's export, with the partner's ratings only where they were
 * already shown: once both rated, or once the evaluation closed.
 */
export async function listForExport(db: Db, spaceId: string, personId: string) {
  const problems = await db.select().from(problem).where(eq(problem.spaceId, spaceId));
  const ids = problems.map((p) => p.id);
  if (ids.length === 0) return { problems: [], ideas: [], experiments: [], ratings: [] };
  const [ideas, experiments] = await Promise.all([
    db.select().from(problemIdea).where(inArray(problemIdea.problemId, ids)),
    db.select().from(experiment).where(inArray(experiment.problemId, ids)),
  ]);
  const experimentIds = experiments.map((e) => e.id);
  const ratings = experimentIds.length
    ? await db.select().from(experimentRating).where(inArray(experimentRating.experimentId, experimentIds))
    : [];
  const shown = ratings.filter((r) => {
    if (r.personId === personId) return true;
    const closed = experiments.find((e) => e.id === r.experimentId)?.closedAt;
    return closed || ratings.some((o) => o.experimentId === r.experimentId && o.personId === personId);
  });
  return { problems, ideas, experiments, ratings: shown };
}
