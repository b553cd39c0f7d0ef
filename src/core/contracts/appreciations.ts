import { z } from 'zod';
import {
  APPRECIATION_MAX_LENGTH,
  GESTURE_KINDS,
  GESTURE_TEXT_MAX_LENGTH,
  WIN_SOURCES,
  WIN_TEXT_MAX_LENGTH,
} from '../appreciations';
import { Text } from './text';

export const AppreciationIdParamsSchema = z.strictObject({ appreciationId: z.uuid() });

export const NewAppreciationSchema = z.strictObject({ text: Text(APPRECIATION_MAX_LENGTH) });
export type NewAppreciation = z.infer<typeof NewAppreciationSchema>;

export const NewGestureSchema = z
  .strictObject({
    kind: z.enum(GESTURE_KINDS),
    text: Text(GESTURE_TEXT_MAX_LENGTH).nullable().optional(),
    isForPartner: z.boolean(),
  })
  .refine((g) => g.kind !== 'custom' || !!g.text, {
    message: 'a gesture in your own words needs words',
    path: ['text'],
  });
export type NewGesture = z.infer<typeof NewGestureSchema>;

export const NewWinSchema = z.strictObject({ text: Text(WIN_TEXT_MAX_LENGTH) });
export type NewWin = z.infer<typeof NewWinSchema>;

const Author = z.object({ id: z.string(), name: z.string(), isYou: z.boolean() });

export const AppreciationSchema = z.object({
  id: z.string(),
  from: Author,
  text: z.string(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export const GestureSchema = z.object({
  id: z.string(),
  by: Author,
  kind: z.enum(GESTURE_KINDS),
  text: z.string().nullable(),
  isForPartner: z.boolean(),
  createdAt: z.string(),
});
export const WinSchema = z.object({
  id: z.string(),
  by: Author.nullable(),
  source: z.enum(WIN_SOURCES),
  text: z.string().nullable(),
  createdAt: z.string(),
});

export const AppreciationsSchema = z.object({
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  received: z.array(AppreciationSchema),
  sent: z.array(AppreciationSchema),
  gestures: z.array(GestureSchema),
});
/** Wins the wall shows at first, and the more each "Show older" adds. */
export const WINS_PAGE = 20;
/** The latest wins, newest first; `hasOlder` when there are more. */
export const WinsSchema = z.object({ wins: z.array(WinSchema), hasOlder: z.boolean() });

export type Appreciation = z.infer<typeof AppreciationSchema>;
export type Gesture = z.infer<typeof GestureSchema>;
export type Win = z.infer<typeof WinSchema>;
export type Appreciations = z.infer<typeof AppreciationsSchema>;
export type Wins = z.infer<typeof WinsSchema>;
