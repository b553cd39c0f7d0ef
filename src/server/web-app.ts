import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The built web app, with every path that is not a file answered by the app shell. */
export async function serveWeb(http: FastifyInstance): Promise<void> {
  if (!existsSync(webRoot)) {
    http.log.warn(
      'The web app is not built (dist/web is missing): run `npm run build`. Serving the API only.',
    );
    return;
  }
  await http.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    // The build writes .br and .gz copies of each text file; the one the browser accepts is sent.
    preCompressed: true,
    setHeaders(reply, path) {
      const immutable = path.includes('/assets/');
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  http.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({
        error: { code: 'NOT_FOUND', message: `There is no GET ${request.url.split('?')[0]} here.` },
      });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
