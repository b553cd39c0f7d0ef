import { type FormEvent, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { setLanguage, t } from '../../i18n/i18n';
import { LOCALE_NAMES } from '../../i18n/locales';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { useHome } from '../home/useHome';
import { DataRightsSection } from './DataRightsSection';

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

export default function SettingsScreen() {
  const { me, signedIn, signedOut } = useSession();
  const { home } = useHome();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const zones = useMemo(() => timeZones(me?.timeZone ?? 'UTC'), [me?.timeZone]);
  if (!me) return <Loading />;
  const partner = home?.space?.members.find((m) => !m.isYou);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setStatus(null);
    try {
      const updated = await api.updateMe({
        name: String(form.get('name') ?? ''),
        timeZone: String(form.get('timeZone') ?? ''),
        locale: 'en',
      });
      signedIn(updated);
      setLanguage(updated.locale);
      setFields({});
      setStatus(t('settings.saved'));
    } catch (caught) {
      const problem = problemOf(caught);
      setError(problem.message);
      setFields(problem.fields);
    }
  }

  async function leave() {
    try {
      await api.leaveSpace();
      navigate('/start');
    } catch (caught) {
      setError(problemOf(caught).message);
    }
  }

  async function signOut() {
    await api.signOut().catch(() => {});
    signedOut();
    navigate('/');
  }

  return (
    <Page title={t('settings.title')} back="/">
      <form onSubmit={save} aria-labelledby="profile">
        <h2 id="profile">{t('settings.profile')}</h2>
        <Field
          label={t('signUp.name')}
          name="name"
          defaultValue={me.name}
          required
          maxLength={60}
          error={fields.name}
        />
        <div className="field">
          <label htmlFor="time-zone">{t('settings.timeZone')}</label>
          <p className="hint" id="time-zone-hint">
            {t('settings.timeZoneHint')}
          </p>
          <select id="time-zone" name="timeZone" defaultValue={me.timeZone} aria-describedby="time-zone-hint">
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="language">{t('settings.language')}</label>
          <select id="language" name="locale" defaultValue={me.locale}>
            {Object.entries(LOCALE_NAMES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <FormError message={error} />
        <button className="primary" type="submit">
          {t('settings.save')}
        </button>
        <Status message={status} />
      </form>

      <section aria-labelledby="space">
        <h2 id="space">{t('settings.space')}</h2>
        <p>{partner ? t('settings.sharedWith', { name: partner.name }) : t('settings.spaceAlone')}</p>
        {home?.space &&
          (confirmLeave ? (
            <div className="card warning">
              <p>
                {partner
                  ? t('settings.leaveExplain', { name: partner.name })
                  : t('settings.leaveExplainAlone')}
              </p>
              <div className="actions">
                <button type="button" className="danger" onClick={leave}>
                  {t('settings.leaveConfirm')}
                </button>
                <button type="button" onClick={() => setConfirmLeave(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="quiet" onClick={() => setConfirmLeave(true)}>
              {t('settings.leave')}
            </button>
          ))}
      </section>

      <section aria-labelledby="account">
        <h2 id="account">{t('settings.account')}</h2>
        <p>{t('settings.signedInAs', { email: me.email })}</p>
        <div className="actions">
          <Link className="button" href="/settings/notifications">
            {t('settings.notifications')}
          </Link>
          <Link className="button" href="/settings/sessions">
            {t('sessions.title')}
          </Link>
          <button type="button" onClick={signOut}>
            {t('settings.signOut')}
          </button>
        </div>
      </section>
      <DataRightsSection />
      <p>
        <Link href="/safety">{t('safety.entry')}</Link>
      </p>
    </Page>
  );
}
