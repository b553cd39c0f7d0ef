import { useCallback, useEffect, useState } from 'react';
import type { Appreciations, Wins } from '../../../core/contracts/appreciations';
import { api } from '../../api/client';
import { live } from '../../api/live';
import { problemOf } from '../../forms';

/** Appreciations and gestures, refetched when either partner sends, reads, deletes or logs one. */
export function useAppreciations() {
  const [data, setData] = useState<Appreciations | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api
      .appreciations()
      .then((next) => {
        setData(next);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);
  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (
        event.type === 'appreciation.changed' ||
        event.type === 'gesture.changed' ||
        event.type === 'space.changed' ||
        event.type === 'hello'
      )
        refresh();
    });
  }, [refresh]);
  return { data, error, setData, refresh };
}

/** The wins wall, refetched when a win is added. */
export function useWins() {
  const [data, setData] = useState<Wins | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api
      .wins()
      .then((next) => {
        setData(next);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);
  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (event.type === 'win.changed' || event.type === 'space.changed' || event.type === 'hello') refresh();
    });
  }, [refresh]);
  return { data, error, refresh };
}
