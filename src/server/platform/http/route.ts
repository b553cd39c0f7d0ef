import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Membership, Person } from '../auth/session';

/**
 * Who may call a route, checked before its handler runs:
 * - `public`: anyone, signed in or not;
 * - `person`: anyone signed in;
 * - `member`: someone signed in who belongs to a space (the handler gets the membership);
 * - `operator`: someone signed in whom the instance's operator made an operator
 *   (`npm run tend -- admin grant EMAIL`); everyone else gets a 403.
 * What a caller may see inside a route is decided by the access rules in `src/core/access.ts`.
 */
export type Access = 'public' | 'person' | 'member' | 'operator';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface Caller<A extends Access> {
  person: A extends 'public' ? Person | null : Person;
  /** The caller's space; looked up only for `member` routes, null on the others. */
  member: A extends 'member' ? Membership : null;
}

export type RouteContext<A extends Access, P, Q, B> = Caller<A> & {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  request: FastifyRequest;
  reply: FastifyReply;
  /** The id of the caller's session, for routes about sessions. */
  sessionId: string | null;
};

export interface RouteDefinition<
  A extends Access = Access,
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
> {
  method: Method;
  url: string;
  /** One line for the API docs. */
  summary: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** The success body, for the API docs. */
  response?: Schema;
  /** The success status; 200 unless said otherwise. */
  status?: number;
  /**
   * A retry could do this twice (create a second entry, send a second note): the route honours an
   * `Idempotency-Key` header, and a retry with the same key gets the first answer.
   */
  isIdempotent?: boolean;
  handler(context: RouteContext<A, P, Q, B>): Promise<unknown>;
}

export type Route = RouteDefinition<Access, Schema | undefined, Schema | undefined, Schema | undefined>;

/** Declares a route with typed input; `registerRoutes` wires it into the HTTP server. */
export function defineRoute<
  A extends Access,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(definition: RouteDefinition<A, P, Q, B>): Route {
  return definition as unknown as Route;
}
