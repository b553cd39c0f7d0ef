import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** The home data, refetched whenever the live channel says the space changed. */
export function useHome() {
  const { data: home, error, refresh } = useLiveData(api.home, ['space.changed']);
  return { home, error, refresh };
}
