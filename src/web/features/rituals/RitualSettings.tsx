import { type FormEvent, useState } from 'react';
import type { RitualChange, RitualDetail } from '../../../core/contracts/rituals';
import { REMINDER_LEADS } from '../../../core/rituals/library';
import { Field } from '../../components/Field';
import { t } from '../../i18n/i18n';
import { RhythmFields } from './RhythmFields';
import { type Rhythm, rhythmOf, ruleOf } from './rhythm';

const leadLabel = (lead: number) =>
  lead === 0 ? t('rituals.reminder.0') : t('rituals.reminder.lead', { minutes: lead });

/** One's own reminder for the ritual: how long before, or none. */
export function ReminderForm({ lead, onSave }: { lead: number | null; onSave(lead: number | null): void }) {
  const [choice, setChoice] = useState(lead === null ? 'none' : String(lead));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(choice === 'none' ? null : Number(choice));
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="ritual-reminder">
      <h2 id="ritual-reminder">{t('rituals.reminderTitle')}</h2>
      <div className="field">
        <label htmlFor="reminder-lead">{t('rituals.reminder')}</label>
        <p className="hint" id="reminder-lead-hint">
          {t('rituals.reminderHint')}
        </p>
        <select
          id="reminder-lead"
          value={choice}
          aria-describedby="reminder-lead-hint"
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="none">{t('rituals.reminder.none')}</option>
          {REMINDER_LEADS.map((n) => (
            <option key={n} value={String(n)}>
              {leadLabel(n)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('rituals.saveReminder')}</button>
    </form>
  );
}

/** For the one who started it: change the rhythm, time or length, propose it, or end it. */
export function ManageRitual({
  detail,
  onChange,
  onEnd,
}: {
  detail: RitualDetail;
  onChange(change: RitualChange): void;
  onEnd(): void;
}) {
  const { ritual, partner } = detail;
  const [rhythm, setRhythm] = useState<Rhythm>(rhythmOf(ritual.rule));
  const [time, setTime] = useState(ritual.time);
  const [minutes, setMinutes] = useState(String(ritual.minutes));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ rule: ruleOf(rhythm), time, minutes: Number(minutes) });
  };
  return (
    <section className="card" aria-labelledby="manage-ritual">
      <h2 id="manage-ritual">{t('rituals.manageTitle')}</h2>
      <form onSubmit={submit}>
        <RhythmFields rhythm={rhythm} onChange={setRhythm} />
        <Field
          label={t('rituals.time')}
          type="time"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
        />
        <Field
          label={t('rituals.length')}
          type="number"
          min={1}
          max={240}
          required
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button type="submit">{t('rituals.save')}</button>
      </form>
      {partner && !ritual.isProposed && (
        <button type="button" onClick={() => onChange({ isProposed: true })}>
          {t('rituals.propose', { name: partner.name })}
        </button>
      )}
      <button type="button" className="danger" onClick={onEnd}>
        {t('rituals.end')}
      </button>
    </section>
  );
}
