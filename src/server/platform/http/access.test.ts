import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAccess } from '../../features/account/access-rows';
import { agreementsAccess } from '../../features/agreements/access-rows';
import { appreciationsAccess } from '../../features/appreciations/access-rows';
import { commitmentsAccess } from '../../features/commitments/access-rows';
import { homeAccess } from '../../features/home/access-rows';
import { insightsAccess } from '../../features/insights/access-rows';
import { journalAccess } from '../../features/journal/access-rows';
import { meetingsAccess } from '../../features/meetings/access-rows';
import { notificationsAccess } from '../../features/notifications/access-rows';
import { pauseAccess } from '../../features/pause/access-rows';
import { problemsAccess } from '../../features/problems/access-rows';
import { pulseAccess } from '../../features/pulse/access-rows';
import { repairAccess } from '../../features/repair/access-rows';
import { ritualsAccess } from '../../features/rituals/access-rows';
import { servicesAccess } from '../../features/services/access-rows';
import { spaceAccess } from '../../features/space/access-rows';
import { systemAccess } from '../../features/system/access-rows';
import { talksAccess } from '../../features/talks/access-rows';
import type { AnyRoom, People } from '../../testing/access';
import { Client, couple, signUp } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * The access matrix. Every registered route must say who may call it; anonymous callers are
 * refused by every route that is not public; and for each route that reaches an item, the
 * partner and a member of another space are tried against Alex's things. Each room declares its
 * rows beside its routes (`features/<room>/access-rows.ts`); a new route fails this test until
 * its row is declared there.
 *
 * Rooms seed and are probed in this order. Pause comes before talks are probed on purpose (a
 * talk cannot start on a pause), meetings seed before it (a meeting starts as a talk), and space
 * comes last, because leaving changes the world.
 */
const rooms: AnyRoom[] = [
  systemAccess,
  accountAccess,
  homeAccess,
  notificationsAccess,
  talksAccess,
  meetingsAccess,
  pauseAccess,
  pulseAccess,
  insightsAccess,
  journalAccess,
  appreciationsAccess,
  repairAccess,
  servicesAccess,
  agreementsAccess,
  ritualsAccess,
  problemsAccess,
  commitmentsAccess,
  spaceAccess,
];

const matrix = Object.assign({}, ...rooms.map((r) => r.rows)) as AnyRoom['rows'];
const params = Object.assign({}, ...rooms.map((r) => r.params ?? {})) as Record<string, string>;

let app: TestApp;
let world: People & Record<string, unknown>;
/** The open screens of Alex, Sam and Kim, collecting every live event each one is sent. */
let screens: { alex: LiveClient; sam: LiveClient; stranger: LiveClient };

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
  const port = (app.http.server.address() as AddressInfo).port;
  screens = {
    alex: new LiveClient(port, people.alex),
    sam: new LiveClient(port, people.sam),
    stranger: new LiveClient(port, people.stranger),
  };
  for (const screen of Object.values(screens)) await screen.next((e) => e.type === 'hello');
  const seeded = { ...people };
  for (const room of rooms) Object.assign(seeded, await room.seed?.(people));
  return seeded;
}

/** Waits until no screen has been sent anything for a moment: the events of what just happened are in. */
async function settled(): Promise<void> {
  let count = -1;
  while (count !== totalEvents()) {
    count = totalEvents();
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
const totalEvents = () => Object.values(screens).reduce((n, s) => n + s.events.length, 0);
const newsOf = (screen: LiveClient) => screen.events.filter((e) => e.type !== 'hello');

beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  world = await buildWorld();
  await settled();
});
afterAll(async () => {
  for (const screen of Object.values(screens ?? {})) screen.close();
  await app.close();
});

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

  it('sends a stranger’s screen nothing, and the partner’s screen no word of Alex’s private things', async () => {
    expect(newsOf(screens.stranger)).toEqual([]);
    const privateIds = rooms.flatMap((room) => room.privateIds?.(world) ?? []);
    expect(privateIds.length).toBeGreaterThanOrEqual(rooms.filter((r) => r.privateIds).length);
    const partnerSaw = JSON.stringify(newsOf(screens.sam));
    for (const id of privateIds) expect(partnerSaw, `an event named private item ${id}`).not.toContain(id);
    // The channel did carry the shared news, so the silence above means something.
    expect(newsOf(screens.sam).map((e) => e.type)).toEqual(
      expect.arrayContaining(['appreciation.changed', 'talk.changed', 'pause.changed', 'agreement.changed']),
    );
  });

  for (const who of ['stranger', 'partner'] as const) {
    it(`lets ${who === 'stranger' ? 'a member of another space' : 'the partner'} reach only what is theirs or shared with them`, async () => {
      const alexHeard = screens.alex.events.length;
      for (const room of rooms) {
        for (const [key, probe] of Object.entries(room.rows)) {
          if (probe === 'public') continue;
          await probe(world, who).catch((error: Error) => {
            throw new Error(`${key} as ${who}: ${error.message}`);
          });
        }
      }
      // Nothing a stranger tries reaches Alex's screen either.
      if (who === 'stranger') {
        await settled();
        expect(screens.alex.events.slice(alexHeard)).toEqual([]);
      }
    });
  }
});
