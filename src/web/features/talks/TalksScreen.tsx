import { useState } from 'react';
import { PAST_TALKS_PAGE, type TalkSummary } from '../../../core/contracts/talks';
import { formatOf } from '../../../core/talks/formats';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDate, type MessageKey, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useHome } from '../home/useHome';
import { PauseControl } from '../pause/PauseControl';
import { useSafetyConcern } from '../safety/concern';
import { SafetyPaused } from '../safety/SafetyPaused';
import { useTalkList } from './useTalk';

const phaseLabel = (phase: TalkSummary['phase']): MessageKey =>
  phase === 'invited' || phase === 'ended' || phase === 'declined'
    ? `talks.phase.${phase}`
    : phase === 'rules'
      ? 'talks.phase.rules'
      : 'talks.phase.running';

/** Open invitations, the talk in progress, and the history of past talks. */
export default function TalksScreen() {
  const [shown, setShown] = useState(PAST_TALKS_PAGE);
  const { list, error } = useTalkList(shown);
  const { home } = useHome();
  const concern = useSafetyConcern();
  if (error && !list) {
    return (
      <Page title={t('talks.title')} back="/">
        <FormError message={error} />
      </Page>
    );
  }
  if (!list || !home) return <Loading />;
  const hasPartner = (home.space?.members.length ?? 0) > 1;
  const open = list.talks.filter((talk) => talk.phase !== 'ended' && talk.phase !== 'declined');
  const past = list.talks.filter((talk) => talk.phase === 'ended' || talk.phase === 'declined');

  return (
    <Page title={t('talks.title')} back="/">
      <PauseControl />
      <p>{t('talks.lead')}</p>
      {concern ? (
        <SafetyPaused />
      ) : hasPartner ? (
        <Link className="button primary" href="/talks/new">
          {t('talks.new')}
        </Link>
      ) : (
        <p>{t('talks.needPartner')}</p>
      )}
      <section aria-labelledby="open-talks" className="talk-section">
        <h2 id="open-talks">{t('talks.open')}</h2>
        {open.length === 0 ? <p>{t('talks.noneOpen')}</p> : <TalkList talks={open} />}
      </section>
      <section aria-labelledby="past-talks" className="talk-section">
        <h2 id="past-talks">{t('talks.history')}</h2>
        {past.length === 0 ? <p>{t('talks.none')}</p> : <TalkList talks={past} withCounts />}
        {list.hasOlder && (
          <button type="button" onClick={() => setShown(past.length + PAST_TALKS_PAGE)}>
            {t('talks.older')}
          </button>
        )}
      </section>
    </Page>
  );
}

function TalkList({ talks, withCounts = false }: { talks: TalkSummary[]; withCounts?: boolean }) {
  return (
    <ul className="list">
      {talks.map((talk) => (
        <li key={talk.id} className="card">
          <Link href={`/talks/${talk.id}`} className="talk-link">
            {talk.topic}
          </Link>
          <p className="hint">
            {t('talks.summary', {
              format: formatOf(talk.formatId).name,
              date: formatDate(talk.startsAt ?? talk.createdAt),
            })}
            <span className="tag">{t(phaseLabel(talk.phase))}</span>
          </p>
          {withCounts && (
            <p className="hint">
              {t('talks.counts', { turns: talk.turns, confirmed: talk.confirmedReflections })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
