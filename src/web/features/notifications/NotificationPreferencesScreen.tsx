import { type FormEvent, useEffect, useState } from 'react';
import type { KindPreference, NotificationPreferences } from '../../../core/contracts/notifications';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '../../../core/notification-kinds';
import { ApiError, api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { kindLabel } from './kind-label';
import { type PushState, pushState, turnPushOff, turnPushOn } from './push';

const channelLabel = (channel: NotificationChannel) => t(`notificationPrefs.${channel}`);

/** Per kind: in the app, on this device, by email. Then quiet hours, then this device's push. */
export default function NotificationPreferencesScreen() {
  const [preferences, setPreferences] = useState<NotificationPreferences | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [push, setPush] = useState<PushState | null>(null);
  const [quietOn, setQuietOn] = useState(false);

  useEffect(() => {
    api
      .notificationPreferences()
      .then((loaded) => {
        setPreferences(loaded);
        setQuietOn(loaded.quietHours !== null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
    pushState()
      .then(setPush)
      .catch(() => setPush('unsupported'));
  }, []);

  if (!preferences) {
    return error ? (
      <Page title={t('notificationPrefs.title')} back="/settings">
        <FormError message={error} />
      </Page>
    ) : (
      <Loading />
    );
  }

  async function change(run: () => Promise<NotificationPreferences>): Promise<boolean> {
    setError(null);
    setStatus(null);
    try {
      setPreferences(await run());
      setStatus(t('notificationPrefs.saved'));
      return true;
    } catch (caught) {
      setError(problemOf(caught).message);
      return false;
    }
  }

  function toggle(item: KindPreference, channel: NotificationChannel, on: boolean) {
    // Shown at once; the server's answer (or the old state, on an error) follows.
    const before = preferences;
    setPreferences(
      (current) =>
        current && {
          ...current,
          kinds: current.kinds.map((k) => (k.kind === item.kind ? { ...k, [channel]: on } : k)),
        },
    );
    void change(() =>
      api.changeNotificationPreferences({ kinds: [{ kind: item.kind, [channel]: on }] }),
    ).then((saved) => {
      if (!saved) setPreferences(before);
    });
  }

  function saveQuiet(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const quietHours = quietOn
      ? { start: String(form.get('start') ?? ''), end: String(form.get('end') ?? '') }
      : null;
    void change(() => api.changeNotificationPreferences({ quietHours }));
  }

  async function switchPush(on: boolean) {
    setError(null);
    try {
      setPush(await (on ? turnPushOn() : turnPushOff()));
    } catch (caught) {
      // The browser's push service may be unreachable; that is not the server's fault.
      setError(caught instanceof ApiError ? problemOf(caught).message : t('notificationPrefs.pushFailed'));
    }
  }

  return (
    <Page title={t('notificationPrefs.title')} back="/settings">
      <p>{t('notificationPrefs.intro')}</p>
      <FormError message={error} />
      <Status message={status} />
      {preferences.kinds.map((item) => (
        <fieldset key={item.kind} className="card kind">
          <legend>{kindLabel(item.kind)}</legend>
          {NOTIFICATION_CHANNELS.map((channel) => (
            <label key={channel} className="toggle">
              <input
                type="checkbox"
                checked={item[channel]}
                aria-label={t('notificationPrefs.channelFor', {
                  channel: channelLabel(channel),
                  kind: kindLabel(item.kind),
                })}
                onChange={(event) => toggle(item, channel, event.currentTarget.checked)}
              />
              <span aria-hidden="true">{channelLabel(channel)}</span>
            </label>
          ))}
        </fieldset>
      ))}

      <form onSubmit={saveQuiet} aria-labelledby="quiet">
        <h2 id="quiet">{t('notificationPrefs.quietTitle')}</h2>
        <p className="hint">
          {t('notificationPrefs.quietIntro', { zone: preferences.timeZone.replaceAll('_', ' ') })}
        </p>
        <label className="toggle">
          <input type="checkbox" checked={quietOn} onChange={(e) => setQuietOn(e.currentTarget.checked)} />
          <span>{t('notificationPrefs.quietOn')}</span>
        </label>
        {quietOn && (
          <div className="times">
            <div className="field">
              <label htmlFor="quiet-start">{t('notificationPrefs.quietStart')}</label>
              <input
                id="quiet-start"
                name="start"
                type="time"
                required
                defaultValue={preferences.quietHours?.start ?? '22:00'}
              />
            </div>
            <div className="field">
              <label htmlFor="quiet-end">{t('notificationPrefs.quietEnd')}</label>
              <input
                id="quiet-end"
                name="end"
                type="time"
                required
                defaultValue={preferences.quietHours?.end ?? '07:00'}
              />
            </div>
          </div>
        )}
        <button type="submit">{t('notificationPrefs.quietSave')}</button>
      </form>

      <section aria-labelledby="push">
        <h2 id="push">{t('notificationPrefs.pushTitle')}</h2>
        {push === 'unsupported' && <p>{t('notificationPrefs.pushUnsupported')}</p>}
        {push === 'blocked' && <p>{t('notificationPrefs.pushBlocked')}</p>}
        {push === 'off' && (
          <>
            <p>{t('notificationPrefs.pushIntro')}</p>
            <button type="button" className="primary" onClick={() => void switchPush(true)}>
              {t('notificationPrefs.pushOn')}
            </button>
          </>
        )}
        {push === 'on' && (
          <>
            <p>{t('notificationPrefs.pushEnabled')}</p>
            <button type="button" onClick={() => void switchPush(false)}>
              {t('notificationPrefs.pushOff')}
            </button>
          </>
        )}
      </section>
    </Page>
  );
}
