import { type FormEvent, useState } from 'react';
import type { Goal } from '../../../core/contracts/meetings';
import { GOAL_MAX_LENGTH, type MeetingTopic } from '../../../core/meetings/rules';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { t } from '../../i18n/i18n';
import { useAction } from './useAction';

/** The shared goals at the top of a meeting's page: what the two are working towards. */
export function GoalsSection({
  topic,
  goals,
  onChange,
}: {
  topic: MeetingTopic;
  goals: Goal[];
  onChange(): void;
}) {
  const [wording, setWording] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const action = useAction();

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => api.addGoal(topic, wording))) {
      setWording('');
      onChange();
    }
  }

  return (
    <section className="card" aria-labelledby="goals">
      <h2 id="goals">{t('meetings.goals')}</h2>
      <p className="hint">{t('meetings.goalsLead')}</p>
      {goals.length === 0 ? (
        <p>{t('meetings.goalsNone')}</p>
      ) : (
        <ul className="plain-list" data-testid="goals">
          {goals.map((goal) =>
            editingId === goal.id ? (
              <li key={goal.id}>
                <GoalEditor
                  goal={goal}
                  onDone={() => {
                    setEditingId(null);
                    onChange();
                  }}
                />
              </li>
            ) : (
              <li key={goal.id}>
                <p data-testid="goal">{goal.wording}</p>
                <div className="actions">
                  <button
                    type="button"
                    onClick={() => setEditingId(goal.id)}
                    aria-label={t('meetings.goalEditLabel', { wording: goal.wording })}
                  >
                    {t('meetings.goalEdit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('meetings.goalRemoveLabel', { wording: goal.wording })}
                    onClick={() => action.run(() => api.removeGoal(goal.id)).then(onChange)}
                  >
                    {t('meetings.goalRemove')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      <form onSubmit={add} aria-label={t('meetings.goalNew')}>
        <label>
          {t('meetings.goalNew')}
          <input
            value={wording}
            maxLength={GOAL_MAX_LENGTH}
            onChange={(event) => setWording(event.target.value)}
            aria-describedby="goal-hint"
            required
          />
        </label>
        <p className="hint" id="goal-hint">
          {t(`meetings.goalHint.${topic}`)}
        </p>
        <FormError message={action.problem} />
        <button type="submit" disabled={action.isBusy || !wording.trim()}>
          {t('meetings.goalAdd')}
        </button>
      </form>
    </section>
  );
}

function GoalEditor({ goal, onDone }: { goal: Goal; onDone(): void }) {
  const [wording, setWording] = useState(goal.wording);
  const action = useAction();
  async function save(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => api.changeGoal(goal.id, wording))) onDone();
  }
  return (
    <form onSubmit={save} aria-label={t('meetings.goalEditLabel', { wording: goal.wording })}>
      <label>
        {t('meetings.goalNew')}
        <input
          value={wording}
          maxLength={GOAL_MAX_LENGTH}
          onChange={(event) => setWording(event.target.value)}
          required
        />
      </label>
      <FormError message={action.problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.isBusy || !wording.trim()}>
          {t('meetings.goalSave')}
        </button>
        <button type="button" onClick={onDone}>
          {t('meetings.cancel')}
        </button>
      </div>
    </form>
  );
}
