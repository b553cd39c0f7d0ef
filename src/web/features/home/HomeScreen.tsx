import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { Link, Redirect } from '../../router';
import { AgreementsCard } from '../agreements/HomeCard';
import { AppreciationsCard, LatestWinCard } from '../appreciations/HomeCards';
import { CommitmentsCard } from '../commitments/HomeCard';
import { InsightsCard } from '../insights/HomeCard';
import { MeetingsCard } from '../meetings/HomeCard';
import { useNotifications } from '../notifications/useNotifications';
import { PauseControl } from '../pause/PauseControl';
import { ProblemsCard } from '../problems/HomeCard';
import { PulseCard } from '../pulse/PulseCard';
import { usePulse } from '../pulse/usePulse';
import { RepairCard } from '../repair/RepairCard';
import { RitualCard } from '../rituals/RitualCard';
import { useSafetyConcern } from '../safety/concern';
import { SafetyPaused } from '../safety/SafetyPaused';
import { useTalkList } from '../talks/useTalk';
import { useHome } from './useHome';

/** The daily hub: who shares the space, and the way to everything else. */
export function HomeScreen() {
  const { home, error } = useHome();
  // The check-in card is the first: its data is fetched with the home's, and the page waits for
  // it, rather than showing the card empty and pushing everything below down once it fills in.
  const pulse = usePulse();
  const notifications = useNotifications();
  const unread = notifications.list?.unread ?? 0;
  const { list } = useTalkList();
  const concern = useSafetyConcern();
  if (error && !home) {
    return (
      <Page title={t('home.title')}>
        <FormError message={error} />
      </Page>
    );
  }
  if (!home || (!pulse.today && !pulse.error)) return <Loading />;
  if (!home.space) return <Redirect to="/start" />;
  const partner = home.space.members.find((m) => !m.isYou);

  return (
    <Page title={t('home.greeting', { name: home.me.name })}>
      <PauseControl />
      <section className="card" aria-labelledby="together">
        <h2 id="together">{t('home.togetherTitle')}</h2>
        {partner ? (
          <p data-testid="partner">{t('home.together', { name: partner.name })}</p>
        ) : (
          <>
            <p data-testid="partner">{t('home.alone')}</p>
            <Link className="button primary" href="/invite">
              {home.space.pendingInvite ? t('home.invitePending') : t('home.invite')}
            </Link>
          </>
        )}
      </section>
      <PulseCard today={pulse.today} error={pulse.error} />
      <RitualCard />
      <AppreciationsCard />
      <LatestWinCard />
      <AgreementsCard />
      <CommitmentsCard />
      <MeetingsCard />
      <InsightsCard />
      {/* Working on a problem together is a joint exercise: not suggested while a concern is marked. */}
      {!concern && <ProblemsCard />}
      {concern ? (
        <SafetyPaused />
      ) : (
        <section className="card" aria-labelledby="talks">
          <h2 id="talks">{t('talks.home')}</h2>
          <p>{t('talks.homeLead')}</p>
          {list?.talks
            .filter((talk) => talk.phase !== 'ended' && talk.phase !== 'declined')
            .filter((talk) => talk.phase !== 'invited' || talk.proposedBy !== home.me.id)
            .map((talk) => (
              <p key={talk.id}>
                <Link href={`/talks/${talk.id}`} className="talk-link" data-testid="talk-waiting">
                  {talk.phase === 'invited'
                    ? t('talks.invitedYou', { name: partner?.name ?? t('talk.partner'), topic: talk.topic })
                    : t('talks.running', { topic: talk.topic })}
                </Link>
              </p>
            ))}
          <Link className="button" href="/talks">
            {t('talks.title')}
          </Link>
        </section>
      )}
      {!concern && <RepairCard />}
      <section className="card" aria-labelledby="journal">
        <h2 id="journal">{t('journal.homeTitle')}</h2>
        <p>{t('journal.homeLead')}</p>
        <Link className="button" href="/journal">
          {t('journal.open')}
        </Link>
        <Link href="/notes">{t('notes.homeLink')}</Link>
      </section>
      <section className="card" aria-labelledby="prepare">
        <h2 id="prepare">{t('home.prepare')}</h2>
        <p>{t('home.prepareBody')}</p>
        <Link className="button" href="/prepare">
          {t('home.prepare')}
        </Link>
      </section>
      <nav aria-label={t('home.more')} className="more">
        <Link href="/notifications">
          {unread > 0 ? (
            <>
              <span aria-hidden="true">{t('home.notifications')}</span>
              <span className="visually-hidden">{t('home.notificationsUnread', { count: unread })}</span>
              <span className="badge" aria-hidden="true" data-testid="unread-badge">
                {unread}
              </span>
            </>
          ) : (
            t('home.notifications')
          )}
        </Link>
        <Link href="/meetings">{t('meetings.homeLink')}</Link>
        <Link href="/settings">{t('settings.title')}</Link>
        <Link href="/safety">{t('safety.entry')}</Link>
      </nav>
    </Page>
  );
}
