import { z } from 'zod';
import { PAUSE_MINUTES_MAX, PAUSE_MINUTES_MIN } from '../pause/timing';

export const PauseIdParamsSchema = z.strictObject({ pauseId: z.uuid() });

export const NewPauseSchema = z.strictObject({
  minutes: z.int().min(PAUSE_MINUTES_MIN).max(PAUSE_MINUTES_MAX),
});
export type NewPause = z.infer<typeof NewPauseSchema>;

export const ExtendPauseSchema = z.strictObject({
  minutes: z.int().min(1).max(PAUSE_MINUTES_MAX),
});
export type ExtendPause = z.infer<typeof ExtendPauseSchema>;

export const PauseSchema = z.object({
  id: z.string(),
  askedBy: z.object({ id: z.string(), name: z.string(), isYou: z.boolean() }),
  startedAt: z.string(),
  returnAt: z.string(),
  extendedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  phase: z.enum(['resting', 'due', 'over']),
  /** Until the return time, at `serverNow`. */
  remainingMs: z.number(),
  /** Known once the pause is over. */
  isOnTime: z.boolean().nullable(),
  canExtend: z.boolean(),
});
export type Pause = z.infer<typeof PauseSchema>;

export const PauseStateSchema = z.object({ pause: PauseSchema.nullable(), serverNow: z.string() });
export type PauseState = z.infer<typeof PauseStateSchema>;
