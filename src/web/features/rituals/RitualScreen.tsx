import { useState } from 'react';
import type { RitualStatsView } from '../../../core/contracts/rituals';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { navigate } from '../../router';
import { OccurrenceItem } from './OccurrenceItem';
import { ManageRitual, ReminderForm } from './RitualSettings';
import { scheduleWords } from './rhythm';
import { useRitual } from './useRituals';

const PAST_SHOWN = 5;
const AHEAD_SHOWN = 3;

/** One ritual: how and when, its occurrences to log and rate, how it is going, and one's settings. */
export default function RitualScreen({ ritualId }: { ritualId: string }) {
  const { data, error, refresh } = useRitual(ritualId);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!data) {
    return error ? (
      <Page title={t('rituals.title')} back="/rituals">
        <FormError message={error} />
      </Page>
    ) : (
      <Loading />
    );
  }
  const { ritual, partner } = data;

  async function act(change: () => Promise<unknown>, done: string | null = null): Promise<boolean> {
    setProblem(null);
    try {
      await change();
      setStatus(done);
      refresh();
      return true;
    } catch (caught) {
      setProblem(problemOf(caught).message);
      return false;
    }
  }

  const now = Date.now();
  const past = data.occurrences.filter((o) => new Date(o.startsAt).getTime() <= now).slice(-PAST_SHOWN);
  const ahead = data.occurrences.filter((o) => new Date(o.startsAt).getTime() > now).slice(0, AHEAD_SHOWN);
  const withPartner = ritual.partnerAnswer === 'joined' ? partner : null;

  return (
    <Page title={ritual.title} back="/rituals">
      {ritual.how && <p>{ritual.how}</p>}
      <p data-testid="ritual-schedule">{scheduleWords(ritual)}</p>
      {!ritual.isTakingPart && (
        <div className="card">
          <p>{t('rituals.notJoined')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => act(() => api.answerRitual(ritual.id, 'join'))}
          >
            {t('rituals.join')}
          </button>
        </div>
      )}
      <FormError message={problem} />
      <Status message={status} />
      <section aria-labelledby="occurrences">
        <h2 id="occurrences">{t('rituals.occurrencesTitle')}</h2>
        {[...past, ...ahead].map((o) => (
          <OccurrenceItem
            key={o.day}
            occurrence={o}
            partnerName={withPartner?.name ?? null}
            canLog={ritual.isTakingPart}
            now={now}
            onLog={(log) => act(() => api.logOccurrence(ritual.id, o.day, log))}
            onRate={(feeling) => act(() => api.rateOccurrence(ritual.id, o.day, feeling))}
          />
        ))}
      </section>
      <Stats stats={data.stats} />
      {ritual.isTakingPart && (
        <ReminderForm
          lead={ritual.reminderLead}
          onSave={(lead) => act(() => api.setRitualReminder(ritual.id, lead), t('rituals.reminderSaved'))}
        />
      )}
      {ritual.proposer.isYou ? (
        <ManageRitual
          detail={data}
          onChange={(change) => act(() => api.changeRitual(ritual.id, change), t('rituals.saved'))}
          onEnd={() =>
            act(() => api.endRitual(ritual.id)).then(() => navigate('/rituals', { replace: true }))
          }
        />
      ) : (
        ritual.isTakingPart && (
          <button type="button" onClick={() => act(() => api.answerRitual(ritual.id, 'leave'))}>
            {t('rituals.leave')}
          </button>
        )
      )}
    </Page>
  );
}

/** Completion, average feeling and its trend, and the suggestion with its reason. Never a grade. */
function Stats({ stats }: { stats: RitualStatsView }) {
  return (
    <section className="card" aria-labelledby="ritual-stats" data-testid="ritual-stats">
      <h2 id="ritual-stats">{t('rituals.statsTitle')}</h2>
      <p>
        {stats.due > 0
          ? t('rituals.completion', { done: stats.done, due: stats.due })
          : t('rituals.nothingDue')}
      </p>
      {stats.averageFeeling !== null && <p>{t('rituals.average', { average: stats.averageFeeling })}</p>}
      {stats.trend && <p>{t(`rituals.trend.${stats.trend}`)}</p>}
      <h3 data-testid="suggestion">{t(`rituals.suggestion.${stats.suggestion.kind}`)}</h3>
      <p>{t(`rituals.reason.${stats.suggestion.reason}`)}</p>
    </section>
  );
}
