/**
 * How long a pause lasts and when it is over, from stored times alone: no timer is needed for
 * the answer to be right, so a restarted server or a phone that was asleep sees the same thing.
 * Times are milliseconds since the epoch. Zod-free so the web app can use it too.
 */

export const PAUSE_MINUTES_MIN = 1;
export const PAUSE_MINUTES_MAX = 24 * 60;
/** The lengths offered first: a breath, the time a flooded body needs to settle, and more. */
export const PAUSE_PRESETS = [1, 20, 30, 60] as const;
/** Coming back within this long after the return time still counts as on time. */
export const ON_TIME_GRACE_MS = 15 * 60 * 1000;
/** A pause nobody came back from closes itself this long after its return time. */
export const PAUSE_FORGOTTEN_AFTER_MS = 24 * 60 * 60 * 1000;

const MINUTE = 60 * 1000;

export interface PauseTimes {
  startedAt: number;
  returnAt: number;
  extendedAt: number | null;
  endedAt: number | null;
}

export type PausePhase = 'resting' | 'due' | 'over';

export function returnTime(startedAt: number, minutes: number): number {
  return startedAt + minutes * MINUTE;
}

export function phaseOf(pause: PauseTimes, now: number): PausePhase {
  if (pause.endedAt !== null) return 'over';
  return now >= pause.returnAt ? 'due' : 'resting';
}

export function remainingMs(pause: PauseTimes, now: number): number {
  return pause.endedAt !== null ? 0 : Math.max(0, pause.returnAt - now);
}

/** Whether a pause was left so long after its return time that it should close by itself. */
export function isForgotten(pause: PauseTimes, now: number): boolean {
  return pause.endedAt === null && now - pause.returnAt >= PAUSE_FORGOTTEN_AFTER_MS;
}

/** On time means back no later than the (possibly extended) return time, with a little grace. */
export function isOnTime(pause: PauseTimes, endedAt: number): boolean {
  return endedAt <= pause.returnAt + ON_TIME_GRACE_MS;
}

/** The longest extension that keeps the whole pause within a day. */
export function maxExtensionMinutes(pause: PauseTimes): number {
  return Math.max(0, Math.floor((pause.startedAt + PAUSE_MINUTES_MAX * MINUTE - pause.returnAt) / MINUTE));
}
