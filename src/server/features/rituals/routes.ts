import {
  FeedLinkSchema,
  FeedParamsSchema,
  FeelingSchema,
  NewRitualSchema,
  OccurrenceLogSchema,
  OccurrenceParamsSchema,
  ReminderSchema,
  RitualAnswerSchema,
  RitualChangeSchema,
  RitualDetailSchema,
  RitualListSchema,
  RitualParamsSchema,
} from '../../../core/contracts/rituals';
import { defineRoute, type Route } from '../../platform/http/route';
import type { RitualFeed } from './feed';
import type { RitualService } from './service';

export function ritualRoutes(rituals: RitualService, feed: RitualFeed): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/rituals',
      summary: 'Your rituals, those proposed to you, and the next one coming up',
      access: 'member',
      response: RitualListSchema,
      handler: async ({ member }) => rituals.list(member),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/rituals',
      isIdempotent: true,
      summary:
        'Start a ritual from the library or in your own words, for yourself or proposed to your partner',
      access: 'member',
      body: NewRitualSchema,
      response: RitualDetailSchema,
      status: 201,
      handler: async ({ member, person, body }) => rituals.start(member, body, person.timeZone),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/rituals/:ritualId',
      summary: 'A ritual with its recent and coming occurrences, its numbers and a suggestion',
      access: 'member',
      params: RitualParamsSchema,
      response: RitualDetailSchema,
      handler: async ({ member, params }) => rituals.detail(member, params.ritualId),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/rituals/:ritualId',
      summary: 'Change the rhythm, time or length of a ritual you started, or propose it',
      access: 'member',
      params: RitualParamsSchema,
      body: RitualChangeSchema,
      response: RitualDetailSchema,
      handler: async ({ member, params, body }) => rituals.change(member, params.ritualId, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/rituals/:ritualId',
      summary: 'End a ritual you started',
      access: 'member',
      params: RitualParamsSchema,
      handler: async ({ member, params }) => rituals.end(member, params.ritualId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/rituals/:ritualId/answer',
      summary: 'Join a ritual your partner proposed, decline it, or step out of it',
      access: 'member',
      params: RitualParamsSchema,
      body: RitualAnswerSchema,
      response: RitualDetailSchema,
      handler: async ({ member, params, body }) => rituals.answer(member, params.ritualId, body),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/rituals/:ritualId/occurrences/:day',
      summary: 'Log an occurrence as done, skipped or moved',
      access: 'member',
      params: OccurrenceParamsSchema,
      body: OccurrenceLogSchema,
      response: RitualDetailSchema,
      handler: async ({ member, params, body }) => rituals.log(member, params.ritualId, params.day, body),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/rituals/:ritualId/occurrences/:day/feeling',
      summary: 'Say how connected it felt, 1–5; your partner sees it once they have said theirs',
      access: 'member',
      params: OccurrenceParamsSchema,
      body: FeelingSchema,
      response: RitualDetailSchema,
      handler: async ({ member, params, body }) =>
        rituals.rate(member, params.ritualId, params.day, body.feeling),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/rituals/:ritualId/reminder',
      summary: 'Be reminded a chosen time before each occurrence, or not at all',
      access: 'member',
      params: RitualParamsSchema,
      body: ReminderSchema,
      response: RitualDetailSchema,
      handler: async ({ member, params, body }) =>
        rituals.setReminder(member, params.ritualId, body.leadMinutes),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/rituals-feed',
      summary: 'Make your private calendar address (a new one revokes the old one)',
      access: 'member',
      response: FeedLinkSchema,
      handler: async ({ member }) => feed.create(member.personId),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/rituals-feed',
      summary: 'Turn your calendar address off',
      access: 'member',
      handler: async ({ member }) => feed.revoke(member.personId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/calendar/:feedToken',
      summary: 'Your rituals as an iCalendar feed; the secret address is the key',
      access: 'public',
      params: FeedParamsSchema,
      handler: async ({ params, reply }) => {
        const body = await feed.calendar(params.feedToken);
        reply.header('content-type', 'text/calendar; charset=utf-8');
        reply.header('cache-control', 'private, no-store');
        return body;
      },
    }),
  ];
}
