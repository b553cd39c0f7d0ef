import { z } from 'zod';
import { COMMITMENT_MAX_LENGTH, COMMITMENT_SOURCES, COMMITMENT_STATUSES } from '../commitments/rules';
import { Text } from './text';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-04-01');

export const CommitmentParamsSchema = z.strictObject({ commitmentId: z.uuid() });

export const NewCommitmentSchema = z.strictObject({
  text: Text(COMMITMENT_MAX_LENGTH),
  /** The day by which the person means to have done it; null for "no particular day". */
  dueOn: Day.nullable(),
  /** Private unless the person shares it with their partner. */
  isShared: z.boolean(),
  /** The talk it was said in, when it comes from one. */
  talkId: z.uuid().optional(),
});
export type NewCommitment = z.infer<typeof NewCommitmentSchema>;

export const CommitmentChangeSchema = z
  .strictObject({
    text: Text(COMMITMENT_MAX_LENGTH).optional(),
    dueOn: Day.nullable().optional(),
    isShared: z.boolean().optional(),
    status: z.enum(COMMITMENT_STATUSES).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'say what changes');
export type CommitmentChange = z.infer<typeof CommitmentChangeSchema>;

export const CommitmentSchema = z.object({
  id: z.string(),
  text: z.string(),
  source: z.enum(COMMITMENT_SOURCES),
  /** The talk, repair or after-a-fight conversation it came from; null for one's own. */
  sourceId: z.string().nullable(),
  /** A few words naming where it came from (a talk's topic); null when there is nothing to name. */
  sourceTitle: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  /** When its person said it was done or not; null while open. */
  settledAt: z.string().nullable(),
  isShared: z.boolean(),
  isMine: z.boolean(),
  createdAt: z.string(),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CommitmentListSchema = z.object({
  /** Today in the caller's zone, for "was this done?" on what is past its day. */
  today: Day,
  mine: z.array(CommitmentSchema),
  /** What the partner chose to share from their own list. */
  partners: z.array(CommitmentSchema),
  partnerName: z.string().nullable(),
});
export type CommitmentList = z.infer<typeof CommitmentListSchema>;
