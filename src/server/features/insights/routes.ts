import { z } from 'zod';
import { InsightsSchema, WeekSummarySchema } from '../../../core/contracts/insights';
import { defineRoute, type Route } from '../../platform/http/route';
import type { InsightsService } from './service';

export function insightsRoutes(insights: InsightsService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/insights',
      summary:
        'Your patterns: trends, quieter stretches, what has gone with closer days, your partner’s shared numbers',
      access: 'member',
      response: InsightsSchema,
      handler: async ({ member, person }) => insights.insights(member, person),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/insights/summary',
      summary: 'Your week so far: wins, what helped, one gentle suggestion',
      access: 'member',
      response: WeekSummarySchema,
      handler: async ({ member, person }) => insights.summary(member, person),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/insights/distance/dismiss',
      summary: 'Set aside the suggestion of professional support; it stays away for four weeks',
      access: 'member',
      body: z.strictObject({}),
      response: InsightsSchema,
      handler: async ({ member, person }) => insights.dismissDistance(member, person),
    }),
  ];
}
