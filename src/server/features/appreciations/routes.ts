import {
  AppreciationIdParamsSchema,
  AppreciationSchema,
  AppreciationsSchema,
  NewAppreciationSchema,
  NewGestureSchema,
  NewWinSchema,
  WinSchema,
  WinsSchema,
} from '../../../core/contracts/appreciations';
import { ListLimitSchema } from '../../../core/contracts/pages';
import { defineRoute, type Route } from '../../platform/http/route';
import type { AppreciationService } from './service';

export function appreciationRoutes(appreciations: AppreciationService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/appreciations',
      summary: 'Appreciations you received and sent, and the small gestures you both logged',
      access: 'member',
      response: AppreciationsSchema,
      handler: async ({ member }) => appreciations.list(member),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/appreciations',
      isIdempotent: true,
      summary: 'Send your partner an appreciation; they are told it arrived, never what it says',
      access: 'member',
      body: NewAppreciationSchema,
      response: AppreciationSchema,
      handler: async ({ member, body }) => appreciations.send(member, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/appreciations/:appreciationId/read',
      summary: 'Mark an appreciation you received as read',
      access: 'member',
      params: AppreciationIdParamsSchema,
      response: AppreciationSchema,
      handler: async ({ member, params }) => appreciations.markRead(member, params.appreciationId),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/appreciations/:appreciationId',
      summary: 'Delete an appreciation you wrote',
      access: 'member',
      params: AppreciationIdParamsSchema,
      handler: async ({ member, params }) => appreciations.remove(member, params.appreciationId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/gestures',
      isIdempotent: true,
      summary: 'Log a small gesture, shared with your partner',
      access: 'member',
      body: NewGestureSchema,
      response: AppreciationsSchema,
      handler: async ({ member, body }) => appreciations.logGesture(member, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/wins',
      summary: 'The latest `limit` wins you have noticed together (20 unless asked), newest first',
      access: 'member',
      query: ListLimitSchema,
      response: WinsSchema,
      handler: async ({ member, query }) => appreciations.wins(member, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/wins',
      isIdempotent: true,
      summary: 'Add a win you noticed together',
      access: 'member',
      body: NewWinSchema,
      response: WinSchema,
      handler: async ({ member, body }) => appreciations.addWin(member, body),
    }),
  ];
}
