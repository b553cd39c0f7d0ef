import { useCallback, useEffect, useState } from 'react';
import type { LiveEvent } from '../../core/live-close';
import { problemOf } from '../forms';
import { live } from './live';

/**
 * Data from the API, kept current: fetched when the screen opens, again after a reconnect, and
 * whenever the live channel says something it shows has changed.
 */
export function useLiveData<T>(load: () => Promise<T>, changes: Array<LiveEvent['type']>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const watched = changes.join(' ');

  const refresh = useCallback(() => {
    load()
      .then((next) => {
        setData(next);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, [load]);

  useEffect(() => {
    refresh();
    const types = new Set(['hello', ...watched.split(' ')]);
    return live.subscribe((event) => {
      if (types.has(event.type)) refresh();
    });
  }, [refresh, watched]);

  return { data, error, refresh };
}
