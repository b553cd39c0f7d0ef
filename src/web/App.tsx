import { lazy, Suspense } from 'react';
import { Loading } from './components/Loading';
import { OfflineBanner } from './components/OfflineBanner';
import { Page } from './components/Page';
import { ForgotPasswordScreen } from './features/account/ForgotPasswordScreen';
import { safeNext } from './features/account/next';
import { ResetPasswordScreen } from './features/account/ResetPasswordScreen';
import { SignInScreen } from './features/account/SignInScreen';
import { SignUpScreen } from './features/account/SignUpScreen';
import { HomeScreen } from './features/home/HomeScreen';
import { NotificationPreferencesScreen } from './features/notifications/NotificationPreferencesScreen';
import { NotificationsScreen } from './features/notifications/NotificationsScreen';
import { UnsubscribeScreen } from './features/notifications/UnsubscribeScreen';
import { PauseScreen } from './features/pause/PauseScreen';
import { PauseProvider, usePause } from './features/pause/usePause';
import { RhythmScreen } from './features/pulse/RhythmScreen';
import { QuickExit } from './features/safety/QuickExit';
import { DeleteAccountScreen } from './features/settings/DeleteAccountScreen';
import { SessionsScreen } from './features/settings/SessionsScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { InviteScreen } from './features/space/InviteScreen';
import { JoinCodeScreen, JoinLinkScreen } from './features/space/JoinScreen';
import { StartScreen } from './features/space/StartScreen';
import { SupportScreen } from './features/support/SupportScreen';
import { NewTalkScreen } from './features/talks/NewTalkScreen';
import { TalksScreen } from './features/talks/TalksScreen';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import { t } from './i18n/i18n';
import { Link, Redirect, useLocation } from './router';
import { useSession } from './session';

// The coach is loaded only when someone opens a screen that uses it.
const PrepareScreen = lazy(() => import('./features/coach/PrepareScreen'));
const TalkScreen = lazy(() => import('./features/talks/TalkScreen'));
// The safety flow and its resources file come in their own chunk, never cached for offline use.
const SafetyScreen = lazy(() => import('./features/safety/SafetyScreen'));

function Safety() {
  return (
    <Suspense fallback={<Loading />}>
      <SafetyScreen />
    </Suspense>
  );
}
const PulseScreen = lazy(() => import('./features/pulse/PulseScreen'));
// The journal's screens come only to those who open them.
const JournalScreen = lazy(() => import('./features/journal/JournalScreen'));
const EntryScreen = lazy(() => import('./features/journal/EntryScreen'));
const NotesScreen = lazy(() => import('./features/journal/NotesScreen'));
const AppreciationsScreen = lazy(() => import('./features/appreciations/AppreciationsScreen'));
const WinsScreen = lazy(() => import('./features/appreciations/WinsScreen'));
const RepairRoutes = lazy(() => import('./features/repair/RepairRoutes'));
// Only the few who run the instance open the directory's editor.
const DirectoryAdminScreen = lazy(() => import('./features/support/DirectoryAdminScreen'));
const AgreementsScreen = lazy(() => import('./features/agreements/AgreementsScreen'));
const RitualsScreen = lazy(() => import('./features/rituals/RitualsScreen'));
const NewRitualScreen = lazy(() => import('./features/rituals/NewRitualScreen'));
const RitualScreen = lazy(() => import('./features/rituals/RitualScreen'));
const MeetingsScreen = lazy(() => import('./features/meetings/MeetingsScreen'));
const MeetingScreen = lazy(() => import('./features/meetings/MeetingScreen'));
const InsightsScreen = lazy(() => import('./features/insights/InsightsScreen'));
const ProblemsRoutes = lazy(() => import('./features/problems/ProblemsRoutes'));
const CommitmentsScreen = lazy(() => import('./features/commitments/CommitmentsScreen'));

/** Which screen a path shows, depending on whether someone is signed in. */
function Screen() {
  const { me, unreachable, retry } = useSession();
  const { path } = useLocation();

  if (unreachable) {
    return (
      <Page title={t('common.unreachableTitle')}>
        <p>{t('common.unreachable')}</p>
        <button type="button" className="primary" onClick={retry}>
          {t('common.tryAgain')}
        </button>
      </Page>
    );
  }
  if (me === undefined) return <Loading />;

  const join = path.match(/^\/join\/([\w-]{16,100})$/);
  if (join?.[1]) return <JoinLinkScreen token={join[1]} />;
  if (path === '/reset-password') return <ResetPasswordScreen />;
  const unsubscribe = path.match(/^\/unsubscribe\/([\w.-]{10,200})$/);
  if (unsubscribe?.[1]) return <UnsubscribeScreen token={unsubscribe[1]} />;

  if (!me) {
    switch (path) {
      case '/':
        return <WelcomeScreen />;
      case '/sign-up':
        return <SignUpScreen />;
      case '/sign-in':
        return <SignInScreen />;
      case '/forgot-password':
        return <ForgotPasswordScreen />;
      case '/safety':
        return <Safety />;
      default:
        return <Redirect to={`/sign-in?next=${encodeURIComponent(path)}`} />;
    }
  }

  return (
    <PauseProvider>
      <SignedInScreen path={path} />
    </PauseProvider>
  );
}

