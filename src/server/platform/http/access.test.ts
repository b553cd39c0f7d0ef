import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAccess } from '../../features/account/access-rows';
import { agreementsAccess } from '../../features/agreements/access-rows';
import { appreciationsAccess } from '../../features/appreciations/access-rows';
import { homeAccess } from '../../features/home/access-rows';
import { journalAccess } from '../../features/journal/access-rows';
import { notificationsAccess } from '../../features/notifications/access-rows';
import { pauseAccess } from '../../features/pause/access-rows';
import { problemsAccess } from '../../features/problems/access-rows';
import { pulseAccess } from '../../features/pulse/access-rows';
import { repairAccess } from '../../features/repair/access-rows';
import { servicesAccess } from '../../features/services/access-rows';
import { spaceAccess } from '../../features/space/access-rows';
import { systemAccess } from '../../features/system/access-rows';
import { talksAccess } from '../../features/talks/access-rows';
import type { AnyRoom, People } from '../../testing/access';
import { Client, couple, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * The access matrix. Every registered route must say who may call it; anonymous callers are
 * refused by every route that is not public; and for each route that reaches an item, the
 * partner and a member of another space are tried against Alex's things. Each room declares its
 * rows beside its routes (`features/<room>/access-rows.ts`); a new route fails this test until
 * its row is declared there.
 *
 * Rooms seed and are probed in this order. Pause comes before talks are probed on purpose (a
 * talk cannot start on a pause), and space comes last, because leaving changes the world.
 */
const rooms: AnyRoom[] = [
  systemAccess,
  accountAccess,
  homeAccess,
  notificationsAccess,
  talksAccess,
  pauseAccess,
  pulseAccess,
  journalAccess,
  appreciationsAccess,
  repairAccess,
  servicesAccess,
  agreementsAccess,
  problemsAccess,
  spaceAccess,
];

const matrix = Object.assign({}, ...rooms.map((r) => r.rows)) as AnyRoom['rows'];
const params = Object.assign({}, ...rooms.map((r) => r.params ?? {})) as Record<string, string>;

let app: TestApp;
let world: People & Record<string, unknown>;

async function buildWorld(): Promise<typeof world> {
  const { alex, sam, spaceId } = await couple(app.http);
  const stranger = await signUp(app.http, 'Kim');
  await stranger.client.post('/api/space');
  const robin = await signUp(app.http, 'Robin');
  await robin.client.post('/api/space');
  const people: People = {
    app,
    alex: alex.client,
    sam: sam.client,
    stranger: stranger.client,
    robin: robin.client,
    spaceId,
  };
  const seeded = { ...people };
  for (const room of rooms) Object.assign(seeded, await room.seed?.(people));
  return seeded;
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld();
});
afterAll(() => app.close());

const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const sampleUrl = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    const sample = params[name];
    if (sample === undefined) throw new Error(`declare a sample for :${name} in its room's access rows`);
    return sample;
  });

describe('access matrix', () => {
  it('has a declared access rule and a matrix row for every registered route', () => {
    for (const route of app.routes) {
      expect(['public', 'person', 'member', 'operator'], keyOf(route)).toContain(route.access);
      expect(matrix[keyOf(route)], `declare ${keyOf(route)} in its room's access rows`).toBeDefined();
      expect(matrix[keyOf(route)] === 'public', `${keyOf(route)}: matrix and route disagree on public`).toBe(
        route.access === 'public',
      );
    }
    expect(Object.keys(matrix).sort()).toEqual(app.routes.map(keyOf).sort());
  });

  it('refuses anonymous callers on every route that is not public', async () => {
    const anonymous = new Client(app.http);
    for (const route of app.routes.filter((r) => r.access !== 'public')) {
      const reply = await anonymous.request(
        route.method as 'GET',
        sampleUrl(route.url),
        route.method === 'GET' ? undefined : {},
      );
      expect(reply.status, keyOf(route)).toBe(401);
      expect(reply.body.error.code, keyOf(route)).toBe('UNAUTHENTICATED');
    }
  });

  for (const who of ['stranger', 'partner'] as const) {
    it(`lets ${who === 'stranger' ? 'a member of another space' : 'the partner'} reach only what is theirs or shared with them`, async () => {
      for (const room of rooms) {
        for (const [key, probe] of Object.entries(room.rows)) {
          if (probe === 'public') continue;
          await probe(world, who).catch((error: Error) => {
            throw new Error(`${key} as ${who}: ${error.message}`);
          });
        }
      }
    });
  }
});
