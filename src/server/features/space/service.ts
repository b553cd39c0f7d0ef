import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import {
  formatInviteCode,
  INVITE_CODE_ALPHABET,
  INVITE_CODE_LENGTH,
  INVITE_LIFETIME_DAYS,
  type InvitePreview,
  type Join,
  type NewInvite,
  normaliseInviteCode,
  SPACE_CAPACITY,
  type Space,
} from '../../../core/contracts/space';
import type { Membership, Person } from '../../platform/auth/session';
import { throttleRules } from '../../platform/auth/throttle';
import type { Db } from '../../platform/db/database';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import * as store from './store';

const DAY_MS = 24 * 60 * 60 * 1000;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');

function newCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++)
    code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

const inviteGone = () =>
  new AppError(
    'INVITE_NOT_USABLE',
    404,
    'This invitation has expired, was already used, or was withdrawn. Ask your partner to send a new one.',
  );

/**
 * Moves what a person kept in a space they had alone into the space they are joining, inside the
 * joining transaction. Features that keep rows by space register one.
 */
export type MoveToSpace = (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) => Promise<void>;

export function createSpaceService(platform: Platform) {
  const movers: MoveToSpace[] = [];
  const { db } = platform.database;
  const { clock, live } = platform;

  async function memberIds(spaceId: string): Promise<string[]> {
    return (await store.listMembers(db, spaceId)).map((m) => m.id);
  }

  async function tellSpace(spaceId: string, reason: 'joined' | 'left' | 'invite', alsoTell: string[] = []) {
    const ids = new Set([...(await memberIds(spaceId)), ...alsoTell]);
    await live.send([...ids], { type: 'space.changed', reason });
  }

  /** The caller's space with its members and any open invitation; null when they have none. */
  async function findSpace(personId: string): Promise<Space | null> {
    const rows = await store.listSpaceView(db, personId, clock.now());
    const [first] = rows;
    if (!first) return null;
    const members = new Map(rows.map((r) => [r.memberId, r]));
    return {
      id: first.spaceId,
      members: [...members.values()].map((m) => ({
        id: m.memberId,
        name: m.memberName,
        isYou: m.memberId === personId,
        joinedAt: m.joinedAt.toISOString(),
      })),
      pendingInvite:
        first.inviteId && first.inviteCreatedAt && first.inviteExpiresAt
          ? {
              id: first.inviteId,
              createdAt: first.inviteCreatedAt.toISOString(),
              expiresAt: first.inviteExpiresAt.toISOString(),
            }
          : null,
    };
  }

  return {
    /** Registers how a feature's rows follow a person who joins a partner from a space of their own. */
    onMoveToSpace(move: MoveToSpace): void {
      movers.push(move);
    },

    findMembership: (personId: string) => store.findMembershipOf(db, personId),

    /** The ids of a space's members, for features that address both partners. */
    memberIds,

    /** The session for a token with its person and their space, in one query (for the session reader). */
    findSessionWithSpace: store.findSessionWithSpace,

    /** A space's members with their names. */
    listMembers: async (spaceId: string) =>
      (await store.listMembers(db, spaceId)).map((m) => ({ id: m.id, name: m.name })),

    findSpace,

    /** Starts a space for one person: everything that works alone works from here on. */
    async createSpace(person: Person): Promise<Space> {
      const spaceId = randomUUID();
      await db.transaction(async (tx) => {
        if (await store.findMembership(tx, person.id)) {
          throw conflict('ALREADY_IN_SPACE', 'You already have a space. Leave it first to start a new one.');
        }
        await store.insertSpace(tx, spaceId, person.id, clock.now());
      });
      return {
        id: spaceId,
        members: [{ id: person.id, name: person.name, isYou: true, joinedAt: clock.now().toISOString() }],
        pendingInvite: null,
      };
    },

    /** A new invitation for the partner; any earlier open one stops working. */
    async createInvite(member: Membership): Promise<NewInvite> {
      const now = clock.now();
      const token = randomBytes(32).toString('base64url');
      const code = newCode();
      const id = randomUUID();
      const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * DAY_MS);
      await db.transaction(async (tx) => {
        await store.lockSpace(tx, member.spaceId);
        if ((await store.countMembers(tx, member.spaceId)) >= SPACE_CAPACITY) {
          throw conflict('SPACE_FULL', 'Your partner is already here: a space holds two people.');
        }
        await store.revokeOpenInvites(tx, member.spaceId, now);
        await store.insertInvite(tx, {
          id,
          spaceId: member.spaceId,
          createdBy: member.personId,
          tokenHash: hashSecret(token),
          codeHash: hashSecret(code),
          createdAt: now,
          expiresAt,
        });
      });
      await tellSpace(member.spaceId, 'invite');
      const link = new URL(`/join/${token}`, platform.config.publicUrl).toString();
      return { id, link, code: formatInviteCode(code), expiresAt: expiresAt.toISOString() };
    },

    async revokeInvite(member: Membership, inviteId: string): Promise<void> {
      if (!(await store.revokeInvite(db, inviteId, member.spaceId, clock.now()))) {
        throw notFound('There is no open invitation with that id in your space.');
      }
      await tellSpace(member.spaceId, 'invite');
    },

    /** What the holder of an invite link sees before joining: who invited them. */
    async previewInvite(token: string): Promise<InvitePreview> {
      const invitation = await store.findInviteByHash(db, 'token', hashSecret(token));
      if (!invitation || !isUsable(invitation, clock.now())) throw inviteGone();
      return { inviterName: invitation.inviterName, expiresAt: invitation.expiresAt.toISOString() };
    },

    /** Joins the space an invitation is for. A space of one the joiner had alone is closed. */
    async join(person: Person, join: Join, address: string): Promise<Space> {
      await platform.throttle.attempt(throttleRules.joinPerPerson, [person.id]);
      await platform.throttle.attempt(throttleRules.joinPerAddress, [address]);
      const invitation =
        'token' in join
          ? await store.findInviteByHash(db, 'token', hashSecret(join.token))
          : await store.findInviteByHash(db, 'code', hashSecret(normaliseInviteCode(join.code)));
      const now = clock.now();
      if (!invitation || !isUsable(invitation, now)) throw inviteGone();
      if (invitation.createdBy === person.id) {
        throw conflict('OWN_INVITE', 'This is your own invitation: send the link or code to your partner.');
      }
      let leftSpaceId: string | null = null;
      await db.transaction(async (tx) => {
        const current = await store.findMembership(tx, person.id);
        if (current?.spaceId === invitation.spaceId) {
          throw conflict('ALREADY_IN_SPACE', 'You are already in this space.');
        }
        if (current && (await store.countMembers(tx, current.spaceId)) > 1) {
          throw conflict(
            'ALREADY_IN_SPACE',
            'You already share a space with someone. Leave it first to join another.',
          );
        }
        if (!(await store.lockSpace(tx, invitation.spaceId))) throw inviteGone();
        if ((await store.countMembers(tx, invitation.spaceId)) >= SPACE_CAPACITY) {
          throw conflict('SPACE_FULL', 'That space already has two people in it.');
        }
        if (!(await store.useInvite(tx, invitation.id, person.id, now))) throw inviteGone();
        if (current) {
          // Their history comes with them; only the emptied space closes.
          for (const move of movers) await move(tx, person.id, current.spaceId, invitation.spaceId);
          await store.deleteSpace(tx, current.spaceId);
          leftSpaceId = current.spaceId;
        }
        await store.insertMember(tx, invitation.spaceId, person.id, now);
      });
      await tellSpace(invitation.spaceId, 'joined');
      if (leftSpaceId) await live.send([person.id], { type: 'space.changed', reason: 'left' });
      const space = await findSpace(person.id);
      if (!space) throw inviteGone();
      return space;
    },

    /** Leaves the space. The partner keeps the space and what was shared; open invitations end. */
    async leave(member: Membership): Promise<void> {
      await db.transaction(async (tx) => {
        await store.lockSpace(tx, member.spaceId);
        await store.deleteMember(tx, member.spaceId, member.personId);
        await store.revokeOpenInvites(tx, member.spaceId, clock.now());
        if ((await store.countMembers(tx, member.spaceId)) === 0) await store.deleteSpace(tx, member.spaceId);
      });
      await tellSpace(member.spaceId, 'left', [member.personId]);
    },
  };
}

function isUsable(
  invitation: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null },
  now: Date,
): boolean {
  return !invitation.usedAt && !invitation.revokedAt && invitation.expiresAt > now;
}

export type SpaceService = ReturnType<typeof createSpaceService>;
