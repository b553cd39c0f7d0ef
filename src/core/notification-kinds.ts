/** Every kind of notification Tend sends. Zod-free, so the web bundle can share it. */
export const NOTIFICATION_KINDS = [
  'pulse.reminder',
  'ritual.reminder',
  'pause.return',
  'talk.invitation',
  'ritual.proposed',
  'agreement.review',
  'plan.review',
  'meeting.due',
  'experiment.review',
  'commitment.due',
  'appreciation.received',
  'repair.received',
  'summary.weekly',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['inApp', 'push', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
