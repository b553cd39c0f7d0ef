import type { PulseToday } from '../../../core/contracts/pulse';
import { t } from '../../i18n/i18n';

type Partner = NonNullable<PulseToday['partner']>;

/** The partner's check-in as far as you may see it: nothing before yours is in. */
export function PartnerPulse({ partner, hasCheckedIn }: { partner: Partner; hasCheckedIn: boolean }) {
  const { name, pulse } = partner;
  if (!partner.hasCheckedIn) return <p data-testid="partner-pulse">{t('pulse.partnerNotYet', { name })}</p>;
  if (!hasCheckedIn || !pulse)
    return <p data-testid="partner-pulse">{t('pulse.partnerWaiting', { name })}</p>;
  return (
    <div data-testid="partner-pulse">
      {pulse.closeness !== null && pulse.energy !== null ? (
        <p>
          {t('pulse.partnerNumbers', {
            name,
            closeness: t(`pulse.closeness.${pulse.closeness}` as 'pulse.closeness.1'),
            energy: t(`pulse.energy.${pulse.energy}` as 'pulse.energy.1'),
          })}
        </p>
      ) : (
        <p>{t('pulse.partnerPrivateNumbers', { name })}</p>
      )}
      {pulse.stressors && pulse.stressors.length > 0 && (
        <p>
          {t('pulse.partnerStress', {
            tags: pulse.stressors.map((s) => t(`pulse.stressor.${s}` as 'pulse.stressor.work')).join(', '),
          })}
        </p>
      )}
      {pulse.note && (
        <blockquote>
          <p className="hint">{t('pulse.partnerNote', { name })}</p>
          <p>{pulse.note}</p>
        </blockquote>
      )}
      {pulse.answer && (
        <blockquote>
          <p className="hint">{t('pulse.partnerAnswer', { name })}</p>
          <p>{pulse.answer}</p>
        </blockquote>
      )}
      {partner.gesture && (
        <div className="card gesture" data-testid="gesture">
          <h3>{t('pulse.gestureTitle')}</h3>
          <p>{partner.gesture}</p>
        </div>
      )}
    </div>
  );
}
