import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { formatDate, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useNotifications } from './useNotifications';

/** The notification centre: what's new, newest first. */
export default function NotificationsScreen() {
  const { me } = useSession();
  const { list, error } = useNotifications();
  const [problem, setProblem] = useState<string | null>(null);
  if (!list) {
    return error ? (
      <Page title={t('notifications.title')} back="/">
        <FormError message={error} />
      </Page>
    ) : (
      <Loading />
    );
  }

  const act = (action: Promise<void>) => {
    setProblem(null);
    action.catch((caught: unknown) => setProblem(problemOf(caught).message));
  };

  return (
    <Page title={t('notifications.title')} back="/">
      {list.items.length > 0 && (
        <p data-testid="unread">
          {list.unread > 0
            ? t('notifications.unread', { count: list.unread })
            : t('notifications.noneUnread')}
        </p>
      )}
      {list.unread > 0 && (
        <button type="button" onClick={() => act(api.markAllNotificationsRead())}>
          {t('notifications.markAllRead')}
        </button>
      )}
      <FormError message={problem} />
      {list.items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ul className="list">
          {list.items.map((item) => (
            <li key={item.id} className="card" data-testid="notification">
              <h2 className="notification-title">
                {item.title}
                {!item.readAt && <span className="tag">{t('notifications.new')}</span>}
              </h2>
              <p>{item.body}</p>
              <p className="hint">{formatDate(item.createdAt, me?.timeZone)}</p>
              {!item.readAt && (
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('notifications.markReadNamed', { title: item.title })}
                  onClick={() => act(api.markNotificationRead(item.id))}
                >
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t('home.more')} className="more">
        <Link href="/settings/notifications">{t('notifications.preferences')}</Link>
      </nav>
    </Page>
  );
}
