import { useCallback } from 'react';
import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** Appreciations and gestures, refetched when either partner sends, reads, deletes or logs one. */
export const useAppreciations = () =>
  useLiveData(api.appreciations, ['appreciation.changed', 'gesture.changed', 'space.changed']);

/** The latest wins, refetched when a win is added: `limit` of them, otherwise the server's first page. */
export function useWins(limit?: number) {
  const load = useCallback(() => api.wins(limit), [limit]);
  return useLiveData(load, ['win.changed', 'space.changed']);
}
