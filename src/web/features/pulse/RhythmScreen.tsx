import { type FormEvent, useEffect, useState } from 'react';
import type { PulseToday } from '../../../core/contracts/pulse';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { usePulse } from './usePulse';

type Kind = 'daily' | 'alternate' | 'weekdays';
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** How often to check in, agreed together, and one's own reminder and sharing settings. */
export default function RhythmScreen() {
  const { today, error, setToday } = usePulse();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function act(change: () => Promise<PulseToday>, done: string) {
    setProblem(null);
    try {
      setToday(await change());
      setStatus(done);
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  if (!today) {
    return error ? (
      <Page title={t('pulse.rhythm')} back="/">
        <FormError message={error} />
      </Page>
    ) : (
      <Loading />
    );
  }
  const partnerName = today.partner?.name ?? t('talk.partner');
  const proposal = today.cadence.proposal;
  return (
    <Page title={t('pulse.rhythm')} back="/pulse">
      <p>{t('pulse.rhythmLead')}</p>
      <p data-testid="cadence-now">{t('pulse.cadenceNow', { cadence: describe(today.cadence.mine) })}</p>
      {proposal && !proposal.isYours && (
        <div className="card">
          <p>{t('pulse.proposalFrom', { name: partnerName, cadence: describe(proposal) })}</p>
          <button
            type="button"
            className="primary"
            onClick={() => act(api.acceptCadence, t('pulse.accepted'))}
          >
            {t('pulse.accept')}
          </button>
        </div>
      )}
      {proposal?.isYours && <p>{t('pulse.proposalYours', { name: partnerName })}</p>}
      <CadenceForm
        today={today}
        onPropose={(choice) =>
          act(() => api.proposeCadence(choice), t('pulse.proposed', { name: partnerName }))
        }
      />
      <SettingsForm
        today={today}
        partnerName={partnerName}
        onSave={(change) => act(() => api.changePulseSettings(change), t('pulse.settingsSaved'))}
      />
      <FormError message={problem} />
      <Status message={status} />
    </Page>
  );
}

function describe(cadence: { kind: Kind; weekdays: number[] }): string {
  if (cadence.kind !== 'weekdays') return t(`pulse.cadence.${cadence.kind}`);
  return cadence.weekdays.map((d) => t(`pulse.weekday.${d}` as 'pulse.weekday.0')).join(', ');
}

function CadenceForm({
  today,
  onPropose,
}: {
  today: PulseToday;
  onPropose(
    choice: { kind: 'daily' } | { kind: 'alternate' } | { kind: 'weekdays'; weekdays: number[] },
  ): void;
}) {
  const [kind, setKind] = useState<Kind>(today.cadence.mine.kind);
  const [weekdays, setWeekdays] = useState<number[]>(today.cadence.mine.weekdays);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPropose(kind === 'weekdays' ? { kind, weekdays } : { kind });
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{t('pulse.howOften')}</legend>
        <div className="choices">
          {(['daily', 'alternate', 'weekdays'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="cadence" checked={kind === k} onChange={() => setKind(k)} />
              <span>{t(`pulse.cadence.${k}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'weekdays' && (
        <fieldset>
          <legend>{t('pulse.whichDays')}</legend>
          <div className="choices">
            {WEEKDAYS.map((d) => (
              <label key={d} className="choice">
                <input
                  type="checkbox"
                  checked={weekdays.includes(d)}
                  onChange={() =>
                    setWeekdays((current) =>
                      current.includes(d) ? current.filter((x) => x !== d) : [...current, d],
                    )
                  }
                />
                <span>{t(`pulse.weekday.${d}` as 'pulse.weekday.0')}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <p className="hint">{t('pulse.proposeHint')}</p>
      <button type="submit" disabled={kind === 'weekdays' && weekdays.length === 0}>
        {t('pulse.propose')}
      </button>
    </form>
  );
}

function SettingsForm({
  today,
  partnerName,
  onSave,
}: {
  today: PulseToday;
  partnerName: string;
  onSave(change: { sharesNumbers: boolean; reminderTime: string | null }): void;
}) {
  const [sharesNumbers, setSharesNumbers] = useState(today.settings.sharesNumbers);
  const [time, setTime] = useState(today.settings.reminderTime ?? '');
  useEffect(() => setSharesNumbers(today.settings.sharesNumbers), [today.settings.sharesNumbers]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ sharesNumbers, reminderTime: time || null });
  };
  return (
    <form onSubmit={submit}>
      <h2>{t('pulse.yourSettings')}</h2>
      <label className="toggle">
        <input type="checkbox" checked={sharesNumbers} onChange={(e) => setSharesNumbers(e.target.checked)} />
        {t('pulse.shareNumbers', { name: partnerName })}
      </label>
      <p className="hint">{t('pulse.shareNumbersHint', { name: partnerName })}</p>
      <div className="field">
        <label htmlFor="reminder-time">{t('pulse.reminderTime')}</label>
        <p className="hint" id="reminder-hint">
          {t('pulse.reminderHint')}
        </p>
        <input
          id="reminder-time"
          type="time"
          value={time}
          aria-describedby="reminder-hint"
          onChange={(e) => setTime(e.target.value)}
        />
      </div>
      <button type="submit">{t('pulse.saveSettings')}</button>
    </form>
  );
}
