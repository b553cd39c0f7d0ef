import { z } from 'zod';

/**
 * Events the server pushes to open screens over the live channel. They say what changed, never
 * what anyone wrote: a screen that receives one fetches what it needs through the API, where the
 * access rules apply.
 */
export const LiveEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    personId: z.string(),
    /**
     * How long ago the last event for this person went out, in milliseconds, when it was within
     * the last minute; otherwise null. A screen that loaded before then may have missed it.
     */
    lastEventMsAgo: z.number().nullable(),
  }),
  z.object({ type: z.literal('space.changed'), reason: z.enum(['joined', 'left', 'invite', 'profile']) }),
  z.object({ type: z.literal('session.revoked') }),
  z.object({ type: z.literal('notifications.changed') }),
  z.object({ type: z.literal('talk.changed'), talkId: z.string() }),
  z.object({ type: z.literal('pause.changed'), pauseId: z.string() }),
  z.object({ type: z.literal('pulse.changed'), spaceId: z.string() }),
  z.object({ type: z.literal('appreciation.changed'), appreciationId: z.string() }),
  z.object({ type: z.literal('gesture.changed'), gestureId: z.string() }),
  z.object({ type: z.literal('win.changed'), winId: z.string() }),
  z.object({ type: z.literal('repair.changed'), repairId: z.string() }),
  z.object({ type: z.literal('afterFight.changed'), afterFightId: z.string() }),
  z.object({ type: z.literal('agreement.changed'), agreementId: z.string() }),
  z.object({ type: z.literal('need.changed'), needId: z.string() }),
  z.object({ type: z.literal('ritual.changed'), ritualId: z.string() }),
  z.object({ type: z.literal('meeting.changed'), topic: z.string() }),
  z.object({ type: z.literal('problem.changed'), problemId: z.string() }),
  z.object({ type: z.literal('commitment.changed'), commitmentId: z.string() }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

export { LiveClose } from '../live-close';
