import {
  CommitmentChangeSchema,
  CommitmentListSchema,
  CommitmentParamsSchema,
  CommitmentSchema,
  NewCommitmentSchema,
} from '../../../core/contracts/commitments';
import { defineRoute, type Route } from '../../platform/http/route';
import type { CommitmentService } from './service';

export function commitmentRoutes(commitments: CommitmentService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/commitments',
      summary: 'What you said you would do, done or not, and what your partner shares from their list',
      access: 'member',
      response: CommitmentListSchema,
      handler: async ({ member, person }) => commitments.list(member, person),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/commitments',
      isIdempotent: true,
      summary: 'Put something you will do on your list, from a talk or on its own; private unless shared',
      access: 'member',
      body: NewCommitmentSchema,
      response: CommitmentSchema,
      status: 201,
      handler: async ({ member, body }) => commitments.add(member, body),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/commitments/:commitmentId',
      summary: 'Mark a commitment done or not, reopen it, reword it, change its day or who sees it',
      access: 'member',
      params: CommitmentParamsSchema,
      body: CommitmentChangeSchema,
      response: CommitmentSchema,
      handler: async ({ member, params, body }) => commitments.change(member, params.commitmentId, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/commitments/:commitmentId',
      summary: 'Take a commitment off your list',
      access: 'member',
      params: CommitmentParamsSchema,
      handler: async ({ member, params }) => commitments.remove(member, params.commitmentId),
    }),
  ];
}
