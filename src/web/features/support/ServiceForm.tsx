import { type FormEvent, useId, useState } from 'react';
import type { LocalService, ServiceInput } from '../../../core/contracts/services';
import {
  SERVICE_COSTS,
  SERVICE_KINDS,
  type ServiceCost,
  type ServiceKind,
} from '../../../core/services/directory';
import { ApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

type TextField =
  | 'name'
  | 'area'
  | 'postcodePrefix'
  | 'country'
  | 'address'
  | 'phone'
  | 'web'
  | 'languages'
  | 'notes';
type Draft = Record<TextField, string> & { kind: ServiceKind; cost: ServiceCost };

const draftOf = (service: LocalService | null): Draft => ({
  name: service?.name ?? '',
  kind: service?.kind ?? 'individual_counselling',
  area: service?.area ?? '',
  postcodePrefix: service?.postcodePrefix ?? '',
  country: service?.country ?? '',
  address: service?.address ?? '',
  phone: service?.phone ?? '',
  web: service?.web ?? '',
  languages: service?.languages.join(', ') ?? '',
  cost: service?.cost ?? 'free',
  notes: service?.notes ?? '',
});

/** Blank optional fields are left out; languages are written with commas. */
function inputOf(draft: Draft): ServiceInput {
  const optional = (value: string) => value.trim() || undefined;
  return {
    name: draft.name,
    kind: draft.kind,
    area: draft.area,
    postcodePrefix: optional(draft.postcodePrefix),
    country: optional(draft.country),
    address: optional(draft.address),
    phone: optional(draft.phone),
    web: optional(draft.web),
    languages: draft.languages
      .split(/[,;]/)
      .map((l) => l.trim())
      .filter(Boolean),
    cost: draft.cost,
    notes: optional(draft.notes),
  };
}

interface ServiceFormProps {
  service: LocalService | null;
  onSave(input: ServiceInput): Promise<void>;
  onCancel?: () => void;
}

/** Adding or changing one service; the server's checks come back as notes under each field. */
export function ServiceForm({ service, onSave, onCancel }: ServiceFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(service));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const ids = { kind: useId(), cost: useId(), notes: useId() };

  const text = (
    name: TextField,
    label: string,
    hint?: string,
    extra: { maxLength?: number; type?: string } = {},
  ) => (
    <Field
      label={label}
      {...(hint && { hint })}
      name={name}
      value={draft[name]}
      error={
        fields[name] ??
        (name === 'languages'
          ? Object.entries(fields).find(([k]) => k.startsWith('languages.'))?.[1]
          : undefined)
      }
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      {...extra}
    />
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    setError(null);
    setFields({});
    try {
      await onSave(inputOf(draft));
      if (!service) setDraft(draftOf(null));
    } catch (problem) {
      const { message, fields: wrong } = problemOf(problem);
      const hasFields = problem instanceof ApiError && Object.keys(wrong).length > 0;
      setFields(wrong);
      setError(hasFields ? t('directoryAdmin.fixFields') : message);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form
      onSubmit={save}
      noValidate
      aria-label={
        service ? t('directoryAdmin.editTitle', { name: service.name }) : t('directoryAdmin.addTitle')
      }
    >
      <FormError message={error} />
      {text('name', t('directoryAdmin.name'), undefined, { maxLength: 200 })}
      <div className="field">
        <label htmlFor={ids.kind}>{t('directory.kind')}</label>
        <select
          id={ids.kind}
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as ServiceKind })}
        >
          {SERVICE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`directory.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {text('area', t('directoryAdmin.area'), t('directoryAdmin.areaHint'), { maxLength: 200 })}
      {text('postcodePrefix', t('directoryAdmin.postcodePrefix'), t('directoryAdmin.postcodeHint'))}
      {text('country', t('directoryAdmin.country'), t('directoryAdmin.countryHint'))}
      {text('address', t('directoryAdmin.address'), undefined, { maxLength: 300 })}
      {text('phone', t('directoryAdmin.phone'), t('directoryAdmin.phoneHint'), { type: 'tel' })}
      {text('web', t('directoryAdmin.web'), undefined, { type: 'url' })}
      {text('languages', t('directoryAdmin.languages'), t('directoryAdmin.languagesHint'))}
      <div className="field">
        <label htmlFor={ids.cost}>{t('directory.cost')}</label>
        <select
          id={ids.cost}
          value={draft.cost}
          onChange={(e) => setDraft({ ...draft, cost: e.target.value as ServiceCost })}
        >
          {SERVICE_COSTS.map((c) => (
            <option key={c} value={c}>
              {t(`directory.cost.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.notes}>{t('directoryAdmin.notes')}</label>
        <textarea
          id={ids.notes}
          value={draft.notes}
          maxLength={1000}
          rows={3}
          aria-invalid={fields.notes ? true : undefined}
          aria-describedby={fields.notes ? `${ids.notes}-error` : undefined}
          onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
        />
        {fields.notes && (
          <p className="field-error" id={`${ids.notes}-error`}>
            {fields.notes}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving
            ? t('directoryAdmin.saving')
            : service
              ? t('directoryAdmin.save')
              : t('directoryAdmin.add')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('directoryAdmin.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
