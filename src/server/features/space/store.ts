import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { authSession, person } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/database';
import { preparedFor } from '../../platform/db/prepared';
import { invite, space, spaceMember } from './tables';

export async function findMembership(db: Db, personId: string) {
  const [row] = await db
    .select({ spaceId: spaceMember.spaceId, personId: spaceMember.personId })
    .from(spaceMember)
    .where(eq(spaceMember.personId, personId));
  return row ?? null;
}

const membersLookup = preparedFor((db) =>
  db
    .select({ id: person.id, name: person.name, joinedAt: spaceMember.joinedAt })
    .from(spaceMember)
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .where(eq(spaceMember.spaceId, sql.placeholder('spaceId')))
    .orderBy(asc(spaceMember.joinedAt))
    .prepare('tend_list_members'),
);

/** A space's members in the order they joined: every live event is addressed through this. */
export function listMembers(db: Db, spaceId: string) {
  return membersLookup(db).execute({ spaceId });
}

export async function insertSpace(db: Db, spaceId: string, personId: string, now: Date): Promise<void> {
  await db.insert(space).values({ id: spaceId, createdAt: now });
  await db.insert(spaceMember).values({ spaceId, personId, joinedAt: now });
}

export async function insertMember(db: Db, spaceId: string, personId: string, now: Date): Promise<void> {
  await db.insert(spaceMember).values({ spaceId, personId, joinedAt: now });
}

export async function deleteMember(db: Db, spaceId: string, personId: string): Promise<void> {
  await db
    .delete(spaceMember)
    .where(and(eq(spaceMember.spaceId, spaceId), eq(spaceMember.personId, personId)));
}

export async function deleteSpace(db: Db, spaceId: string): Promise<void> {
  await db.delete(space).where(eq(space.id, spaceId));
}

/** Locks the space row so two people joining at once are counted one after the other. */
export async function lockSpace(db: Db, spaceId: string): Promise<boolean> {
  const rows = await db.select({ id: space.id }).from(space).where(eq(space.id, spaceId)).for('update');
  return rows.length > 0;
}

export async function countMembers(db: Db, spaceId: string): Promise<number> {
  const rows = await db
    .select({ personId: spaceMember.personId })
    .from(spaceMember)
    .where(eq(spaceMember.spaceId, spaceId));
  return rows.length;
}

export async function insertInvite(db: Db, row: typeof invite.$inferInsert): Promise<void> {
  await db.insert(invite).values(row);
}

/** Withdraws every open invitation of a space; returns how many there were. */
export async function revokeOpenInvites(db: Db, spaceId: string, now: Date): Promise<number> {
  const rows = await db
    .update(invite)
    .set({ revokedAt: now })
    .where(and(eq(invite.spaceId, spaceId), isNull(invite.usedAt), isNull(invite.revokedAt)))
    .returning({ id: invite.id });
  return rows.length;
}

export async function revokeInvite(db: Db, inviteId: string, spaceId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(invite)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invite.id, inviteId),
        eq(invite.spaceId, spaceId),
        isNull(invite.usedAt),
        isNull(invite.revokedAt),
      ),
    )
    .returning({ id: invite.id });
  return rows.length > 0;
}

/** An invitation by the hash of its link token or of its code, with its inviter's name. */
export async function findInviteByHash(db: Db, column: 'token' | 'code', hash: string) {
  const [row] = await db
    .select({
      id: invite.id,
      spaceId: invite.spaceId,
      createdBy: invite.createdBy,
      inviterName: person.name,
      expiresAt: invite.expiresAt,
      usedAt: invite.usedAt,
      revokedAt: invite.revokedAt,
    })
    .from(invite)
    .innerJoin(person, eq(person.id, invite.createdBy))
    .where(eq(column === 'token' ? invite.tokenHash : invite.codeHash, hash));
  return row ?? null;
}

/** Marks an invitation used, only if nobody used or withdrew it in the meantime. */
export async function useInvite(db: Db, inviteId: string, personId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(invite)
    .set({ usedAt: now, usedBy: personId })
    .where(and(eq(invite.id, inviteId), isNull(invite.usedAt), isNull(invite.revokedAt)))
    .returning({ id: invite.id });
  return rows.length > 0;
}

const mine = alias(spaceMember, 'mine');

const spaceView = preparedFor((db) =>
  db
    .select({
      spaceId: spaceMember.spaceId,
      memberId: person.id,
      memberName: person.name,
      joinedAt: spaceMember.joinedAt,
      inviteId: invite.id,
      inviteCreatedAt: invite.createdAt,
      inviteExpiresAt: invite.expiresAt,
    })
    .from(mine)
    .innerJoin(spaceMember, eq(spaceMember.spaceId, mine.spaceId))
    .innerJoin(person, eq(person.id, spaceMember.personId))
    .leftJoin(
      invite,
      and(
        eq(invite.spaceId, mine.spaceId),
        isNull(invite.usedAt),
        isNull(invite.revokedAt),
        gt(invite.expiresAt, sql.placeholder('now')),
      ),
    )
    .where(eq(mine.personId, sql.placeholder('personId')))
    .orderBy(asc(spaceMember.joinedAt))
    .prepare('tend_space_view'),
);

/**
 * A person's space as the home screen shows it — its members and any open invitation — in one
 * query, since every screen of a signed-in person starts here.
 */
export function listSpaceView(db: Db, personId: string, now: Date) {
  return spaceView(db).execute({ personId, now: now.toISOString() });
}

const membershipLookup = preparedFor((db) =>
  db
    .select({ spaceId: spaceMember.spaceId, personId: spaceMember.personId })
    .from(spaceMember)
    .where(eq(spaceMember.personId, sql.placeholder('personId')))
    .prepare('tend_find_membership'),
);

/** The caller's space for a request (outside any transaction), prepared once. */
export async function findMembershipOf(db: Db, personId: string) {
  const [row] = await membershipLookup(db).execute({ personId });
  return row ?? null;
}

/** The invitations a person made, without their secrets. */
export function listInvitesBy(db: Db, personId: string) {
  return db
    .select({
      id: invite.id,
      spaceId: invite.spaceId,
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
      usedAt: invite.usedAt,
      revokedAt: invite.revokedAt,
    })
    .from(invite)
    .where(eq(invite.createdBy, personId))
    .orderBy(desc(invite.createdAt));
}

const sessionWithSpaceLookup = preparedFor((db) =>
  db
    .select({
      sessionId: authSession.id,
      expiresAt: authSession.expiresAt,
      id: person.id,
      name: person.name,
      email: person.email,
      timeZone: person.timeZone,
      locale: person.locale,
      spaceId: spaceMember.spaceId,
    })
    .from(authSession)
    .innerJoin(person, eq(person.id, authSession.userId))
    .leftJoin(spaceMember, eq(spaceMember.personId, person.id))
    .where(eq(authSession.token, sql.placeholder('token')))
    .prepare('tend_find_session_with_space'),
);

/**
 * The session by its token with its person and their space, in one query: every request that
 * needs the caller's space would otherwise wait for a second round trip.
 */
export async function findSessionWithSpace(db: Db, token: string) {
  const [row] = await sessionWithSpaceLookup(db).execute({ token });
  return row ?? null;
}
