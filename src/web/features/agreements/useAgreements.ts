import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** The ledger, refetched when either partner moves an agreement or changes a need the reader may see. */
export const useAgreements = () =>
  useLiveData(api.agreements, ['agreement.changed', 'need.changed', 'space.changed']);
