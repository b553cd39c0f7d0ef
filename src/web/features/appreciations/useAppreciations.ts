import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** Appreciations and gestures, refetched when either partner sends, reads, deletes or logs one. */
export const useAppreciations = () =>
  useLiveData(api.appreciations, ['appreciation.changed', 'gesture.changed', 'space.changed']);

/** The wins wall, refetched when a win is added. */
export const useWins = () => useLiveData(api.wins, ['win.changed', 'space.changed']);
