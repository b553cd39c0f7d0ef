import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { DIRECTORY_MAX } from '../../../core/services/directory';
import { person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { localService, operator } from './tables';

export type LocalServiceRow = typeof localService.$inferSelect;
export type ServiceColumns = Omit<LocalServiceRow, 'id' | 'key' | 'createdAt'>;

export function listServices(db: Db): Promise<LocalServiceRow[]> {
  return db
    .select()
    .from(localService)
    .orderBy(asc(localService.name), asc(localService.area))
    .limit(DIRECTORY_MAX);
}

export async function countServices(db: Db): Promise<number> {
  const [row] = await db.select({ total: count() }).from(localService);
  return row?.total ?? 0;
}

export async function findService(db: Db, id: string): Promise<LocalServiceRow | null> {
  const [row] = await db.select().from(localService).where(eq(localService.id, id));
  return row ?? null;
}

export async function findServiceByKey(db: Db, key: string): Promise<LocalServiceRow | null> {
  const [row] = await db.select().from(localService).where(eq(localService.key, key));
  return row ?? null;
}

export async function insertService(db: Db, row: LocalServiceRow): Promise<void> {
  await db.insert(localService).values(row);
}

export async function updateService(
  db: Db,
  id: string,
  change: ServiceColumns & { key: string },
): Promise<void> {
  await db.update(localService).set(change).where(eq(localService.id, id));
}

export async function deleteService(db: Db, id: string): Promise<void> {
  await db.delete(localService).where(eq(localService.id, id));
}

/**
 * Adds or changes every row by its key in one transaction: all of a file lands, or none of it.
 * Returns how many keys were new.
 */
export async function upsertServices(db: Db, rows: LocalServiceRow[]): Promise<number> {
  return db.transaction(async (tx) => {
    const keys = rows.map((r) => r.key);
    const known = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const found = await tx
        .select({ key: localService.key })
        .from(localService)
        .where(inArray(localService.key, keys.slice(i, i + 500)));
      for (const { key } of found) known.add(key);
    }
    for (const row of rows) {
      const { id: _id, key: _key, createdAt: _createdAt, ...change } = row;
      await tx.insert(localService).values(row).onConflictDoUpdate({ target: localService.key, set: change });
    }
    return keys.filter((key) => !known.has(key)).length;
  });
}

export async function isOperator(db: Db, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: operator.personId })
    .from(operator)
    .where(eq(operator.personId, personId));
  return Boolean(row);
}

export async function findPersonIdByEmail(db: Db, email: string): Promise<string | null> {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(eq(sql`lower(${person.email})`, email.trim().toLowerCase()));
  return row?.id ?? null;
}

export async function grantOperator(db: Db, personId: string, at: Date): Promise<void> {
  await db.insert(operator).values({ personId, grantedAt: at }).onConflictDoNothing();
}

/** Returns whether the person was an operator. */
export async function revokeOperator(db: Db, personId: string): Promise<boolean> {
  const gone = await db.delete(operator).where(eq(operator.personId, personId)).returning();
  return gone.length > 0;
}
