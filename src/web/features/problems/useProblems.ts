import { useCallback } from 'react';
import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** The space's problems, refetched when either partner moves one. */
export const useProblems = () => useLiveData(api.problems, ['problem.changed', 'space.changed']);

/** One problem, refetched when either partner moves it. */
export function useProblem(id: string) {
  const load = useCallback(() => api.problem(id), [id]);
  return useLiveData(load, ['problem.changed', 'space.changed']);
}
