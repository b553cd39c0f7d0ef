import {
  AdoptSchema,
  ChooseIdeaSchema,
  EmptySchema,
  NewIdeaSchema,
  NewProblemSchema,
  ProblemIdParamsSchema,
  ProblemListSchema,
  ProblemSchema,
  RatingInputSchema,
} from '../../../core/contracts/problems';
import { defineRoute, type Route } from '../../platform/http/route';
import type { ProblemService } from './service';

const one = { access: 'member', params: ProblemIdParamsSchema, response: ProblemSchema } as const;

export function problemRoutes(problems: ProblemService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/problems',
      summary: 'The problems you two are working on, with their ideas and experiments',
      access: 'member',
      response: ProblemListSchema,
      handler: async ({ member }) => problems.list(member),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/problems',
      summary: 'Name a shared challenge; it starts with a brainstorm',
      access: 'member',
      body: NewProblemSchema,
      response: ProblemSchema,
      status: 201,
      handler: async ({ member, body }) => problems.start(member, body),
    }),
    defineRoute({
      ...one,
      method: 'GET',
      url: '/api/problems/:problemId',
      summary: 'One problem: its ideas, the experiment and what each said about it',
      handler: async ({ member, params }) => problems.get(member, params.problemId),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/ideas',
      summary: 'Add an idea during the brainstorm; nobody rates it',
      body: NewIdeaSchema,
      handler: async ({ member, params, body }) => problems.addIdea(member, params.problemId, body),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/done',
      summary: 'Say you have no more ideas for now; once both have, you choose one to try',
      body: EmptySchema,
      handler: async ({ member, params }) => problems.finishBrainstorm(member, params.problemId),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/brainstorm',
      summary: 'Start a new round of ideas',
      body: EmptySchema,
      handler: async ({ member, params }) => problems.brainstormAgain(member, params.problemId),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/experiment',
      summary: 'Pick an idea to try until a day you choose; one experiment at a time in a space',
      body: ChooseIdeaSchema,
      handler: async ({ member, params, body }) => problems.choose(member, params.problemId, body),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/experiment/end',
      summary: 'End the trial early and look back on it',
      body: EmptySchema,
      handler: async ({ member, params }) => problems.endTrial(member, params.problemId),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/experiment/rating',
      summary: 'Say whether the experiment helped; your partner sees it once you both have',
      body: RatingInputSchema,
      handler: async ({ member, params, body }) => problems.rate(member, params.problemId, body),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/experiment/adopt',
      summary: 'Adopt the experiment: propose it as an agreement, or keep it as it is',
      body: AdoptSchema,
      handler: async ({ member, person, params, body }) =>
        problems.adopt(member, params.problemId, body, person.timeZone),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: '/api/problems/:problemId/experiment/drop',
      summary: 'Drop the experiment; pick the next idea or start a new round of ideas',
      body: EmptySchema,
      handler: async ({ member, params }) => problems.drop(member, params.problemId),
    }),
  ];
}
