import { type FormEvent, useState } from 'react';
import type { PlanRow, PlanRowInput } from '../../../core/contracts/meetings';
import {
  OTHER_NAME_MAX_LENGTH,
  type PlanWho,
  TASK_MAX_LENGTH,
  WHEN_MAX_LENGTH,
} from '../../../core/meetings/rules';
import { FormError } from '../../components/FormError';
import { t } from '../../i18n/i18n';
import { useAction } from './useAction';

function whoOf(row: PlanRow | undefined): PlanWho {
  if (!row || row.who.kind === 'both') return 'both';
  if (row.who.kind === 'other') return 'other';
  return row.who.isYou ? 'me' : 'partner';
}

/** A routine's task, who holds it and when: to add one, or to change it. */
export function PlanRowForm({
  row,
  partnerName,
  onSave,
  onCancel,
}: {
  row?: PlanRow;
  partnerName: string | null;
  onSave(input: PlanRowInput): Promise<unknown>;
  onCancel?(): void;
}) {
  const [task, setTask] = useState(row?.task ?? '');
  const [who, setWho] = useState<PlanWho>(whoOf(row));
  const [otherName, setOtherName] = useState(row?.who.kind === 'other' ? row.who.name : '');
  const [when, setWhen] = useState(row?.when ?? '');
  const action = useAction();
  const id = row?.id ?? 'new';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { task, who, when, ...(who === 'other' && { otherName }) };
    if ((await action.run(() => onSave(input))) && !row) {
      setTask('');
      setWhen('');
      setOtherName('');
    }
  }

  return (
    <form onSubmit={submit} aria-label={row ? t('plan.edit', { task: row.task }) : t('plan.add')}>
      <label>
        {t('plan.task')}
        <input
          value={task}
          maxLength={TASK_MAX_LENGTH}
          required
          onChange={(event) => setTask(event.target.value)}
        />
      </label>
      <label htmlFor={`who-${id}`}>{t('plan.who')}</label>
      <select id={`who-${id}`} value={who} onChange={(event) => setWho(event.target.value as PlanWho)}>
        <option value="me">{t('plan.whoMe')}</option>
        {partnerName && <option value="partner">{partnerName}</option>}
        <option value="both">{t('plan.whoBoth')}</option>
        <option value="other">{t('plan.whoOther')}</option>
      </select>
      {who === 'other' && (
        <label>
          {t('plan.otherName')}
          <input
            value={otherName}
            maxLength={OTHER_NAME_MAX_LENGTH}
            required
            onChange={(event) => setOtherName(event.target.value)}
          />
        </label>
      )}
      <label>
        {t('plan.when')}
        <input
          value={when}
          maxLength={WHEN_MAX_LENGTH}
          required
          onChange={(event) => setWhen(event.target.value)}
          aria-describedby={`when-hint-${id}`}
        />
      </label>
      <p className="hint" id={`when-hint-${id}`}>
        {t('plan.whenHint')}
      </p>
      <FormError message={action.problem} />
      <div className="actions">
        <button type="submit" className={row ? 'primary' : undefined} disabled={action.isBusy}>
          {row ? t('plan.save') : t('plan.add')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('meetings.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
