import { useCallback, useEffect, useState } from 'react';
import type { Home } from '../../../core/contracts/space';
import { api } from '../../api/client';
import { live } from '../../api/live';
import { problemOf } from '../../forms';

/** The home data, kept current: refetched whenever the live channel says the space changed. */
export function useHome() {
  const [home, setHome] = useState<Home | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api
      .home()
      .then((next) => {
        setHome(next);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);

  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (event.type === 'space.changed' || event.type === 'hello') refresh();
    });
  }, [refresh]);

  return { home, error, refresh };
}
