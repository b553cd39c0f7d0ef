import { useCallback } from 'react';
import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** The repair room, refetched when a repair or a conversation after a fight changes, or someone joins. */
export const useRepairRoom = () =>
  useLiveData(api.repairRoom, ['repair.changed', 'afterFight.changed', 'space.changed']);

export function useRepair(id: string) {
  const load = useCallback(() => api.repair(id), [id]);
  return useLiveData(load, ['repair.changed']);
}

export function useAfterFight(id: string) {
  const load = useCallback(() => api.afterFight(id), [id]);
  return useLiveData(load, ['afterFight.changed', 'space.changed']);
}
