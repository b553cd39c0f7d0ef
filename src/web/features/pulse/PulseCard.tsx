import type { PulseToday } from '../../../core/contracts/pulse';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { dayInWords } from './day';
import { PartnerPulse } from './PartnerPulse';

/**
 * Home's check-in card: yours, your partner's once revealed, and the way to check in. The home
 * fetches today's check-in itself, alongside its own data, and shows once both are in.
 */
export function PulseCard({ today, error }: { today: PulseToday | null; error: string | null }) {
  return (
    <section className="card" aria-labelledby="pulse-card">
      <h2 id="pulse-card">{t('pulse.title')}</h2>
      {!today ? (
        <p>{error ?? t('pulse.loading')}</p>
      ) : (
        <>
          {today.mine ? (
            <p data-testid="my-pulse">
              {t('pulse.yoursToday', {
                closeness: t(`pulse.closeness.${today.mine.closeness}` as 'pulse.closeness.1'),
                energy: t(`pulse.energy.${today.mine.energy}` as 'pulse.energy.1'),
              })}
            </p>
          ) : (
            <p data-testid="my-pulse">
              {today.isPulseDay
                ? t('pulse.invite')
                : t('pulse.dayOff', { day: today.nextPulseDay ? dayInWords(today.nextPulseDay) : '' })}
            </p>
          )}
          {today.partner && <PartnerPulse partner={today.partner} hasCheckedIn={today.mine !== null} />}
          {today.cadence.proposal && !today.cadence.proposal.isYours && <p>{t('pulse.proposalWaiting')}</p>}
          {today.isPulseDay && (
            <Link className={today.mine ? 'button' : 'button primary'} href="/pulse">
              {today.mine ? t('pulse.change') : t('pulse.checkIn')}
            </Link>
          )}
          <Link className="button" href="/pulse/rhythm">
            {t('pulse.rhythm')}
          </Link>
        </>
      )}
    </section>
  );
}
