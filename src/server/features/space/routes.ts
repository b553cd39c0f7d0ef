import { z } from 'zod';
import {
  InviteIdParamsSchema,
  InvitePreviewSchema,
  InviteTokenParamsSchema,
  JoinSchema,
  NewInviteSchema,
  SpaceSchema,
} from '../../../core/contracts/space';
import { defineRoute, type Route } from '../../platform/http/route';
import type { SpaceService } from './service';

export function spaceRoutes(spaces: SpaceService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/space',
      summary: 'Your space: who is in it and whether an invitation is open',
      access: 'member',
      response: SpaceSchema,
      handler: async ({ person }) => spaces.findSpace(person.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/space',
      summary: 'Start a space (alone for now, or before inviting your partner)',
      access: 'person',
      body: z.strictObject({}),
      response: SpaceSchema,
      status: 201,
      handler: async ({ person }) => spaces.createSpace(person),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/space/invites',
      isIdempotent: true,
      summary: 'Invite your partner: a single-use link and code, valid for 7 days',
      access: 'member',
      body: z.strictObject({}),
      response: NewInviteSchema,
      status: 201,
      handler: async ({ member }) => spaces.createInvite(member),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/space/invites/:inviteId',
      summary: 'Withdraw an open invitation',
      access: 'member',
      params: InviteIdParamsSchema,
      handler: async ({ member, params }) => spaces.revokeInvite(member, params.inviteId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/invites/:token',
      summary: 'Who sent an invitation link, before you join',
      access: 'public',
      params: InviteTokenParamsSchema,
      response: InvitePreviewSchema,
      handler: async ({ params }) => spaces.previewInvite(params.token),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/space/join',
      summary: "Join your partner's space with an invitation link's token or its code",
      access: 'person',
      body: JoinSchema,
      response: SpaceSchema,
      handler: async ({ person, body, request }) => spaces.join(person, body, request.ip),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/space/leave',
      summary: 'Leave your space: what you shared stays, your private things go with you',
      access: 'member',
      body: z.strictObject({}),
      handler: async ({ member }) => spaces.leave(member),
    }),
  ];
}
