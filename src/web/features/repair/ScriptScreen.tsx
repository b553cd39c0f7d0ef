import { type FormEvent, useEffect, useState } from 'react';
import type { RepairDraft } from '../../../core/contracts/repair';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { navigate } from '../../router';
import { RepairField } from './RepairField';
import { useRepairRoom } from './useRepair';

const EMPTY: RepairDraft = { apology: '', understanding: '', plan: '' };

/**
 * The repair script builder: apology, understanding, plan to change, each read by the coach and
 * the repair checks as it is typed. A draft is saved for its author alone; sending is a choice.
 */
export default function ScriptScreen({ repairId }: { repairId: string | null }) {
  const { data: room } = useRepairRoom();
  const [id, setId] = useState(repairId);
  const [draft, setDraft] = useState<RepairDraft>(EMPTY);
  const [isLoaded, setLoaded] = useState(repairId === null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (!repairId) return;
    api.repair(repairId).then(
      (repair) => {
        // What was sent stays as it was: it opens to be read, not edited.
        if (repair.status !== 'draft') return navigate(`/repair/${repair.id}`, { replace: true });
        setDraft({ apology: repair.apology, understanding: repair.understanding, plan: repair.plan });
        setLoaded(true);
      },
      (caught: unknown) => setProblem(problemOf(caught).message),
    );
  }, [repairId]);

  const partner = room?.partner ?? null;
  const set = (part: keyof RepairDraft) => (value: string) => setDraft((d) => ({ ...d, [part]: value }));
  const isEmpty = !draft.apology.trim() && !draft.understanding.trim() && !draft.plan.trim();

  async function save(): Promise<string> {
    if (id) {
      await api.changeRepair(id, draft);
      return id;
    }
    const created = await api.draftRepair(draft);
    setId(created.id);
    history.replaceState(null, '', `/repair/${created.id}/edit`);
    return created.id;
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      await action();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    } finally {
      setBusy(false);
    }
  }

  const saveDraft = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await save();
      setStatus(t('script.saved'));
    });
  };
  const send = () =>
    run(async () => {
      const saved = await save();
      await api.sendRepair(saved);
      navigate(`/repair/${saved}`, { replace: true });
    });
  const remove = () =>
    run(async () => {
      if (id) await api.deleteRepair(id);
      navigate('/repair', { replace: true });
    });

  return (
    <Page title={repairId ? t('script.editTitle') : t('script.newTitle')} back="/repair">
      <p>{partner ? t('script.intro', { name: partner.name }) : t('script.introAlone')}</p>
      <p className="hint">{t('script.private')}</p>
      {isLoaded && (
        <form onSubmit={saveDraft} aria-label={t('script.formLabel')}>
          <RepairField
            label={t('script.apology')}
            hint={t('script.apologyHint')}
            value={draft.apology}
            onChange={set('apology')}
          />
          <RepairField
            label={t('script.understanding')}
            hint={t('script.understandingHint')}
            value={draft.understanding}
            onChange={set('understanding')}
          />
          <RepairField
            label={t('script.plan')}
            hint={t('script.planHint')}
            value={draft.plan}
            onChange={set('plan')}
          />
          <FormError message={problem} />
          <Status message={status} />
          <div className="actions">
            <button type="submit" disabled={isBusy || isEmpty}>
              {t('script.save')}
            </button>
            {partner && (
              <button
                type="button"
                className="primary"
                disabled={isBusy || !draft.apology.trim()}
                onClick={send}
              >
                {t('script.send', { name: partner.name })}
              </button>
            )}
          </div>
          {partner && <p className="hint">{t('script.sendHint', { name: partner.name })}</p>}
          {!draft.apology.trim() && !isEmpty && <p className="hint">{t('script.needsApology')}</p>}
          {id && (
            <button type="button" disabled={isBusy} onClick={remove}>
              {t('script.delete')}
            </button>
          )}
        </form>
      )}
      {!isLoaded && <p>{problem ?? t('repair.loading')}</p>}
    </Page>
  );
}
