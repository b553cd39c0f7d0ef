import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** Fetched again whenever either partner checks in or something they did together changes. */
const CHANGES = [
  'pulse.changed',
  'appreciation.changed',
  'repair.changed',
  'talk.changed',
  'pause.changed',
] as const;

export const useInsights = () => useLiveData(api.insights, [...CHANGES]);
export const useWeekSummary = () => useLiveData(api.weekSummary, [...CHANGES]);
