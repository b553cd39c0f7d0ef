import { hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../core/contracts/account';
import type { Db } from '../db/database';
import { SESSION_LIFETIME_SECONDS, SESSION_REFRESH_SECONDS } from './session';
import { authAccount, authSession, authVerification, person } from './tables';

const RESET_LINK_LIFETIME_SECONDS = 60 * 60;

export interface AuthOptions {
  db: Db;
  secret: string;
  publicUrl: URL;
  /** Origins whose requests may change state (the public URL, and loopback twins of it). */
  trustedOrigins: string[];
  sendResetLink(to: { email: string; name: string }, token: string): Promise<void>;
}

/** Accounts, passwords and sessions, through the auth library on Tend's own tables. */
export function createAuth(options: AuthOptions) {
  return betterAuth({
    secret: options.secret,
    baseURL: options.publicUrl.origin,
    basePath: '/api/auth',
    trustedOrigins: options.trustedOrigins,
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: { user: person, session: authSession, account: authAccount, verification: authVerification },
    }),
    user: {
      additionalFields: {
        timeZone: { type: 'string', required: false, defaultValue: 'UTC', input: true },
        locale: { type: 'string', required: false, defaultValue: 'en', input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      resetPasswordTokenExpiresIn: RESET_LINK_LIFETIME_SECONDS,
      revokeSessionsOnPasswordReset: true,
      password: {
        // argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended floor.
        hash: (password) => hash(password),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
      sendResetPassword: async ({ user, token }) => {
        await options.sendResetLink({ email: user.email, name: user.name }, token);
      },
    },
    session: {
      expiresIn: SESSION_LIFETIME_SECONDS,
      updateAge: SESSION_REFRESH_SECONDS,
    },
    // Tend throttles sign-in and reset itself, per account and per address, across instances.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'tend',
      useSecureCookies: options.publicUrl.protocol === 'https:',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
    },
    telemetry: { enabled: false },
    logger: { disabled: true },
  });
}

export type Auth = ReturnType<typeof createAuth>;
