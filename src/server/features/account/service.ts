import { isAPIError } from 'better-auth/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  LocaleSchema,
  type Me,
  type ProfileChange,
  type Session,
  type SignUp,
} from '../../../core/contracts/account';
import { describeDevice } from '../../../core/device';
import { forwardCookies, type Person, toHeaders } from '../../platform/auth/session';
import { throttleRules } from '../../platform/auth/throttle';
import { AppError, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import * as store from './store';

/** The auth library's refusals, in words a person can act on. */
function translate(error: unknown): never {
  if (!isAPIError(error)) throw error;
  const code = (error.body as { code?: string } | undefined)?.code ?? '';
  switch (code) {
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      throw new AppError(
        'EMAIL_TAKEN',
        409,
        'An account with this email already exists. Sign in, or reset the password.',
        {
          email: 'is already registered',
        },
      );
    case 'INVALID_EMAIL_OR_PASSWORD':
      throw new AppError(
        'WRONG_CREDENTIALS',
        401,
        'That email and password don’t match. Check them, or reset the password.',
      );
    case 'INVALID_TOKEN':
      throw new AppError(
        'RESET_LINK_INVALID',
        400,
        'This reset link has expired or was already used. Ask for a new one.',
      );
    case 'PASSWORD_TOO_SHORT':
    case 'PASSWORD_TOO_LONG':
      throw new AppError('VALIDATION', 400, 'password: is not an allowed length', {
        password: 'is not an allowed length',
      });
    default:
      throw error;
  }
}

export const toMe = (person: Person): Me => ({
  id: person.id,
  name: person.name,
  email: person.email,
  timeZone: person.timeZone,
  locale: LocaleSchema.catch('en').parse(person.locale),
});

export function createAccountService(
  platform: Platform,
  partnersOf: (personId: string) => Promise<string[]>,
) {
  const { auth, throttle, clock, live } = platform;
  const { db } = platform.database;

  return {
    async signUp(input: SignUp, request: FastifyRequest, reply: FastifyReply): Promise<Me> {
      await throttle.attempt(throttleRules.signUpPerAddress, [request.ip]);
      const email = input.email.toLowerCase();
      const result = await auth.api
        .signUpEmail({
          body: {
            name: input.name,
            email,
            password: input.password,
            timeZone: input.timeZone ?? 'UTC',
            locale: input.locale ?? 'en',
          },
          headers: toHeaders(request),
          returnHeaders: true,
        })
        .catch(translate);
      forwardCookies(reply, result.headers);
      const { user } = result.response;
      return toMe({
        id: user.id,
        name: user.name,
        email: user.email,
        timeZone: user.timeZone ?? 'UTC',
        locale: user.locale ?? 'en',
      });
    },

    async signIn(
      input: { email: string; password: string },
      request: FastifyRequest,
      reply: FastifyReply,
    ): Promise<Me> {
      const email = input.email.toLowerCase();
      await throttle.attempt(throttleRules.signInPerAccount, [email]);
      await throttle.attempt(throttleRules.signInPerAddress, [request.ip]);
      const result = await auth.api
        .signInEmail({
          body: { email, password: input.password },
          headers: toHeaders(request),
          returnHeaders: true,
        })
        .catch(translate);
      forwardCookies(reply, result.headers);
      const user = result.response.user as {
        id: string;
        name: string;
        email: string;
        timeZone?: string;
        locale?: string;
      };
      return toMe({
        id: user.id,
        name: user.name,
        email: user.email,
        timeZone: user.timeZone ?? 'UTC',
        locale: user.locale ?? 'en',
      });
    },

    async signOut(
      person: Person | null,
      sessionId: string | null,
      request: FastifyRequest,
      reply: FastifyReply,
    ) {
      const result = await auth.api
        .signOut({ headers: toHeaders(request), returnHeaders: true })
        .catch(() => null);
      if (result) forwardCookies(reply, result.headers);
      if (person && sessionId) await live.endSessions(person.id, [sessionId]);
    },

    /** Sends a reset link if the account exists; answers the same either way. */
    async requestPasswordReset(email: string, request: FastifyRequest): Promise<void> {
      const normalised = email.toLowerCase();
      await throttle.attempt(throttleRules.resetPerAccount, [normalised]);
      await throttle.attempt(throttleRules.resetPerAddress, [request.ip]);
      await auth.api.requestPasswordReset({ body: { email: normalised }, headers: toHeaders(request) });
    },

    async resetPassword(token: string, password: string, request: FastifyRequest): Promise<void> {
      await throttle.attempt(throttleRules.resetPerAddress, [request.ip]);
      await auth.api
        .resetPassword({ body: { token, newPassword: password }, headers: toHeaders(request) })
        .catch(translate);
    },

    async updateProfile(person: Person, change: ProfileChange): Promise<Me> {
      await store.updatePerson(db, person.id, change, clock.now());
      if (change.name !== undefined)
        await live.send(await partnersOf(person.id), { type: 'space.changed', reason: 'profile' });
      return toMe({ ...person, ...change });
    },

    async listSessions(person: Person, currentSessionId: string | null): Promise<Session[]> {
      const rows = await store.listSessions(db, person.id);
      return rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        lastActiveAt: row.updatedAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        device: describeDevice(row.userAgent),
        isCurrent: row.id === currentSessionId,
      }));
    },

    async revokeSession(person: Person, sessionId: string): Promise<void> {
      if (!(await store.deleteSession(db, person.id, sessionId))) {
        throw notFound('You have no session with that id. It may already have ended.');
      }
      await live.endSessions(person.id, [sessionId]);
    },

    async revokeOtherSessions(person: Person, currentSessionId: string): Promise<number> {
      const ended = await store.deleteOtherSessions(db, person.id, currentSessionId);
      if (ended.length > 0) await live.endSessions(person.id, ended);
      return ended.length;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
