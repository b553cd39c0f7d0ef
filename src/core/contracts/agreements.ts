import { z } from 'zod';
import {
  AGREEMENT_CATEGORIES,
  AGREEMENT_SOURCES,
  NEED_MAX_LENGTH,
  WORDING_MAX_LENGTH,
} from '../agreements/rules';
import { hasNoControls } from './text';

const Wording = (max: number) =>
  z.string().trim().min(1).max(max).refine(hasNoControls, 'must not contain control characters');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-04-01');
/** The version the writer saw; a change based on an older one is a 409 that carries the newer. */
const BasedOn = z.int().min(1).max(100_000);

export const AgreementIdParamsSchema = z.strictObject({ agreementId: z.uuid() });
export const NeedIdParamsSchema = z.strictObject({ needId: z.uuid() });

export const NewAgreementSchema = z.strictObject({
  category: z.enum(AGREEMENT_CATEGORIES),
  wording: Wording(WORDING_MAX_LENGTH),
  /** Four weeks from today when left out. */
  reviewOn: Day.optional(),
});
export type NewAgreement = z.infer<typeof NewAgreementSchema>;

export const AgreementChangeSchema = NewAgreementSchema.extend({ basedOn: BasedOn });
export type AgreementChange = z.infer<typeof AgreementChangeSchema>;

export const AgreementAnswerSchema = z.strictObject({ basedOn: BasedOn });
export type AgreementAnswer = z.infer<typeof AgreementAnswerSchema>;

export const AgreementKeepSchema = z.strictObject({ basedOn: BasedOn, reviewOn: Day.optional() });
export type AgreementKeep = z.infer<typeof AgreementKeepSchema>;

export const NewNeedSchema = z.strictObject({ wording: Wording(NEED_MAX_LENGTH), isShared: z.boolean() });
export type NewNeed = z.infer<typeof NewNeedSchema>;

export const NeedChangeSchema = z
  .strictObject({ wording: Wording(NEED_MAX_LENGTH).optional(), isShared: z.boolean().optional() })
  .refine((c) => c.wording !== undefined || c.isShared !== undefined, 'say what changes');
export type NeedChange = z.infer<typeof NeedChangeSchema>;

const PersonSchema = z.object({ id: z.string(), name: z.string(), isYou: z.boolean() });
const Moment = z.object({ by: PersonSchema.nullable(), at: z.string() });

export const AgreementVersionSchema = z.object({
  number: z.int(),
  category: z.enum(AGREEMENT_CATEGORIES),
  wording: z.string(),
  reviewOn: z.string(),
  status: z.enum(['proposed', 'accepted', 'replaced']),
  proposed: Moment,
  accepted: Moment.nullable(),
  /** Asked to talk it over: who asked, and the talk they were invited to. */
  discussion: Moment.extend({ talkId: z.string().nullable() }).nullable(),
});
export type AgreementVersion = z.infer<typeof AgreementVersionSchema>;

export const AgreementSchema = z.object({
  id: z.string(),
  status: z.enum(['proposed', 'active', 'retired']),
  source: z.enum(AGREEMENT_SOURCES),
  latest: z.int(),
  /** The version both accepted, which holds now. */
  active: AgreementVersionSchema.nullable(),
  /** The version waiting for an answer. */
  pending: AgreementVersionSchema.nullable(),
  reviewOn: z.string().nullable(),
  isDue: z.boolean(),
  canAnswer: z.boolean(),
  kept: Moment.nullable(),
  retired: Moment.nullable(),
  /** Every version, newest first. */
  versions: z.array(AgreementVersionSchema),
  createdAt: z.string(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const NeedSchema = z.object({
  id: z.string(),
  wording: z.string(),
  isShared: z.boolean(),
  by: PersonSchema,
  updatedAt: z.string(),
});
export type Need = z.infer<typeof NeedSchema>;

export const LedgerSchema = z.object({
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  today: z.string(),
  agreements: z.array(AgreementSchema),
  needs: z.array(NeedSchema),
});
export type Ledger = z.infer<typeof LedgerSchema>;
