import { formatDate, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useRituals } from './useRituals';

/** Home's rituals card: a ritual the partner proposed, the next one coming up, or an invitation to start. */
export function RitualCard() {
  const { data } = useRituals();
  const proposed = data?.rituals.find(
    (r) => !r.proposer.isYou && !r.isTakingPart && r.partnerAnswer === 'waiting',
  );
  const next = data?.next;
  return (
    <section className="card" aria-labelledby="ritual-card">
      <h2 id="ritual-card">{t('rituals.homeTitle')}</h2>
      {proposed && (
        <p data-testid="ritual-proposed-home">
          {t('rituals.homeProposed', { name: proposed.proposer.name, title: proposed.title })}
        </p>
      )}
      <p data-testid="next-ritual">
        {next
          ? t('rituals.homeNext', { title: next.title, when: formatDate(next.startsAt) })
          : t('rituals.homeNone')}
      </p>
      <Link
        className={proposed ? 'button primary' : 'button'}
        href={next && !proposed ? `/rituals/${next.ritualId}` : '/rituals'}
      >
        {t('rituals.open')}
      </Link>
    </section>
  );
}
