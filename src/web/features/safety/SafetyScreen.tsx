import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type CountryResources,
  type EmergencyInfo,
  type ResourceKind,
  type SafetyResource,
  safetyResources,
} from '../../../core/safety/resources';
import { formatDay, t } from '../../i18n/i18n';
import { navigate } from '../../router';
import { countryFromLocales } from './choice';
import { setSafetyConcern, useSafetyConcern } from './concern';
import { quickExit } from './QuickExit';

// This screen and the resources file are loaded only when someone opens it, in their own chunk,
// which the service worker neither precaches nor keeps. Nothing here calls the server.

const COUNTRIES = Object.entries(safetyResources.countries)
  .map(([code, country]) => ({ code, name: country.name }))
  .sort((a, b) => a.name.localeCompare(b.name));
const CODES = COUNTRIES.map((c) => c.code);

const ABUSE: ResourceKind[] = ['domestic_violence', 'men', 'lgbtq', 'directory'];
const CRISIS: ResourceKind[] = ['suicide_crisis', 'mental_health_crisis'];

function initialCountry(): string {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return countryFromLocales(languages, CODES) ?? '';
}

/** A phone number as a link that dials it, keeping the spacing people know. */
function Dial({ number }: { number: string }) {
  return <a href={`tel:${number.replace(/[^\d+]/g, '')}`}>{number}</a>;
}

const checkedOn = (day: string) => formatDay(day, { dateStyle: 'medium' });

/** The small print under every entry: where it comes from and when it was last checked. */
function Provenance({ entry }: { entry: EmergencyInfo | SafetyResource }) {
  return (
    <p className="provenance">
      {t('safety.source', { sources: entry.sources.join(' · ') })}{' '}
      {entry.verification === 'verified'
        ? t('safety.checked', { date: checkedOn(entry.lastVerified) })
        : t('safety.unconfirmed')}
    </p>
  );
}

function Danger({ country }: { country: CountryResources }) {
  const { emergency } = country;
  const [first, ...others] = emergency.numbers;
  return (
    <section className="card danger-line" aria-labelledby="danger">
      <h2 id="danger">{t('safety.dangerTitle')}</h2>
      <p className="emergency-number" data-testid="emergency-number">
        {t('safety.call')} {first && <Dial number={first} />}
      </p>
      {others.length > 0 && (
        <p>
          {t('safety.alsoWorks')}{' '}
          {others.map((n, i) => (
            <span key={n}>
              {i > 0 && ', '}
              <Dial number={n} />
            </span>
          ))}
        </p>
      )}
      {emergency.note && <p>{emergency.note}</p>}
      {emergency.whatHappens && <p>{emergency.whatHappens}</p>}
      <Provenance entry={emergency} />
    </section>
  );
}