/** A signed-in person's screens. While a pause is on, both partners see the pause wherever they are. */
function SignedInScreen({ path }: { path: string }) {
  const { search } = useLocation();
  const { pause } = usePause();
  // Settings, support, safety and one's own journal stay reachable during a pause: nobody should be
  // kept from help, or from writing down what they feel.
  if (
    pause &&
    !path.startsWith('/settings') &&
    !path.startsWith('/journal') &&
    !path.startsWith('/support') &&
    path !== '/safety'
  ) {
    return <PauseScreen />;
  }
  const talk = path.match(/^\/talks\/([0-9a-f-]{36})$/);
  if (talk?.[1]) {
    return (
      <Suspense fallback={<Loading />}>
        <TalkScreen talkId={talk[1]} />
      </Suspense>
    );
  }

  if (path === '/repair' || path.startsWith('/repair/') || path.startsWith('/after-fight/')) {
    return (
      <Suspense fallback={<Loading />}>
        <RepairRoutes path={path} />
      </Suspense>
    );
  }
  const ritual = path.match(/^\/rituals\/([0-9a-f-]{36})$/);
  if (ritual?.[1]) {
    return (
      <Suspense fallback={<Loading />}>
        <RitualScreen ritualId={ritual[1]} />
      </Suspense>
    );
  }

  const meeting = path.match(/^\/meetings\/(money|parenting)$/);
  if (meeting?.[1] === 'money' || meeting?.[1] === 'parenting') {
    return (
      <Suspense fallback={<Loading />}>
        <MeetingScreen key={meeting[1]} topic={meeting[1]} />
      </Suspense>
    );
  }

  if (path === '/problems' || path.startsWith('/problems/')) {
    return (
      <Suspense fallback={<Loading />}>
        <ProblemsRoutes path={path} />
      </Suspense>
    );
  }

  const entry = path.match(/^\/journal\/([0-9a-f-]{36})$/);
  if (entry?.[1]) {
    return (
      <Suspense fallback={<Loading />}>
        <EntryScreen entryId={entry[1]} />
      </Suspense>
    );
  }

  switch (path) {
    case '/':
      return <HomeScreen />;
    case '/journal':
      return (
        <Suspense fallback={<Loading />}>
          <JournalScreen />
        </Suspense>
      );
    case '/notes':
      return (
        <Suspense fallback={<Loading />}>
          <NotesScreen />
        </Suspense>
      );
    case '/talks':
      return <TalksScreen />;
    case '/talks/new':
      return <NewTalkScreen />;
    case '/pause':
      return <PauseScreen />;
    case '/pulse':
      return (
        <Suspense fallback={<Loading />}>
          <PulseScreen />
        </Suspense>
      );
    case '/appreciations':
      return (
        <Suspense fallback={<Loading />}>
          <AppreciationsScreen />
        </Suspense>
      );
    case '/wins':
      return (
        <Suspense fallback={<Loading />}>
          <WinsScreen />
        </Suspense>
      );
    case '/agreements':
      return (
        <Suspense fallback={<Loading />}>
          <AgreementsScreen />
        </Suspense>
      );
    case '/rituals':
      return (
        <Suspense fallback={<Loading />}>
          <RitualsScreen />
        </Suspense>
      );
    case '/meetings':
      return (
        <Suspense fallback={<Loading />}>
          <MeetingsScreen />
        </Suspense>
      );
    case '/rituals/new':
      return (
        <Suspense fallback={<Loading />}>
          <NewRitualScreen />
        </Suspense>
      );
    case '/commitments':
      return (
        <Suspense fallback={<Loading />}>
          <CommitmentsScreen />
        </Suspense>
      );
    case '/insights':
      return (
        <Suspense fallback={<Loading />}>
          <InsightsScreen />
        </Suspense>
      );
    case '/pulse/rhythm':
      return <RhythmScreen />;
    case '/start':
      return <StartScreen />;
    case '/invite':
      return <InviteScreen />;
    case '/join':
      return <JoinCodeScreen />;
    case '/settings':
      return <SettingsScreen />;
    case '/settings/sessions':
      return <SessionsScreen />;
    case '/settings/delete':
      return <DeleteAccountScreen />;
    case '/settings/notifications':
      return <NotificationPreferencesScreen />;
    case '/notifications':
      return <NotificationsScreen />;
    case '/prepare':
      return (
        <Suspense fallback={<Loading />}>
          <PrepareScreen />
        </Suspense>
      );
    case '/support':
      return <SupportScreen />;
    case '/support/directory':
      return (
        <Suspense fallback={<Loading />}>
          <DirectoryAdminScreen />
        </Suspense>
      );
    case '/safety':
      return <Safety />;
    // Just signed in or up: on to where they were going.
    case '/sign-up':
      return <Redirect to={safeNext(search.get('next')) ?? '/start'} />;
    case '/sign-in':
      return <Redirect to={safeNext(search.get('next')) ?? '/'} />;
    case '/forgot-password':
      return <Redirect to="/" />;
    default:
      return (
        <Page title={t('common.notFoundTitle')}>
          <p>{t('common.notFound')}</p>
          <Link href="/">{t('common.home')}</Link>
        </Page>
      );
  }
}

export function App() {
  const { path } = useLocation();
  return (
    <>
      {/* On support and safety screens, the way out comes before everything else. */}
      {(path === '/safety' || path.startsWith('/support')) && <QuickExit />}
      <a className="skip" href="#main-content">
        {t('common.skip')}
      </a>
      <OfflineBanner />
      <div id="main-content">
        <Screen />
      </div>
    </>
  );
}
