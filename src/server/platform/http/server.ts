import { DrizzleQueryError } from 'drizzle-orm/errors';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, LogController } from 'fastify';
import { AppError, type ErrorBody } from './errors';

export interface HttpOptions {
  logLevel: string;
  /** Where log lines go; standard output unless given (tests read them). */
  logStream?: { write(line: string): void };
  trustProxy: boolean;
  /** Origins allowed to send state-changing requests. */
  trustedOrigins: string[];
}

const BODY_LIMIT = 256 * 1024;
const FORM_ROUTE = '/api/unsubscribe/';

/** The Fastify instance with Tend's error shape, CSRF origin check and request logging rules. */
export function createHttpServer(options: HttpOptions): FastifyInstance {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      ...(options.logStream && { stream: options.logStream }),
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    trustProxy: options.trustProxy,
    bodyLimit: BODY_LIMIT,
    // One line per request, written in onResponse below, with no ids or tokens from the path.
    logController: new LogController({ disableRequestLogging: true }),
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 200 },
    // Errors the router raises before any route runs (a bad or over-long URL) get the same shape.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode ?? 400;
      const body: ErrorBody = {
        error: {
          code: status === 414 ? 'URL_TOO_LONG' : 'BAD_URL',
          message: 'This address is not one Tend knows. Check the link.',
        },
      };
      (reply as FastifyReply).status(status).send(body);
    },
  });

  // Mail programs post one-click unsubscribes as a form (RFC 8058, body `List-Unsubscribe=One-Click`).
  // That route alone takes a form; everywhere else a form is refused like any non-JSON body.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (request, _body, done) => {
      if (request.url.startsWith(FORM_ROUTE)) return done(null, undefined);
      const refused = Object.assign(new Error('Unsupported Media Type'), {
        statusCode: 415,
        code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      });
      done(refused, undefined);
    },
  );

  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    checkOrigin(request.headers.origin, request.headers['sec-fetch-site'], options.trustedOrigins);
  });

  app.addHook('onResponse', async (request, reply) => {
    // Method, route pattern, status and time only: never bodies, and never ids or tokens in the path.
    request.log.info(
      {
        method: request.method,
        route: loggedRoute(request.routeOptions.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const { status, body } = present(error);
    if (status >= 500) request.log.error({ err: describeCause(error) }, 'unexpected error');
    if (status === 429 && error instanceof AppError && typeof error.details?.retryAfterSeconds === 'number') {
      reply.header('retry-after', String(error.details.retryAfterSeconds));
    }
    return reply.status(status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: {
        code: 'NOT_FOUND',
        message: `There is no ${request.method} ${request.url.split('?')[0]} here.`,
      },
    };
    return reply.status(404).send(body);
  });

  return app;
}

/**
 * Browsers send Origin on every cross-site state-changing request, and the session cookie is
 * SameSite=Lax: refusing foreign origins closes cross-site request forgery. Clients that are not
 * browsers (the CLI, tests, curl) send no Origin and carry no ambient cookie, so they pass.
 */
function checkOrigin(
  origin: string | undefined,
  fetchSite: string | string[] | undefined,
  trusted: string[],
): void {
  if (origin !== undefined && origin !== 'null' && trusted.includes(origin)) return;
  if (
    origin === undefined &&
    (fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none')
  )
    return;
  throw new AppError(
    'FOREIGN_ORIGIN',
    403,
    `This request came from ${origin ?? 'another site'}, not from Tend at ${trusted[0]}. ` +
      'If you reached Tend at another address, ask its operator to set PUBLIC_URL to it.',
  );
}

function present(error: FastifyError | AppError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const { code, message, fields, details } = error;
    return {
      status: error.status,
      body: { error: { code, message, ...(fields && { fields }), ...(details && { details }) } },
    };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return { status, body: { error: { code: clientCode(error), message: clientMessage(error) } } };
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong' } } };
}

function clientCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    default:
      return 'BAD_REQUEST';
  }
}

function clientMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `The request is too large: keep it under ${BODY_LIMIT / 1024} KB.`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the request body as JSON (Content-Type: application/json).';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request says it carries JSON but the body is empty: send {} or leave out the Content-Type.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The request body is not valid JSON.';
    default:
      if (error.message.includes('__proto__') || error.message.includes('constructor')) {
        return 'The request body uses a reserved field name (__proto__ or constructor).';
      }
      return error.statusCode === 400
        ? 'The request body is not valid JSON.'
        : 'The request could not be understood.';
  }
}

/**
 * What is logged about an unexpected error: its kind, message and call stack, but never the values
 * of a failed query (the query builder puts people's words in its message).
 */
export function describeCause(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const isQuery = error instanceof DrizzleQueryError;
  const cause: { name?: unknown; message?: unknown; code?: unknown } =
    isQuery && typeof error.cause === 'object' && error.cause !== null ? error.cause : error;
  const firstLine = (text: unknown) =>
    typeof text === 'string' ? text.split('\n')[0]?.slice(0, 300) : undefined;
  return {
    type: isQuery ? 'DrizzleQueryError' : error.name,
    ...(typeof cause.code === 'string' && { code: cause.code }),
    ...(isQuery && { query: error.query.slice(0, 300) }),
    message: firstLine(isQuery ? cause.message : error.message),
    // Only the frames: the first lines of a stack repeat the message.
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => line.startsWith('    at '))
      .slice(0, 8)
      .join('\n'),
  };
}

/**
 * The route as the request log shows it. Built files are logged together as `/assets/*`, so the
 * log never says which screen's code a browser loaded (the safety screen comes in its own file).
 */
export function loggedRoute(route: string | undefined): string {
  if (!route) return 'unmatched';
  return route.startsWith('/assets/') ? '/assets/*' : route;
}
