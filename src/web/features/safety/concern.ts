import { useSyncExternalStore } from 'react';

/**
 * Whether the person has marked a safety concern on this device.
 *
 * Kept in memory only: not in localStorage or sessionStorage, not on the server. Nothing is
 * written anywhere someone else using the device or running the server could later read; the
 * price is that reloading or closing the tab clears it, and the screens say so.
 */
let marked = false;
const listeners = new Set<() => void>();

export function setSafetyConcern(value: boolean): void {
  marked = value;
  for (const listener of listeners) listener();
}

export function useSafetyConcern(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => marked,
  );
}
