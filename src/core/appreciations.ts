/** Small gestures a partner can log with one tap; anything else goes in their own words. */
export const GESTURE_KINDS = [
  'hug',
  'note',
  'chore',
  'coffee',
  'meal',
  'listened',
  'walk',
  'message',
  'custom',
] as const;
export type GestureKind = (typeof GESTURE_KINDS)[number];

export const APPRECIATION_MAX_LENGTH = 1000;
export const GESTURE_TEXT_MAX_LENGTH = 200;
export const WIN_TEXT_MAX_LENGTH = 500;

/**
 * Where a win came from: noticed by hand, a reflection confirmed in a talk, a pause kept on time,
 * a repair accepted, a ritual both partners did.
 */
export const WIN_SOURCES = ['manual', 'reflection', 'pause', 'repair', 'ritual'] as const;
export type WinSource = (typeof WIN_SOURCES)[number];
