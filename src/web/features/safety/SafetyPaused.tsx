import { t } from '../../i18n/i18n';
import { Link } from '../../router';

/** Shown, only to this person, where Tend would otherwise suggest a talk together. */
export function SafetyPaused() {
  return (
    <section className="card" aria-labelledby="talks-resting" data-testid="talks-resting">
      <h2 id="talks-resting">{t('safety.pausedTitle')}</h2>
      <p>{t('safety.paused')}</p>
      <Link className="button" href="/safety">
        {t('safety.pausedHelp')}
      </Link>
    </section>
  );
}
