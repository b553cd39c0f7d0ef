import { z } from 'zod';
import {
  FORMAT_IDS,
  TOPIC_MAX_LENGTH,
  TURN_MINUTES_MAX,
  TURN_MINUTES_MIN,
  TURN_TEXT_MAX_LENGTH,
} from '../talks/formats';
import { TALK_PHASES } from '../talks/machine';
import { hasNoControls } from './text';

const Text = z
  .string()
  .trim()
  .min(1)
  .max(TURN_TEXT_MAX_LENGTH)
  .refine(hasNoControls, 'must not contain control characters');

const Topic = z
  .string()
  .trim()
  .min(1)
  .max(TOPIC_MAX_LENGTH)
  .refine((text) => !/[\p{Cc}]/u.test(text), 'must not contain control characters');

export const TALK_MODES = ['remote', 'in_person'] as const;
export type TalkMode = (typeof TALK_MODES)[number];

export const TalkIdParamsSchema = z.strictObject({ talkId: z.uuid() });
export const TalkEntryParamsSchema = z.strictObject({ talkId: z.uuid(), entryId: z.uuid() });

export const NewTalkSchema = z.strictObject({
  topic: Topic,
  formatId: z.enum(FORMAT_IDS),
  mode: z.enum(TALK_MODES),
  /** Null for "now"; otherwise the proposed start. */
  startsAt: z.iso.datetime({ offset: true }).nullable(),
  turnMinutes: z.int().min(TURN_MINUTES_MIN).max(TURN_MINUTES_MAX).optional(),
  followUpOf: z.uuid().optional(),
});
export type NewTalk = z.infer<typeof NewTalkSchema>;

export const TalkReplySchema = z.strictObject({
  answer: z.enum(['accept', 'decline', 'propose']),
  /** The other time, when the answer is "propose". */
  startsAt: z.iso.datetime({ offset: true }).optional(),
});
export type TalkReply = z.infer<typeof TalkReplySchema>;

/** What the speaker typed (remote talks) or nothing (in person, where nothing is typed). */
export const TalkWordsSchema = z.strictObject({ text: Text.optional() });
export type TalkWords = z.infer<typeof TalkWordsSchema>;

export const ConfirmationSchema = z.strictObject({
  answer: z.enum(['yes', 'partly']),
  /** With "partly": what the speaker meant. */
  text: Text.optional(),
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;

export const RatingSchema = z.strictObject({ feltHeard: z.int().min(1).max(5) });
export type Rating = z.infer<typeof RatingSchema>;

export const TalkEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['turn', 'reflection', 'clarification']),
  authorId: z.string(),
  turnNumber: z.int(),
  attempt: z.int(),
  /** Null when nothing was typed (in person) or its author removed it. */
  text: z.string().nullable(),
  isRemoved: z.boolean(),
  isConfirmed: z.boolean(),
  createdAt: z.string(),
});
export type TalkEntry = z.infer<typeof TalkEntrySchema>;

export const TalkSchema = z.object({
  id: z.string(),
  topic: z.string(),
  formatId: z.enum(FORMAT_IDS),
  mode: z.enum(TALK_MODES),
  phase: z.enum(TALK_PHASES),
  inviterId: z.string(),
  inviteeId: z.string(),
  proposedBy: z.string(),
  startsAt: z.string().nullable(),
  rulesAcceptedBy: z.array(z.string()),
  speakerId: z.string().nullable(),
  turnNumber: z.int(),
  attempt: z.int(),
  turnSeconds: z.int(),
  turnStartedAt: z.string().nullable(),
  /** What is left of the turn at `serverNow`; count down from the moment the answer arrived. */
  remainingMs: z.number().nullable(),
  isFrozen: z.boolean(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endReason: z.enum(['finished', 'left', 'abandoned']).nullable(),
  followUpOf: z.string().nullable(),
  entries: z.array(TalkEntrySchema),
  /** The caller's own "I felt heard"; the partner's is never shown. */
  myRating: z.int().nullable(),
  serverNow: z.string(),
});
export type Talk = z.infer<typeof TalkSchema>;

export const TalkSummarySchema = z.object({
  id: z.string(),
  topic: z.string(),
  formatId: z.enum(FORMAT_IDS),
  mode: z.enum(TALK_MODES),
  phase: z.enum(TALK_PHASES),
  inviterId: z.string(),
  proposedBy: z.string(),
  startsAt: z.string().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  turns: z.int(),
  confirmedReflections: z.int(),
});
export type TalkSummary = z.infer<typeof TalkSummarySchema>;

/** Ended and declined talks the list shows at first, and the more each "Show older" adds. */
export const PAST_TALKS_PAGE = 10;

/** The talks still going, then the latest ended or declined ones; `hasOlder` when there are more. */
export const TalkListSchema = z.object({
  talks: z.array(TalkSummarySchema),
  hasOlder: z.boolean(),
  serverNow: z.string(),
});
export type TalkList = z.infer<typeof TalkListSchema>;
