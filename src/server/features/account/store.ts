import { and, desc, eq, ne } from 'drizzle-orm';
import { authAccount, authSession, person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';

export function listSessions(db: Db, personId: string) {
  return db
    .select({
      id: authSession.id,
      createdAt: authSession.createdAt,
      updatedAt: authSession.updatedAt,
      expiresAt: authSession.expiresAt,
      userAgent: authSession.userAgent,
    })
    .from(authSession)
    .where(eq(authSession.userId, personId))
    .orderBy(desc(authSession.createdAt));
}

/** Deletes one of a person's sessions; returns whether there was one. */
export async function deleteSession(db: Db, personId: string, sessionId: string): Promise<boolean> {
  const rows = await db
    .delete(authSession)
    .where(and(eq(authSession.id, sessionId), eq(authSession.userId, personId)))
    .returning({ id: authSession.id });
  return rows.length > 0;
}

/** Deletes every session of a person but one; returns the ids ended. */
export async function deleteOtherSessions(
  db: Db,
  personId: string,
  keepSessionId: string,
): Promise<string[]> {
  const rows = await db
    .delete(authSession)
    .where(and(eq(authSession.userId, personId), ne(authSession.id, keepSessionId)))
    .returning({ id: authSession.id });
  return rows.map((r) => r.id);
}

export async function updatePerson(
  db: Db,
  personId: string,
  changes: { name?: string; timeZone?: string; locale?: string },
  now: Date,
): Promise<void> {
  await db
    .update(person)
    .set({ ...changes, updatedAt: now })
    .where(eq(person.id, personId));
}

/** The account as its owner may take it away: never the password hash, never a session token. */
export async function findAccountForExport(db: Db, personId: string) {
  const [row] = await db
    .select({
      id: person.id,
      name: person.name,
      email: person.email,
      timeZone: person.timeZone,
      locale: person.locale,
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
    })
    .from(person)
    .where(eq(person.id, personId));
  const signIns = await db
    .select({ providerId: authAccount.providerId, createdAt: authAccount.createdAt })
    .from(authAccount)
    .where(eq(authAccount.userId, personId));
  return row ? { ...row, signIns } : null;
}

export async function findPasswordHash(db: Db, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ password: authAccount.password })
    .from(authAccount)
    .where(and(eq(authAccount.userId, personId), eq(authAccount.providerId, 'credential')));
  return row?.password ?? null;
}

/** Deletes the person; their sessions and private rows go with them (the references cascade). */
export async function deletePerson(db: Db, personId: string): Promise<void> {
  await db.delete(person).where(eq(person.id, personId));
}
