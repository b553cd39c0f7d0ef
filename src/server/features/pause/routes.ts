import { z } from 'zod';
import {
  ExtendPauseSchema,
  NewPauseSchema,
  PauseIdParamsSchema,
  PauseStateSchema,
} from '../../../core/contracts/pause';
import { defineRoute, type Route } from '../../platform/http/route';
import type { PauseService } from './service';

export function pauseRoutes(pauses: PauseService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/pause',
      summary: 'The pause your space is on, if any, with the server’s time',
      access: 'member',
      response: PauseStateSchema,
      handler: async ({ member }) => pauses.current(member),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/pause',
      summary: 'Ask for a pause; if one is already on, you get that one',
      access: 'member',
      body: NewPauseSchema,
      response: PauseStateSchema,
      handler: async ({ member, body }) => pauses.start(member, body.minutes),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/pause/:pauseId/extend',
      summary: 'Extend your pause, once; your partner is told the new return time',
      access: 'member',
      params: PauseIdParamsSchema,
      body: ExtendPauseSchema,
      response: PauseStateSchema,
      handler: async ({ member, params, body }) => pauses.extend(member, params.pauseId, body.minutes),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/pause/:pauseId/end',
      summary: 'End your pause early',
      access: 'member',
      params: PauseIdParamsSchema,
      body: z.strictObject({}),
      response: PauseStateSchema,
      handler: async ({ member, params }) => pauses.end(member, params.pauseId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/pause/:pauseId/return',
      summary: 'Ready to come back, once the return time has come',
      access: 'member',
      params: PauseIdParamsSchema,
      body: z.strictObject({}),
      response: PauseStateSchema,
      handler: async ({ member, params }) => pauses.comeBack(member, params.pauseId),
    }),
  ];
}
