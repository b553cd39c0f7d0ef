import { t } from '../../i18n/i18n';
import { Link } from '../../router';

/** Home's way to one's own list; it reads nothing, so home stays as quick as before. */
export function CommitmentsCard() {
  return (
    <section className="card" aria-labelledby="commitments-card">
      <h2 id="commitments-card">{t('commitments.homeTitle')}</h2>
      <p>{t('commitments.homeLead')}</p>
      <Link className="button" href="/commitments">
        {t('commitments.open')}
      </Link>
    </section>
  );
}
