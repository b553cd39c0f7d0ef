import { useState } from 'react';
import type { PlanRow } from '../../../core/contracts/meetings';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { t } from '../../i18n/i18n';
import { PlanRowForm } from './PlanRowForm';
import { useAction } from './useAction';
import { useParentingPlan } from './useMeetings';

const whoWords = (row: PlanRow) =>
  row.who.kind === 'both'
    ? t('plan.both')
    : row.who.kind === 'person' && row.who.isYou
      ? t('plan.you')
      : row.who.name;

/** The parenting plan: a table of routines either partner changes, looked at together on its review date. */
export function PlanSection() {
  const { data: plan, error, refresh } = useParentingPlan();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction();
  if (!plan) return <p>{error ?? t('meetings.loading')}</p>;
  const partnerName = plan.partner?.name ?? null;
  const editing = plan.rows.find((r) => r.id === editingId);

  async function keep() {
    await action.run(async () => {
      const kept = await api.keepPlan({});
      setStatus(t('plan.kept', { date: kept.reviewOn ?? '' }));
    });
    refresh();
  }

  return (
    <section className="card" aria-labelledby="plan">
      <h2 id="plan">{t('plan.title')}</h2>
      <p className="hint">{t('plan.lead')}</p>
      {plan.rows.length === 0 ? (
        <p>{t('plan.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="plan-table" data-testid="plan">
            <thead>
              <tr>
                <th scope="col">{t('plan.task')}</th>
                <th scope="col">{t('plan.who')}</th>
                <th scope="col">{t('plan.when')}</th>
                <th scope="col">{t('plan.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <tr key={row.id} data-testid="plan-row">
                  <th scope="row">{row.task}</th>
                  <td>{whoWords(row)}</td>
                  <td>{row.when}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('plan.edit', { task: row.task })}
                      onClick={() => setEditingId(row.id)}
                    >
                      ✎
                    </button>
                    <button
                      type="button"
                      aria-label={t('plan.remove', { task: row.task })}
                      onClick={() => action.run(() => api.removePlanRow(row.id)).then(refresh)}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <PlanRowForm
          key={editing.id}
          row={editing}
          partnerName={partnerName}
          onSave={async (input) => {
            await api.changePlanRow(editing.id, input);
            setEditingId(null);
            refresh();
          }}
          onCancel={() => setEditingId(null)}
        />
      )}
      {plan.reviewOn && <p>{t('plan.reviewOn', { date: plan.reviewOn })}</p>}
      {plan.isDue && (
        <div data-testid="plan-due">
          <p>{t('plan.due')}</p>
          <button type="button" className="primary" disabled={action.isBusy} onClick={keep}>
            {t('plan.keep')}
          </button>
        </div>
      )}
      <FormError message={action.problem} />
      <Status message={status} />
      <PlanRowForm
        partnerName={partnerName}
        onSave={async (input) => {
          await api.addPlanRow(input);
          refresh();
        }}
      />
    </section>
  );
}
