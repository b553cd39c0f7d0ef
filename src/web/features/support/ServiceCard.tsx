import type { LocalService } from '../../../core/contracts/services';
import { t } from '../../i18n/i18n';

/** One listed service: who they are, where, how to reach them, in which languages, at what cost. */
export function ServiceCard({ service }: { service: LocalService }) {
  const place = [service.area, service.postcodePrefix].filter(Boolean).join(' · ');
  return (
    <article className="card" aria-labelledby={`service-${service.id}`} data-testid="service">
      <h3 id={`service-${service.id}`}>{service.name}</h3>
      <p className="hint">
        {t(`directory.kind.${service.kind}`)} · {t(`directory.cost.${service.cost}`)}
      </p>
      <p>{place}</p>
      {service.address && <p className="service-address">{service.address}</p>}
      {service.phone && (
        <p>
          <a href={`tel:${service.phone.replace(/[^\d+]/g, '')}`}>
            {t('directory.phone', { phone: service.phone })}
          </a>
        </p>
      )}
      {service.web && (
        <p>
          <a
            href={service.web}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('directory.webLabel', { name: service.name })}
          >
            {t('directory.web')}
          </a>
        </p>
      )}
      {service.languages.length > 0 && (
        <p>{t('directory.languages', { languages: service.languages.join(', ') })}</p>
      )}
      {service.notes && <p className="service-address">{service.notes}</p>}
    </article>
  );
}
