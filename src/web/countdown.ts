import { useEffect, useState } from 'react';

/**
 * Counts down from what the server said was left, using the phone's monotonic clock only for the
 * time since the answer arrived: a phone whose clock is set wrong still shows the right time.
 */
export function useCountdown(
  remainingMs: number | null,
  receivedAt: number,
  isRunning: boolean,
): number | null {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (remainingMs === null || !isRunning) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [remainingMs, isRunning]);
  if (remainingMs === null) return null;
  if (!isRunning) return remainingMs;
  return Math.max(0, remainingMs - Math.max(0, now - receivedAt));
}

/** 3:05, or 1:02:05 for an hour or more. */
export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A time of day in the person's language, e.g. 14:32. */
export function timeText(iso: string | number): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { timeStyle: 'short' }).format(
    new Date(iso),
  );
}
