import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** The person's notifications and unread count, refetched whenever the live channel says they changed. */
export function useNotifications() {
  const { data: list, error, refresh } = useLiveData(api.notifications, ['notifications.changed']);
  return { list, error, refresh };
}
