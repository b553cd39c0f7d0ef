import { useCallback } from 'react';
import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** The rituals list, refetched when either partner changes a ritual or the space changes. */
export const useRituals = () => useLiveData(api.rituals, ['ritual.changed', 'space.changed']);

/** One ritual's page, refetched when either partner logs, rates or changes it. */
export function useRitual(id: string) {
  const load = useCallback(() => api.ritual(id), [id]);
  return useLiveData(load, ['ritual.changed', 'space.changed']);
}
