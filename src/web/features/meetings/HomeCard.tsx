import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useMeetingsDue } from './useMeetings';

/** Home's meetings card, shown only when something is due: a meeting today, or the plan's review. */
export function MeetingsCard() {
  const { data } = useMeetingsDue();
  if (!data || (data.today.length === 0 && !data.isPlanReviewDue)) return null;
  const first = data.today[0] ?? 'parenting';
  return (
    <section className="card" aria-labelledby="meetings-card" data-testid="meetings-card">
      <h2 id="meetings-card">{t('meetings.homeTitle')}</h2>
      {data.today.map((topic) => (
        <p key={topic}>{t('meetings.homeToday', { topic: t(`meetings.topic.${topic}`).toLowerCase() })}</p>
      ))}
      {data.isPlanReviewDue && <p>{t('meetings.homePlanDue')}</p>}
      <Link className="button primary" href={`/meetings/${first}`}>
        {t('meetings.open')}
      </Link>
    </section>
  );
}
