/** The origins Tend answers state-changing requests and live sockets from, and its security headers. */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The public URL's origin; for a loopback address also its twins, so localhost and 127.0.0.1 both work. */
export function originsFor(publicUrl: URL): string[] {
  const origins = [publicUrl.origin];
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  if (loopback.includes(publicUrl.hostname)) {
    for (const host of loopback)
      origins.push(`${publicUrl.protocol}//${host}${publicUrl.port ? `:${publicUrl.port}` : ''}`);
  }
  return [...new Set(origins)];
}

export function securityHeaders(publicUrl: URL) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Strict-Transport-Security only means something over https.
    hsts: publicUrl.protocol === 'https:' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginEmbedderPolicy: false,
  };
}

/** Every security header helmet sends for this configuration, by lowercase name. */
export function securityHeaderValues(publicUrl: URL): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(securityHeaders(publicUrl))(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error) => {
      if (error) throw error;
    },
  );
  return headers;
}

/**
 * Sends the security headers on every reply. They depend on the configuration alone, so helmet
 * works them out once at start; its Fastify plugin built them all again, the Content-Security-
 * Policy parsed anew, on every request, which cost more CPU than the rest of the framework's path.
 */
export function addSecurityHeaders(app: FastifyInstance, publicUrl: URL): void {
  const headers = securityHeaderValues(publicUrl);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
