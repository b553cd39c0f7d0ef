import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Membership, SignedIn } from '../auth/session';
import { type Answer, type Idempotency, readKey } from '../idempotency/idempotency';
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
 * authenticate → validate → authorise → once (a retried write with an Idempotency-Key gets its first
 * answer) → the route's handler (one service call) → present.
 */
export function registerRoutes(
  app: FastifyInstance,
  routes: Route[],
  callers: Callers,
  idempotency?: Idempotency,
): void {
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
          route.access === 'member' && signedIn
            ? signedIn.membership !== undefined
              ? signedIn.membership
              : await callers.membership(signedIn.person.id)
            : null;
        if (route.access === 'member' && !member) throw noSpace();
        if (route.access === 'operator' && !(signedIn && (await callers.isOperator(signedIn.person.id))))
          throw notOperator();
        const run = async (): Promise<Answer> => {
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
          // A handler that answered on its own (setting cookies, say) has nothing more to present.
          if (reply.sent) return { status: reply.statusCode, body: null };
          return result === undefined
            ? { status: 204, body: null }
            : { status: route.status ?? 200, body: result };
        };
        // A retry of a request already answered gets that answer; the handler does not run again.
        const key = route.isIdempotent && signedIn && idempotency ? readKey(request) : null;
        const answer =
          key && signedIn && idempotency
            ? await idempotency.once(
                { personId: signedIn.person.id, route: `${route.method} ${route.url}`, key, request },
                run,
              )
            : await run();
        if (reply.sent) return reply;
        if ('isReplay' in answer && answer.isReplay) reply.header('idempotent-replayed', 'true');
        if (answer.status === 204) return reply.status(204).send();
        return reply.status(answer.status).send(answer.body);
      },
    });
  }
}
