import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import type { Auth } from './auth';
import { findSessionByToken } from './store';

/** The signed-in person, as routes see them. */
export interface Person {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  locale: string;
}

/** A person's place in a space. */
export interface Membership {
  spaceId: string;
  personId: string;
}

export interface SignedIn {
  sessionId: string;
  person: Person;
  /** The person's space, when the session lookup read it in the same query (undefined: not read). */
  membership?: Membership | null;
}

/** A session row as the lookup returns it: the session, its person, and perhaps their space. */
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessionByToken>>> & {
  spaceId?: string | null;
};

/** Turns a Fastify request's headers into the Fetch API headers the auth library takes. */
export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  return headers;
}

/** Copies the cookies the auth library set onto the reply. */
export function forwardCookies(reply: FastifyReply, headers: Headers): void {
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

/** How long a session lives, and how often its expiry moves forward while it is used. */
export const SESSION_LIFETIME_SECONDS = 60 * 60 * 24 * 30;
export const SESSION_REFRESH_SECONDS = 60 * 60 * 24;

/**
 * Reads the caller's session from its signed cookie with one query. The auth library signs the
 * cookie (HMAC-SHA256 of the token with the session secret); checking that here, and looking the
 * token up directly, keeps a signed-in request to a single round trip. Once a day per session the
 * library itself refreshes the expiry and the cookie.
 */
export function createSessionReader(options: {
  auth: Auth;
  db: Db;
  secret: string;
  secureCookies: boolean;
  /** Finds the session by its token; a lookup that also reads the space saves a second query. */
  lookup?: (db: Db, token: string) => Promise<SessionRow | null>;
}) {
  const lookup = options.lookup ?? findSessionByToken;
  const cookieName = `${options.secureCookies ? '__Secure-' : ''}tend.session_token`;
  return async function readSignedIn(
    request: FastifyRequest,
    reply?: FastifyReply,
  ): Promise<SignedIn | null> {
    const token = verifiedToken(request.headers.cookie, cookieName, options.secret);
    if (!token) return null;
    const row: SessionRow | null = await lookup(options.db, token);
    if (!row) return null;
    const secondsLeft = (row.expiresAt.getTime() - Date.now()) / 1000;
    if (secondsLeft <= 0) return null;
    if (secondsLeft < SESSION_LIFETIME_SECONDS - SESSION_REFRESH_SECONDS) {
      const { headers } = await options.auth.api.getSession({
        headers: toHeaders(request),
        returnHeaders: true,
      });
      if (reply) forwardCookies(reply, headers);
    }
    return {
      sessionId: row.sessionId,
      person: { id: row.id, name: row.name, email: row.email, timeZone: row.timeZone, locale: row.locale },
      ...(row.spaceId !== undefined && {
        membership: row.spaceId ? { spaceId: row.spaceId, personId: row.id } : null,
      }),
    };
  };
}

/** The session token from a correctly signed cookie, or null. */
export function verifiedToken(cookieHeader: string | undefined, name: string, secret: string): string | null {
  if (!cookieHeader) return null;
  let raw: string | null = null;
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) raw = part.slice(at + 1).trim();
  }
  if (!raw) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
