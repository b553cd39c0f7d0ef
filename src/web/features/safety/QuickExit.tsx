import { useEffect } from 'react';
import { t } from '../../i18n/i18n';
import { QUICK_EXIT_URL, quickExitDetector } from './choice';

/** Leaves Tend at once for a neutral page, replacing this page in the browser's history. */
export function quickExit(): void {
  location.replace(QUICK_EXIT_URL);
}

/**
 * The quick-exit button on every support and safety screen: first in tab order, always in view,
 * and also reached by pressing Escape (or Shift) three times quickly.
 */
export function QuickExit() {
  useEffect(() => {
    const press = quickExitDetector();
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat) return;
      if (press(event.key, event.timeStamp)) quickExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button type="button" className="quick-exit" onClick={quickExit}>
      {t('safety.quickExit')}
      <span className="visually-hidden"> {t('safety.quickExitHint')}</span>
    </button>
  );
}
