import { useEffect, useMemo, useState } from 'react';
import { checkRepair } from '../../../core/repair/checks';
import { t } from '../../i18n/i18n';

/** Read the draft a moment after the last keystroke, like the coach, so typing never stutters. */
const SETTLE_MS = 250;

/**
 * The checks made for a repair — "sorry if", "sorry you feel", a "but" that takes the apology
 * back, blame handed back — read on this device as the person types. They advise; sending is
 * never blocked.
 */
export function RepairChecks({ id, text }: { id: string; text: string }) {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const checks = useMemo(() => checkRepair(settled), [settled]);

  return (
    <div id={id} className="repair-checks" aria-live="polite">
      {checks.map((check) => (
        <section
          key={`${check.kind}-${check.start}`}
          className="card coach-concern"
          aria-label={t(`check.title.${check.kind}`)}
          data-testid="repair-check"
        >
          <p className="coach-title">{t(`check.title.${check.kind}`)}</p>
          <p className="hint">{t('check.about', { words: check.text })}</p>
          <p>{t(`check.explain.${check.kind}`)}</p>
        </section>
      ))}
    </div>
  );
}
