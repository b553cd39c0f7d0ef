import { t } from '../../i18n/i18n';
import { Link } from '../../router';

/** The quiet, always-there way to ask for a pause. */
export function PauseControl() {
  return (
    <Link className="pause-control" href="/pause" aria-label={t('pause.controlLabel')}>
      {t('pause.control')}
    </Link>
  );
}
