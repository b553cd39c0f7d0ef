import { type FormEvent, useEffect, useId, useState } from 'react';
import type { LocalService, ServiceSearch } from '../../../core/contracts/services';
import {
  forSafetyConcern,
  SERVICE_COSTS,
  SERVICE_KINDS,
  type ServiceCost,
  type ServiceKind,
} from '../../../core/services/directory';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { ServiceCard } from './ServiceCard';

interface Found {
  services: LocalService[];
  total: number;
}

/**
 * The operator's local services, searched by area, kind, language and cost. The search lives in
 * this component only: not in the address, not in storage, and the server records none of it.
 * With a safety concern marked, couples counselling is neither offered nor shown.
 */
export function DirectorySearch({ hasConcern }: { hasConcern: boolean }) {
  const [area, setArea] = useState('');
  const [kind, setKind] = useState<ServiceKind | ''>('');
  const [language, setLanguage] = useState('');
  const [cost, setCost] = useState<ServiceCost | ''>('');
  const [found, setFound] = useState<Found | null>(null);
  const [isSearching, setIsSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isOperator, setIsOperator] = useState(false);
  const kindId = useId();
  const costId = useId();

  useEffect(() => {
    api.operator().then(
      (me) => setIsOperator(me.isOperator),
      () => setIsOperator(false),
    );
  }, []);

  const kinds = SERVICE_KINDS.filter((k) => !(hasConcern && k === 'couples_counselling'));
  const shown = found ? (hasConcern ? forSafetyConcern(found.services) : found.services) : [];

  async function search(event: FormEvent) {
    event.preventDefault();
    setIsSearching(true);
    setError(null);
    const wanted: ServiceSearch = {
      ...(area.trim() && { area: area.trim() }),
      ...(kind && !(hasConcern && kind === 'couples_counselling') && { kind }),
      ...(language.trim() && { language: language.trim() }),
      ...(cost && { cost }),
    };
    try {
      setFound(await api.searchServices(wanted));
    } catch (problem) {
      setError(problemOf(problem).message);
    } finally {
      setIsSearching(false);
    }
  }

  return (
    <section aria-labelledby="directory-title">
      <h2 id="directory-title">{t('directory.title')}</h2>
      <p>{t('directory.lead')}</p>
      <form onSubmit={search} aria-label={t('directory.title')}>
        <Field
          label={t('directory.area')}
          hint={t('directory.areaHint')}
          type="search"
          value={area}
          maxLength={100}
          onChange={(e) => setArea(e.target.value)}
        />
        <div className="field">
          <label htmlFor={kindId}>{t('directory.kind')}</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as ServiceKind | '')}>
            <option value="">{t('directory.anyKind')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`directory.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('directory.language')}
          hint={t('directory.languageHint')}
          value={language}
          maxLength={40}
          onChange={(e) => setLanguage(e.target.value)}
        />
        <div className="field">
          <label htmlFor={costId}>{t('directory.cost')}</label>
          <select id={costId} value={cost} onChange={(e) => setCost(e.target.value as ServiceCost | '')}>
            <option value="">{t('directory.anyCost')}</option>
            {SERVICE_COSTS.map((c) => (
              <option key={c} value={c}>
                {t(`directory.cost.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={isSearching}>
          {isSearching ? t('directory.searching') : t('directory.search')}
        </button>
      </form>
      <FormError message={error} />
      <Status message={found ? t('directory.found', { count: shown.length }) : null} />
      {found && hasConcern && <p>{t('directory.concernNote')}</p>}
      {found && shown.length === 0 && (
        <div data-testid="directory-empty">
          <p>{found.total === 0 ? t('directory.empty') : t('directory.noMatch')}</p>
          <p>{hasConcern ? t('directory.elsewhereConcern') : t('directory.elsewhere')}</p>
        </div>
      )}
      {shown.map((service) => (
        <ServiceCard key={service.id} service={service} />
      ))}
      {isOperator && (
        <p>
          <Link href="/support/directory">{t('directory.edit')}</Link>
        </p>
      )}
    </section>
  );
}
