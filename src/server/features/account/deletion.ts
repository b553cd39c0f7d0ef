import { verify } from '@node-rs/argon2';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forwardCookies, type Membership, type Person, toHeaders } from '../../platform/auth/session';
import { throttleRules } from '../../platform/auth/throttle';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { eraseUnsharedRepairs } from '../repair/erase';
import { eraseRitualsKeptAlone } from '../rituals/erase';
import * as store from './store';

/** Removes, inside the deleting transaction, a room's rows that no reference takes away on its own. */
export type Eraser = (tx: Db, personId: string) => Promise<void>;

const ERASERS: readonly Eraser[] = [eraseUnsharedRepairs, eraseRitualsKeptAlone];

/**
 * The tables whose rows are deleted with their person by `ON DELETE CASCADE`: private rows only.
 * A test compares this list with the database, so a shared table that would take the partner's
 * history with it cannot be added unnoticed; shared rows keep a plain id or `SET NULL` instead.
 */
export const GONE_WITH_PERSON: readonly string[] = [
  'auth_account',
  'auth_session',
  'commitment',
  'idempotent_request',
  'insights_distance',
  'invite',
  'journal_entry',
  'notification',
  'notification_preference',
  'operator',
  'personal_need',
  'pulse',
  'pulse_setting',
  'push_subscription',
  'quiet_hours',
  'ritual_feed',
  'ritual_reminder',
  'space_member',
  'talk_rating',
];

const wrongPassword = () =>
  new AppError('WRONG_PASSWORD', 403, 'That password doesn’t match. Nothing was deleted.', {
    password: 'does not match',
  });

/**
 * Deleting an account. The person, their sessions and everything private to them go (the
 * references to `person` cascade for private rows); what was shared with the partner stays in
 * the space with the former person's id, which no longer names anyone, exactly as after leaving.
 */
export function createAccountDeletion(
  platform: Platform,
  space: {
    findMembership: (personId: string) => Promise<Membership | null>;
    leave: (member: Membership) => Promise<void>;
  },
) {
  const { auth, throttle, live } = platform;
  const { db } = platform.database;

  return {
    async deleteAccount(
      person: Person,
      password: string,
      request: FastifyRequest,
      reply: FastifyReply,
    ): Promise<void> {
      // Few tries: a password guessed here ends an account for good.
      await throttle.attempt(throttleRules.deletePerPerson, [person.id]);
      const hash = await store.findPasswordHash(db, person.id);
      if (!hash || !(await verify(hash, password).catch(() => false))) throw wrongPassword();

      // Leaving first tells the partner's screens, and closes a space nobody else is in.
      const membership = await space.findMembership(person.id);
      if (membership) await space.leave(membership);

      const sessionIds = (await store.listSessions(db, person.id)).map((s) => s.id);
      const signedOut = await auth.api
        .signOut({ headers: toHeaders(request), returnHeaders: true })
        .catch(() => null);
      if (signedOut) forwardCookies(reply, signedOut.headers);
      await db.transaction(async (tx) => {
        for (const erase of ERASERS) await erase(tx, person.id);
        await store.deletePerson(tx, person.id);
      });
      await live.endSessions(person.id, sessionIds);
    },
  };
}

export type AccountDeletion = ReturnType<typeof createAccountDeletion>;
