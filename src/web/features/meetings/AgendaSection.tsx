import { type FormEvent, useState } from 'react';
import type { MeetingRoom } from '../../../core/contracts/meetings';
import type { TalkMode } from '../../../core/contracts/talks';
import { ITEM_MAX_LENGTH } from '../../../core/meetings/rules';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useAction } from './useAction';

const PROMPTS = ['meetings.prompt.0', 'meetings.prompt.1', 'meetings.prompt.2'] as const;

/** The next meeting's agenda: items framed by the shared goals, in an order both can change; then the start. */
export function AgendaSection({ room, onChange }: { room: MeetingRoom; onChange(): void }) {
  const { topic, agenda, goals, partner } = room;
  const [wording, setWording] = useState('');
  const [goalId, setGoalId] = useState('');
  const [mode, setMode] = useState<TalkMode>('in_person');
  const [talkId, setTalkId] = useState<string | null>(null);
  const action = useAction();
  const prompt = PROMPTS[agenda.length % PROMPTS.length] ?? PROMPTS[0];
  const goalOf = (id: string | null) => goals.find((g) => g.id === id)?.wording;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => api.addAgendaItem(topic, { wording, goalId: goalId || null }))) {
      setWording('');
      setGoalId('');
      onChange();
    }
  }

  function move(index: number, by: number) {
    const ids = agenda.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    if (!id) return;
    ids.splice(index + by, 0, id);
    void action.run(() => api.orderAgenda(topic, ids)).then(onChange);
  }

  async function start() {
    setTalkId(null);
    await action.run(async () => {
      const meeting = await api.startMeeting(topic, { mode });
      setTalkId(meeting.talkId);
    });
    onChange();
  }

  return (
    <section className="card" aria-labelledby="agenda">
      <h2 id="agenda">{t('meetings.agenda')}</h2>
      {agenda.length === 0 ? (
        <p>{t('meetings.agendaNone')}</p>
      ) : (
        <ol className="points" data-testid="agenda">
          {agenda.map((item, index) => (
            <li key={item.id}>
              <span data-testid="agenda-item">{item.wording}</span>
              {goalOf(item.goalId) && (
                <span className="hint">
                  {' '}
                  · {t('meetings.itemTouches', { goal: goalOf(item.goalId) ?? '' })}
                </span>
              )}
              <div className="actions">
                {index > 0 && (
                  <button
                    type="button"
                    onClick={() => move(index, -1)}
                    aria-label={t('meetings.itemUp', { wording: item.wording })}
                  >
                    ↑
                  </button>
                )}
                {index < agenda.length - 1 && (
                  <button
                    type="button"
                    onClick={() => move(index, 1)}
                    aria-label={t('meetings.itemDown', { wording: item.wording })}
                  >
                    ↓
                  </button>
                )}
                <button
                  type="button"
                  aria-label={t('meetings.itemRemove', { wording: item.wording })}
                  onClick={() => action.run(() => api.removeAgendaItem(item.id)).then(onChange)}
                >
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={add} aria-label={t('meetings.itemNew')}>
        <label>
          {t('meetings.itemNew')}
          <input
            value={wording}
            maxLength={ITEM_MAX_LENGTH}
            onChange={(event) => setWording(event.target.value)}
            aria-describedby="item-prompt"
            required
          />
        </label>
        <p className="hint" id="item-prompt">
          {t(prompt)}
        </p>
        <label>
          {t('meetings.itemGoal')}
          <select value={goalId} onChange={(event) => setGoalId(event.target.value)}>
            <option value="">{t('meetings.itemNoGoal')}</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.wording}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={action.isBusy || !wording.trim()}>
          {t('meetings.itemAdd')}
        </button>
      </form>
      {partner ? (
        <div>
          <label>
            {t('meetings.mode')}
            <select value={mode} onChange={(event) => setMode(event.target.value as TalkMode)}>
              <option value="in_person">{t('meetings.mode.in_person')}</option>
              <option value="remote">{t('meetings.mode.remote')}</option>
            </select>
          </label>
          <p className="hint">{t('meetings.startHint', { name: partner.name })}</p>
          <div className="actions">
            <button type="button" className="primary" disabled={action.isBusy} onClick={start}>
              {t('meetings.start')}
            </button>
            {talkId && (
              <Link className="button" href={`/talks/${talkId}`}>
                {t('meetings.openTalk')}
              </Link>
            )}
          </div>
          <Status message={talkId ? t('meetings.started', { name: partner.name }) : null} />
        </div>
      ) : (
        <p>{t('meetings.noPartner')}</p>
      )}
      <FormError message={action.problem} />
    </section>
  );
}
