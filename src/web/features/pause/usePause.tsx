import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Pause } from '../../../core/contracts/pause';
import { ApiError, api } from '../../api/client';
import { live } from '../../api/live';

interface PauseValue {
  pause: Pause | null;
  /** performance.now() when the pause arrived, for the countdown. */
  receivedAt: number;
  loaded: boolean;
  refresh(): void;
  /** After an action answered with the new state. */
  show(pause: Pause | null): void;
}

const PauseContext = createContext<PauseValue | null>(null);

/**
 * The space's pause, kept current for the whole app: refetched on every live `pause.changed`, on
 * reconnect, and at the return time, so both phones move to "Ready to come back?" together.
 */
export function PauseProvider({ children }: { children: ReactNode }) {
  const [pause, setPause] = useState<Pause | null>(null);
  const [receivedAt, setReceivedAt] = useState(0);
  const [loaded, setLoaded] = useState(false);

  const show = useCallback((next: Pause | null) => {
    setPause(next && next.phase !== 'over' ? next : null);
    setReceivedAt(performance.now());
    setLoaded(true);
  }, []);

  const refresh = useCallback(() => {
    api
      .pause()
      .then((state) => show(state.pause))
      .catch((error: unknown) => {
        // Without a space there is no pause; other problems keep what is shown.
        if (error instanceof ApiError && error.status === 403) show(null);
      });
  }, [show]);

  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (event.type === 'pause.changed' || event.type === 'hello' || event.type === 'space.changed')
        refresh();
    });
  }, [refresh]);

  const dueIn = pause?.phase === 'resting' ? pause.remainingMs : null;
  useEffect(() => {
    if (dueIn === null) return;
    const timer = setTimeout(refresh, dueIn + 250);
    return () => clearTimeout(timer);
  }, [dueIn, refresh]);

  return (
    <PauseContext.Provider value={{ pause, receivedAt, loaded, refresh, show }}>
      {children}
    </PauseContext.Provider>
  );
}

export function usePause(): PauseValue {
  const value = useContext(PauseContext);
  if (!value) throw new Error('usePause outside PauseProvider');
  return value;
}
