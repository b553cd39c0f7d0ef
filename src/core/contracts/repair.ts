import { z } from 'zod';
import { AGREEMENT_CATEGORIES, WORDING_MAX_LENGTH } from '../agreements/rules';
import { AFTER_FIGHT_PHASES, AFTER_FIGHT_STEPS, AFTER_FIGHT_TEXT_MAX_LENGTH } from '../repair/after-fight';
import { AFTER_FIGHT_FEELINGS, MAX_FEELINGS } from '../repair/feelings';
import {
  REPAIR_ANSWERS,
  REPAIR_PART_MAX_LENGTH,
  REPAIR_REPLY_MAX_LENGTH,
  REPAIR_STATUSES,
} from '../repair/script';
import { hasNoControls, Text } from './text';

/** A part of a draft may be empty while it is being written. */
const DraftPart = z
  .string()
  .trim()
  .max(REPAIR_PART_MAX_LENGTH)
  .refine(hasNoControls, 'must not contain control characters');

export const RepairIdParamsSchema = z.strictObject({ repairId: z.uuid() });
export const AfterFightIdParamsSchema = z.strictObject({ afterFightId: z.uuid() });
export const AfterFightPlanParamsSchema = z.strictObject({ afterFightId: z.uuid(), entryId: z.uuid() });

/** A plan proposed as an agreement: its kind, and its words when the plan is longer than an agreement. */
export const PlanAsAgreementSchema = z.strictObject({
  category: z.enum(AGREEMENT_CATEGORIES),
  wording: z
    .string()
    .trim()
    .min(1)
    .max(WORDING_MAX_LENGTH)
    .refine(hasNoControls, 'must not contain control characters')
    .optional(),
});
export type PlanAsAgreement = z.infer<typeof PlanAsAgreementSchema>;
export const AfterFightStepParamsSchema = z.strictObject({
  afterFightId: z.uuid(),
  step: z.enum(AFTER_FIGHT_STEPS),
});

export const RepairDraftSchema = z
  .strictObject({ apology: DraftPart, understanding: DraftPart, plan: DraftPart })
  .refine((d) => d.apology || d.understanding || d.plan, {
    message: 'write at least one part of your repair',
    path: ['apology'],
  });
export type RepairDraft = z.infer<typeof RepairDraftSchema>;

export const RepairAnswerSchema = z
  .strictObject({
    answer: z.enum(REPAIR_ANSWERS),
    text: Text(REPAIR_REPLY_MAX_LENGTH).optional(),
  })
  .refine((a) => a.answer !== 'reply' || a.text !== undefined, {
    message: 'a reply needs a few words',
    path: ['text'],
  });
export type RepairAnswerInput = z.infer<typeof RepairAnswerSchema>;

export const AfterFightEntryInputSchema = z.strictObject({
  feelings: z.array(z.enum(AFTER_FIGHT_FEELINGS)).min(1).max(MAX_FEELINGS).optional(),
  text: Text(AFTER_FIGHT_TEXT_MAX_LENGTH).optional(),
});
export type AfterFightEntryInput = z.infer<typeof AfterFightEntryInputSchema>;

const Person = z.object({ id: z.string(), name: z.string(), isYou: z.boolean() });

export const RepairSchema = z.object({
  id: z.string(),
  from: Person,
  to: Person.nullable(),
  apology: z.string(),
  understanding: z.string(),
  plan: z.string(),
  status: z.enum(REPAIR_STATUSES),
  reply: z.string().nullable(),
  sentAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Repair = z.infer<typeof RepairSchema>;

export const AfterFightEntrySchema = z.object({
  id: z.string(),
  by: Person,
  step: z.enum(AFTER_FIGHT_STEPS),
  feelings: z.array(z.string()),
  text: z.string().nullable(),
  /** For a plan its author proposed as an agreement: that agreement's id. */
  agreementId: z.string().nullable(),
});

export const AfterFightSchema = z.object({
  id: z.string(),
  phase: z.enum(AFTER_FIGHT_PHASES),
  starter: Person,
  partner: Person,
  /** Who may write at the current step (for the accounts, whose turn it is). */
  turnOf: z.array(z.string()),
  /** Whether the caller has finished the current step. */
  isDoneByYou: z.boolean(),
  /** What both have written at steps the partner may see: past steps, and accounts as told. */
  entries: z.array(AfterFightEntrySchema),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type AfterFight = z.infer<typeof AfterFightSchema>;
export type AfterFightEntry = z.infer<typeof AfterFightEntrySchema>;

export const RepairRoomSchema = z.object({
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  drafts: z.array(RepairSchema),
  sent: z.array(RepairSchema),
  received: z.array(RepairSchema),
  afterFights: z.array(AfterFightSchema),
});
export type RepairRoom = z.infer<typeof RepairRoomSchema>;
