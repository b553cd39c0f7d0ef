import { useSyncExternalStore } from 'react';
import { t } from '../i18n/i18n';

function subscribe(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Says so when the phone has no connection, instead of letting buttons fail silently. */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <div className="offline" role="status">
      {t('common.offline')}
    </div>
  );
}
