import { z } from 'zod';
import {
  CadenceSchema,
  PulseDayParamsSchema,
  PulseEntrySchema,
  PulseSettingsChangeSchema,
  PulseTodaySchema,
} from '../../../core/contracts/pulse';
import { defineRoute, type Route } from '../../platform/http/route';
import type { PulseService } from './service';

export function pulseRoutes(pulses: PulseService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/pulse',
      summary: 'Today’s check-in: yours, your partner’s once yours is in, the question, the cadence',
      access: 'member',
      response: PulseTodaySchema,
      handler: async ({ member, person }) => pulses.today(member, person),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/pulse/days/:day',
      summary: 'Check in for today, or change today’s check-in',
      access: 'member',
      params: PulseDayParamsSchema,
      body: PulseEntrySchema,
      response: PulseTodaySchema,
      handler: async ({ member, person, params, body }) => pulses.checkIn(member, person, params.day, body),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/pulse/cadence',
      summary: 'Propose how often to check in; it applies to you now and to both once accepted',
      access: 'member',
      body: CadenceSchema,
      response: PulseTodaySchema,
      handler: async ({ member, person, body }) => pulses.propose(member, person, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/pulse/cadence/accept',
      summary: 'Accept the cadence your partner proposed',
      access: 'member',
      body: z.strictObject({}),
      response: PulseTodaySchema,
      handler: async ({ member, person }) => pulses.accept(member, person),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/pulse/settings',
      summary: 'Your own check-in settings: sharing your numbers, a reminder time',
      access: 'member',
      body: PulseSettingsChangeSchema,
      response: PulseTodaySchema,
      handler: async ({ member, person, body }) => pulses.changeSettings(member, person, body),
    }),
  ];
}
