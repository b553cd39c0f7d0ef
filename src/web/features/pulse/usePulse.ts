import { useCallback, useEffect, useState } from 'react';
import type { PulseToday } from '../../../core/contracts/pulse';
import { api } from '../../api/client';
import { live } from '../../api/live';
import { problemOf } from '../../forms';

/** Today's check-in, kept current: refetched when either partner checks in or changes the cadence. */
export function usePulse() {
  const [today, setToday] = useState<PulseToday | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api
      .pulseToday()
      .then((next) => {
        setToday(next);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);

  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (event.type === 'pulse.changed' || event.type === 'space.changed' || event.type === 'hello')
        refresh();
    });
  }, [refresh]);

  return { today, error, setToday, refresh };
}
