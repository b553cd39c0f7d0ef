import { useCallback, useEffect, useState } from 'react';
import type { LocalService } from '../../../core/contracts/services';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { ServiceForm } from './ServiceForm';

/** The operator's screen: add, change and remove the services everyone finds on the Support page. */
export default function DirectoryAdminScreen() {
  const [isOperator, setIsOperator] = useState<boolean | null>(null);
  const [services, setServices] = useState<LocalService[] | null>(null);
  const [editing, setEditing] = useState<LocalService | null>(null);
  const [removing, setRemoving] = useState<LocalService | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setServices((await api.searchServices({})).services);
    } catch (problem) {
      setError(problemOf(problem).message);
    }
  }, []);

  useEffect(() => {
    api.operator().then(
      (me) => {
        setIsOperator(me.isOperator);
        if (me.isOperator) void load();
      },
      (problem) => setError(problemOf(problem).message),
    );
  }, [load]);

  async function remove(service: LocalService) {
    setError(null);
    try {
      await api.removeService(service.id);
      await load();
      setRemoving(null);
      setStatus(t('directoryAdmin.removed', { name: service.name }));
    } catch (problem) {
      setError(problemOf(problem).message);
    }
  }

  if (isOperator === null && !error) return <Loading />;
  return (
    <Page title={t('directoryAdmin.title')} back="/support">
      <FormError message={error} />
      {isOperator === false && <p>{t('directoryAdmin.notOperator')}</p>}
      {isOperator && (
        <>
          <p>{t('directoryAdmin.lead')}</p>
          <Status message={status} />
          <section aria-labelledby="directory-form">
            <h2 id="directory-form">
              {editing ? t('directoryAdmin.editTitle', { name: editing.name }) : t('directoryAdmin.addTitle')}
            </h2>
            <ServiceForm
              key={editing?.id ?? 'new'}
              service={editing}
              onSave={async (input) => {
                const saved = editing
                  ? await api.changeService(editing.id, input)
                  : await api.addService(input);
                await load();
                setEditing(null);
                setStatus(t(editing ? 'directoryAdmin.saved' : 'directoryAdmin.added', { name: saved.name }));
              }}
              {...(editing && { onCancel: () => setEditing(null) })}
            />
          </section>
          <section aria-labelledby="directory-listed">
            <h2 id="directory-listed">{t('directoryAdmin.listTitle', { count: services?.length ?? 0 })}</h2>
            {services === null ? (
              !error && <Loading />
            ) : services.length === 0 ? (
              <p>{t('directoryAdmin.none')}</p>
            ) : (
              <ul className="list">
                {services.map((service) => (
                  <li key={service.id} className="card" data-testid="listed-service">
                    <h3>{service.name}</h3>
                    <p className="hint">
                      {t(`directory.kind.${service.kind}`)} · {service.area} ·{' '}
                      {t(`directory.cost.${service.cost}`)}
                    </p>
                    {removing?.id === service.id ? (
                      <div>
                        <p>{t('directoryAdmin.removeConfirm', { name: service.name })}</p>
                        <div className="actions">
                          <button type="button" className="danger" onClick={() => remove(service)}>
                            {t('directoryAdmin.removeYes')}
                          </button>
                          <button type="button" onClick={() => setRemoving(null)}>
                            {t('directoryAdmin.removeNo')}
                          </button>
                        </div>
                      </div>
                    ) : (
                      <div className="actions">
                        <button
                          type="button"
                          aria-label={t('directoryAdmin.changeLabel', { name: service.name })}
                          onClick={() => {
                            setEditing(service);
                            setStatus(null);
                            window.scrollTo(0, 0);
                          }}
                        >
                          {t('directoryAdmin.change')}
                        </button>
                        <button
                          type="button"
                          aria-label={t('directoryAdmin.removeLabel', { name: service.name })}
                          onClick={() => setRemoving(service)}
                        >
                          {t('directoryAdmin.remove')}
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
