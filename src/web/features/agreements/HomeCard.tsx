import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useAgreements } from './useAgreements';

/** Home's agreements card: what waits for this person's answer and what is due for review. */
export function AgreementsCard() {
  const { data } = useAgreements();
  const toAnswer = data?.agreements.filter((a) => a.canAnswer).length ?? 0;
  const due = data?.agreements.filter((a) => a.isDue).length ?? 0;
  return (
    <section className="card" aria-labelledby="agreements-card">
      <h2 id="agreements-card">{t('agreements.homeTitle')}</h2>
      {toAnswer > 0 && (
        <p data-testid="agreements-to-answer">{t('agreements.homeAnswer', { count: toAnswer })}</p>
      )}
      {due > 0 && <p data-testid="agreements-due">{t('agreements.homeDue', { count: due })}</p>}
      {toAnswer + due === 0 && <p>{t('agreements.homeNone')}</p>}
      <Link className={toAnswer + due > 0 ? 'button primary' : 'button'} href="/agreements">
        {t('agreements.open')}
      </Link>
    </section>
  );
}
