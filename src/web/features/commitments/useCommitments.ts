import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/**
 * One's list, refetched when it changes: by this person on another screen, by the partner's
 * sharing, or by a repair sent or an after-a-fight plan written (which land on the list).
 */
export const useCommitments = () =>
  useLiveData(api.commitments, [
    'commitment.changed',
    'repair.changed',
    'afterFight.changed',
    'space.changed',
  ]);
