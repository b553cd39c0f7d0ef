import { z } from 'zod';
import type { DatabaseKind } from '../../platform/db/database';
import { defineRoute, type Route } from '../../platform/http/route';

export function systemRoutes(databaseKind: DatabaseKind, openApi: () => Record<string, unknown>): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/health',
      summary: 'Whether this instance is up, and which database it runs on',
      access: 'public',
      response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }),
      handler: async () => ({ status: 'ok' as const, database: databaseKind }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/docs',
      summary: 'This API described in OpenAPI 3.1',
      access: 'public',
      handler: async () => openApi(),
    }),
  ];
}
