import { type FormEvent, useState } from 'react';
import type { MeetingRoom } from '../../../core/contracts/meetings';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { formatDate, t } from '../../i18n/i18n';
import { RhythmFields } from '../rituals/RhythmFields';
import { describeRule, type Rhythm, rhythmOf, ruleOf } from '../rituals/rhythm';
import { useAction } from './useAction';

const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const todayHere = () => new Date().toLocaleDateString('en-CA');

/** The recurring meeting: proposed by one at a time in their own zone, agreed by the other. */
export function ScheduleSection({ room, onChange }: { room: MeetingRoom; onChange(): void }) {
  const { schedule, partner, topic } = room;
  const [isProposing, setProposing] = useState(false);
  const [rhythm, setRhythm] = useState<Rhythm>(
    schedule ? rhythmOf(schedule.rule) : { kind: 'weekly', days: [0] },
  );
  const [time, setTime] = useState(schedule?.time ?? '19:30');
  const [startDay, setStartDay] = useState(todayHere());
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction();
  const partnerName = partner?.name ?? '';

  async function propose(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => api.proposeSchedule(topic, { rule: ruleOf(rhythm), startDay, time }))) {
      setProposing(false);
      setStatus(t('meetings.scheduleSent', { name: partnerName }));
      onChange();
    }
  }

  const words =
    schedule &&
    (schedule.timeZone === ownZone()
      ? t('meetings.scheduleWords', { rhythm: describeRule(schedule.rule), time: schedule.time })
      : t('meetings.scheduleWordsZone', {
          rhythm: describeRule(schedule.rule),
          time: schedule.time,
          zone: schedule.timeZone.replace(/_/g, ' '),
        }));

  return (
    <section className="card" aria-labelledby="schedule">
      <h2 id="schedule">{t('meetings.schedule')}</h2>
      {schedule ? (
        <div data-testid="schedule">
          <p>{words}</p>
          {schedule.next && <p>{t('meetings.scheduleNext', { date: formatDate(schedule.next) })}</p>}
          {!schedule.isAccepted &&
            (schedule.canAccept ? (
              <p>{t('meetings.scheduleProposedBy', { name: schedule.proposedBy?.name ?? partnerName })}</p>
            ) : (
              <p>{t('meetings.scheduleWaiting', { name: partnerName })}</p>
            ))}
          <div className="actions">
            {schedule.canAccept && (
              <button
                type="button"
                className="primary"
                disabled={action.isBusy}
                onClick={() => action.run(() => api.acceptSchedule(topic)).then(onChange)}
              >
                {t('meetings.scheduleAccept')}
              </button>
            )}
            <button
              type="button"
              disabled={action.isBusy}
              onClick={() => action.run(() => api.stopSchedule(topic)).then(onChange)}
            >
              {t('meetings.scheduleStop')}
            </button>
          </div>
        </div>
      ) : (
        <p>{t('meetings.scheduleNone')}</p>
      )}
      {partner && !isProposing && (
        <button type="button" onClick={() => setProposing(true)}>
          {schedule ? t('meetings.scheduleChange') : t('meetings.schedulePropose')}
        </button>
      )}
      {partner && isProposing && (
        <form onSubmit={propose} aria-label={t('meetings.schedulePropose')}>
          <RhythmFields rhythm={rhythm} onChange={setRhythm} />
          <label>
            {t('meetings.scheduleTime')}
            <input type="time" value={time} required onChange={(event) => setTime(event.target.value)} />
          </label>
          <label>
            {t('meetings.scheduleFrom')}
            <input
              type="date"
              value={startDay}
              required
              onChange={(event) => setStartDay(event.target.value)}
            />
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={action.isBusy}>
              {t('meetings.scheduleSend', { name: partnerName })}
            </button>
            <button type="button" onClick={() => setProposing(false)}>
              {t('meetings.cancel')}
            </button>
          </div>
        </form>
      )}
      <FormError message={action.problem} />
      <Status message={status} />
    </section>
  );
}
