import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from './auth';

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
}

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

/** Reads the caller's session from the cookie; refreshes it when due. Null when not signed in. */
export async function readSignedIn(
  auth: Auth,
  request: FastifyRequest,
  reply?: FastifyReply,
): Promise<SignedIn | null> {
  if (!request.headers.cookie) return null;
  const { headers, response } = await auth.api.getSession({
    headers: toHeaders(request),
    returnHeaders: true,
  });
  if (reply) forwardCookies(reply, headers);
  if (!response) return null;
  const { session, user } = response;
  return {
    sessionId: session.id,
    person: {
      id: user.id,
      name: user.name,
      email: user.email,
      timeZone: user.timeZone ?? 'UTC',
      locale: user.locale ?? 'en',
    },
  };
}
