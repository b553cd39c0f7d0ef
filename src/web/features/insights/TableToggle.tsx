import { type ReactNode, useId, useState } from 'react';
import { t } from '../../i18n/i18n';

/**
 * A chart's table alternative: always in the page for screen readers, and shown on request for
 * anyone who would rather read the numbers.
 */
export function TableToggle({ children }: { children: ReactNode }) {
  const [isShown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="chart-table">
      <button type="button" aria-expanded={isShown} aria-controls={id} onClick={() => setShown(!isShown)}>
        {isShown ? t('insights.hideTable') : t('insights.showTable')}
      </button>
      <div id={id} className={isShown ? undefined : 'visually-hidden'}>
        {children}
      </div>
    </div>
  );
}