function Silent({ country }: { country: CountryResources }) {
  const { emergency } = country;
  const texting = country.resources.filter((r) => r.text || r.chat || r.whatsapp);
  if (!emergency.silent && !emergency.text && texting.length === 0) return null;
  return (
    <section className="card" aria-labelledby="silent">
      <h2 id="silent">{t('safety.silentTitle')}</h2>
      {emergency.silent && (
        <>
          <h3>{t('safety.silentCall')}</h3>
          <p>{emergency.silent.how}</p>
          {emergency.silent.note && <p>{emergency.silent.note}</p>}
        </>
      )}
      {emergency.text && (
        <>
          <h3>{t('safety.emergencyText', { number: emergency.text.number })}</h3>
          {emergency.text.note && <p>{emergency.text.note}</p>}
        </>
      )}
      {(emergency.silent || emergency.text) && <Provenance entry={emergency} />}
      {texting.length > 0 && (
        <ul className="list">
          {texting.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong>
              {r.text && (
                <>
                  {' '}
                  {r.text.keyword
                    ? t('safety.textKeyword', { keyword: r.text.keyword, number: r.text.number })
                    : t('safety.textNumber', { number: r.text.number })}
                  {r.text.note && ` ${r.text.note}`}
                </>
              )}
              {r.whatsapp && <> {t('safety.whatsapp', { number: r.whatsapp })}</>}
              {r.chat && (
                <>
                  {' '}
                  <a href={r.chat} rel="noreferrer" target="_blank">
                    {t('safety.chat')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Resource({ resource }: { resource: SafetyResource }) {
  return (
    <li className="resource" data-testid="resource">
      <h3>
        {resource.name}
        {resource.region && <span className="hint"> · {resource.region}</span>}
      </h3>
      <p>{resource.description}</p>
      {resource.phone && (
        <p>
          {t('safety.phone')} <Dial number={resource.phone} />
          {resource.altPhones?.map((n) => (
            <span key={n}>
              , <Dial number={n} />
            </span>
          ))}
          {resource.hours && ` · ${resource.hours}`}
          {resource.free && ` · ${t('safety.free')}`}
        </p>
      )}
      {resource.tty && <p>{t('safety.tty', { number: resource.tty })}</p>}
      {resource.url && (
        <p>
          <a href={resource.url} rel="noreferrer" target="_blank">
            {t('safety.website', { name: resource.name })}
          </a>
        </p>
      )}
      {resource.languagesNote && <p>{resource.languagesNote}</p>}
      {resource.whatHappens && <p>{resource.whatHappens}</p>}
      {resource.note && <p>{resource.note}</p>}
      <Provenance entry={resource} />
    </li>
  );
}

function Group({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lead && <p>{lead}</p>}
      {children}
    </section>
  );
}

function Resources({ code }: { code: string }) {
  const country = safetyResources.countries[code];
  if (!country) return <p>{t('safety.chooseFirst')}</p>;
  const abuse = country.resources.filter((r) => ABUSE.includes(r.kind));
  const crisis = country.resources.filter((r) => CRISIS.includes(r.kind));
  const other = country.resources.filter((r) => !ABUSE.includes(r.kind) && !CRISIS.includes(r.kind));
  return (
    <>
      <Danger country={country} />
      <Group id="abuse" title={t('safety.abuseTitle')} lead={country.gapNote}>
        {abuse.length === 0 ? (
          <p>{t('safety.noneListed')}</p>
        ) : (
          <ul className="list">
            {abuse.map((r) => (
              <Resource key={r.id} resource={r} />
            ))}
          </ul>
        )}
      </Group>
      {crisis.length > 0 && (
        <Group id="crisis" title={t('safety.crisisTitle')}>
          <ul className="list">
            {crisis.map((r) => (
              <Resource key={r.id} resource={r} />
            ))}
          </ul>
        </Group>
      )}
      <Silent country={country} />
      <Group id="advocate" title={t('safety.advocateTitle')}>
        <p>{t('safety.advocateBody')}</p>
      </Group>
      {other.length > 0 && (
        <Group id="other" title={t('safety.otherTitle')}>
          <ul className="list">
            {other.map((r) => (
              <Resource key={r.id} resource={r} />
            ))}
          </ul>
        </Group>
      )}
    </>
  );
}

function Concern() {
  const marked = useSafetyConcern();
  return (
    <section className="card" aria-labelledby="concern">
      <h2 id="concern">{t('safety.concernTitle')}</h2>
      <p>{marked ? t('safety.concernOn') : t('safety.concernBody')}</p>
      <p className="hint">{t('safety.concernWhere')}</p>
      <button type="button" onClick={() => setSafetyConcern(!marked)}>
        {marked ? t('safety.concernClear') : t('safety.concernMark')}
      </button>
    </section>
  );
}

function Traces() {
  return (
    <section className="card" aria-labelledby="traces">
      <h2 id="traces">{t('safety.tracesTitle')}</h2>
      <ul className="points">
        <li>{t('safety.tracesTend')}</li>
        <li>{t('safety.tracesExit')}</li>
        <li>{t('safety.tracesHistory')}</li>
        <li>{t('safety.tracesPrivate')}</li>
        <li>{t('safety.tracesPhone')}</li>
      </ul>
    </section>
  );
}

/** The private safety flow: a check that it is safe to look, then help for the person's country. */
export default function SafetyScreen() {
  const [step, setStep] = useState<'check' | 'help'>('check');
  const [country, setCountry] = useState(initialCountry);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // A plain title: a glance at the tab or the app switcher shows nothing about safety.
    const before = document.title;
    document.title = 'Tend';
    return () => {
      document.title = before;
    };
  }, []);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  function next() {
    // Moving on replaces the history entry, so Back never walks through the steps.
    history.replaceState(null, '', location.pathname);
    setStep('help');
    heading.current?.focus();
    window.scrollTo(0, 0);
  }

  return (
    <main className="page safety">
      <h1 ref={heading} tabIndex={-1}>
        {t('safety.title')}
      </h1>
      {step === 'check' ? (
        <>
          <p className="lead">{t('safety.checkQuestion')}</p>
          <p>{t('safety.checkBody')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={next}>
              {t('safety.checkYes')}
            </button>
            <button type="button" onClick={quickExit}>
              {t('safety.checkNo')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="lead">{t('safety.helpLead')}</p>
          <div className="field">
            <label htmlFor="safety-country">{t('safety.country')}</label>
            <select id="safety-country" value={country} onChange={(e) => setCountry(e.target.value)}>
              <option value="">{t('safety.chooseCountry')}</option>
              {COUNTRIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            <p className="hint">{t('safety.countryNote')}</p>
          </div>
          {country ? (
            <Resources code={country} />
          ) : (
            <>
              <p>{t('safety.chooseFirst')}</p>
              <p>{t('safety.noCountry')}</p>
            </>
          )}
          <Concern />
          <Traces />
          <div className="actions">
            <button type="button" className="quiet" onClick={() => navigate('/support', { replace: true })}>
              {t('safety.toSupport')}
            </button>
            <button type="button" className="quiet" onClick={() => navigate('/', { replace: true })}>
              {t('safety.backToTend')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
