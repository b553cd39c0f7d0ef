import { z } from 'zod';
import { AGREEMENT_CATEGORIES } from '../agreements/rules';
import {
  ADOPT_AS,
  CHALLENGE_MAX_LENGTH,
  COMMENT_MAX_LENGTH,
  HELPED_ANSWERS,
  IDEA_MAX_LENGTH,
  PROBLEM_PHASES,
} from '../problems/machine';
import { Text } from './text';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-04-01');

export const ProblemIdParamsSchema = z.strictObject({ problemId: z.uuid() });
export const NewProblemSchema = z.strictObject({ challenge: Text(CHALLENGE_MAX_LENGTH) });
export type NewProblem = z.infer<typeof NewProblemSchema>;

export const NewIdeaSchema = z.strictObject({ text: Text(IDEA_MAX_LENGTH) });
export type NewIdea = z.infer<typeof NewIdeaSchema>;

export const ChooseIdeaSchema = z.strictObject({
  ideaId: z.uuid(),
  /** The last day of the trial, in the chooser's own time zone. */
  endsOn: Day,
});
export type ChooseIdea = z.infer<typeof ChooseIdeaSchema>;

export const RatingInputSchema = z.strictObject({
  helped: z.enum(HELPED_ANSWERS),
  comment: Text(COMMENT_MAX_LENGTH).optional(),
});
export type RatingInput = z.infer<typeof RatingInputSchema>;

export const AdoptSchema = z.discriminatedUnion('as', [
  z.strictObject({ as: z.literal('agreement'), category: z.enum(AGREEMENT_CATEGORIES) }),
  z.strictObject({ as: z.literal('ritual') }),
  z.strictObject({ as: z.literal('kept') }),
]);
export type Adopt = z.infer<typeof AdoptSchema>;

export const EmptySchema = z.strictObject({});

const PersonSchema = z.object({ id: z.string(), name: z.string(), isYou: z.boolean() });

export const IdeaSchema = z.object({
  id: z.string(),
  by: PersonSchema,
  text: z.string(),
  /** Whether it was tried already (and dropped or adopted). */
  isTried: z.boolean(),
});

export const RatingSchema = z.object({
  by: PersonSchema,
  helped: z.enum(HELPED_ANSWERS),
  comment: z.string().nullable(),
});

export const ExperimentSchema = z.object({
  id: z.string(),
  ideaId: z.string(),
  idea: z.string(),
  chosenBy: PersonSchema,
  endsOn: z.string(),
  status: z.enum(['running', 'adopted', 'dropped']),
  adoptedAs: z.enum(ADOPT_AS).nullable(),
  /** Whether the caller has said how it went. */
  isRatedByYou: z.boolean(),
  /** Whether the partner has said how it went (not what they said). */
  isRatedByPartner: z.boolean(),
  /** What each said: the caller's own at once, the partner's once both rated or it closed. */
  ratings: z.array(RatingSchema),
  agreementId: z.string().nullable(),
  ritualId: z.string().nullable(),
});

export const ProblemSchema = z.object({
  id: z.string(),
  challenge: z.string(),
  phase: z.enum(PROBLEM_PHASES),
  startedBy: PersonSchema,
  /** The other partner in the space, to name them. */
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Who said they have no more ideas for now (during the brainstorm). */
  doneBy: z.array(z.string()),
  isDoneByYou: z.boolean(),
  ideas: z.array(IdeaSchema),
  /** The experiment running now, or the last one tried. */
  experiment: ExperimentSchema.nullable(),
  /** Experiments tried before, newest first. */
  tried: z.array(ExperimentSchema),
  today: z.string(),
  createdAt: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;
export type Idea = z.infer<typeof IdeaSchema>;
export type Experiment = z.infer<typeof ExperimentSchema>;

export const ProblemListSchema = z.object({
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  today: z.string(),
  problems: z.array(ProblemSchema),
});
export type ProblemList = z.infer<typeof ProblemListSchema>;
