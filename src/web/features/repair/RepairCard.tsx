import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useRepairRoom } from './useRepair';

/** Home's way into repair: a repair waiting for an answer, or a partner asking to look back together. */
export function RepairCard() {
  const { data } = useRepairRoom();
  const waiting = data?.received.filter((r) => r.status === 'sent' || r.status === 'time') ?? [];
  const asked = data?.afterFights.find((f) => f.phase === 'waiting' && !f.starter.isYou);
  return (
    <section className="card" aria-labelledby="repair-home">
      <h2 id="repair-home">{t('repair.home')}</h2>
      {waiting[0] ? (
        <p>
          <Link href={`/repair/${waiting[0].id}`} data-testid="repair-waiting">
            {t('repair.homeReceived', { name: waiting[0].from.name })}
          </Link>
        </p>
      ) : (
        <p>{t('repair.homeLead')}</p>
      )}
      {asked && (
        <p>
          <Link href={`/after-fight/${asked.id}`} data-testid="after-fight-waiting">
            {t('afterFight.waitingYou', { name: asked.starter.name })}
          </Link>
        </p>
      )}
      <Link className="button" href="/repair">
        {t('repair.open')}
      </Link>
    </section>
  );
}
