import { HomeSchema } from '../../../core/contracts/space';
import { defineRoute, type Route } from '../../platform/http/route';
import type { SpaceService } from '../space/service';

/** The home screen's data in one request, so a phone on a slow connection waits once. */
export function homeRoutes(spaces: SpaceService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/home',
      summary: 'Everything the home screen shows',
      access: 'person',
      response: HomeSchema,
      handler: async ({ person }) => ({
        me: { id: person.id, name: person.name },
        space: await spaces.findSpace(person.id),
      }),
    }),
  ];
}
