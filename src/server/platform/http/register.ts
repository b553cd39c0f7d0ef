import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Membership, SignedIn } from '../auth/session';
import { AppError, unauthenticated } from './errors';
import type { Route } from './route';
import { validate } from './validate';

export interface Callers {
  /** The signed-in caller, or null. */
  signedIn(request: FastifyRequest, reply: FastifyReply): Promise<SignedIn | null>;
  /** The caller's space, or null when they have none yet. */
  membership(personId: string): Promise<Membership | null>;
  /** Whether the person runs this instance. */
  isOperator(personId: string): Promise<boolean>;
}

const notOperator = () => new AppError('NOT_OPERATOR', 403, 'Only the people who run this Tend can do this.');

const noSpace = () =>
  new AppError('NO_SPACE', 403, 'Start a space or join your partner’s first: this needs a space.');

/**
 * Wires declared routes into Fastify. Every handler runs the same pipeline:
 * authenticate → validate → authorise → the route's handler (one service call) → present.
 */
export function registerRoutes(app: FastifyInstance, routes: Route[], callers: Callers): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        const signedIn = await callers.signedIn(request, reply);
        if (route.access !== 'public' && !signedIn) throw unauthenticated();
        const params = validate(route.params, request.params, 'params');
        const query = validate(route.query, request.query, 'query');
        const body = validate(route.body, request.body, 'body');
        const member =
          route.access === 'member' && signedIn ? await callers.membership(signedIn.person.id) : null;
        if (route.access === 'member' && !member) throw noSpace();
        if (route.access === 'operator' && !(signedIn && (await callers.isOperator(signedIn.person.id))))
          throw notOperator();
        const result = await route.handler({
          person: signedIn?.person ?? null,
          member,
          sessionId: signedIn?.sessionId ?? null,
          params,
          query,
          body,
          request,
          reply,
        } as Parameters<Route['handler']>[0]);
        if (reply.sent) return reply;
        if (result === undefined) return reply.status(204).send();
        return reply.status(route.status ?? 200).send(result);
      },
    });
  }
}
