import { useCallback, useEffect, useState } from 'react';
import type { NotificationList } from '../../../core/contracts/notifications';
import { api } from '../../api/client';
import { live } from '../../api/live';
import { problemOf } from '../../forms';

/** The person's notifications and unread count, refetched whenever the live channel says they changed. */
export function useNotifications() {
  const [list, setList] = useState<NotificationList | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api
      .notifications()
      .then((next) => {
        setList(next);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);

  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (event.type === 'notifications.changed' || event.type === 'hello') refresh();
    });
  }, [refresh]);

  return { list, error, refresh };
}
