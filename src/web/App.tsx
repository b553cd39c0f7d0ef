import { lazy, type ReactNode, Suspense } from 'react';
import { Loading } from './components/Loading';
import { OfflineBanner } from './components/OfflineBanner';
import { Page } from './components/Page';
import { safeNext } from './features/account/next';
import { SignInScreen } from './features/account/SignInScreen';
import { HomeScreen } from './features/home/HomeScreen';
import { PauseProvider, usePause } from './features/pause/usePause';
import { QuickExit } from './features/safety/QuickExit';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import { t } from './i18n/i18n';
import { Link, Redirect, useLocation } from './router';
import { useSession } from './session';

// The first screen of each visitor is in the main bundle: the home for someone signed in, the
// welcome and sign-in for someone who is not. Every other screen is downloaded when opened, with
// the loading screen meanwhile.
const SignUpScreen = lazy(() => import('./features/account/SignUpScreen'));
const ForgotPasswordScreen = lazy(() => import('./features/account/ForgotPasswordScreen'));
const ResetPasswordScreen = lazy(() => import('./features/account/ResetPasswordScreen'));
const StartScreen = lazy(() => import('./features/space/StartScreen'));
const InviteScreen = lazy(() => import('./features/space/InviteScreen'));
const JoinCodeScreen = lazy(() =>
  import('./features/space/JoinScreen').then((join) => ({ default: join.JoinCodeScreen })),
);
const JoinLinkScreen = lazy(() =>
  import('./features/space/JoinScreen').then((join) => ({ default: join.JoinLinkScreen })),
);
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen'));
const SessionsScreen = lazy(() => import('./features/settings/SessionsScreen'));
const DeleteAccountScreen = lazy(() => import('./features/settings/DeleteAccountScreen'));
const NotificationsScreen = lazy(() => import('./features/notifications/NotificationsScreen'));
const NotificationPreferencesScreen = lazy(
  () => import('./features/notifications/NotificationPreferencesScreen'),
);
const UnsubscribeScreen = lazy(() => import('./features/notifications/UnsubscribeScreen'));
const PauseScreen = lazy(() => import('./features/pause/PauseScreen'));
const TalksScreen = lazy(() => import('./features/talks/TalksScreen'));
const NewTalkScreen = lazy(() => import('./features/talks/NewTalkScreen'));
const TalkScreen = lazy(() => import('./features/talks/TalkScreen'));
// The coach comes only with the screens that use it.
const PrepareScreen = lazy(() => import('./features/coach/PrepareScreen'));
const PulseScreen = lazy(() => import('./features/pulse/PulseScreen'));
const RhythmScreen = lazy(() => import('./features/pulse/RhythmScreen'));
const JournalScreen = lazy(() => import('./features/journal/JournalScreen'));
const EntryScreen = lazy(() => import('./features/journal/EntryScreen'));
const NotesScreen = lazy(() => import('./features/journal/NotesScreen'));
const AppreciationsScreen = lazy(() => import('./features/appreciations/AppreciationsScreen'));
const WinsScreen = lazy(() => import('./features/appreciations/WinsScreen'));
const RepairRoutes = lazy(() => import('./features/repair/RepairRoutes'));
const AgreementsScreen = lazy(() => import('./features/agreements/AgreementsScreen'));
const RitualsScreen = lazy(() => import('./features/rituals/RitualsScreen'));
const NewRitualScreen = lazy(() => import('./features/rituals/NewRitualScreen'));
const RitualScreen = lazy(() => import('./features/rituals/RitualScreen'));
const MeetingsScreen = lazy(() => import('./features/meetings/MeetingsScreen'));
const MeetingScreen = lazy(() => import('./features/meetings/MeetingScreen'));
const InsightsScreen = lazy(() => import('./features/insights/InsightsScreen'));
const ProblemsRoutes = lazy(() => import('./features/problems/ProblemsRoutes'));
const CommitmentsScreen = lazy(() => import('./features/commitments/CommitmentsScreen'));
const SupportScreen = lazy(() => import('./features/support/SupportScreen'));
// Only the few who run the instance open the directory's editor.
const DirectoryAdminScreen = lazy(() => import('./features/support/DirectoryAdminScreen'));
// The safety flow and its resources file come in their own chunk, never cached for offline use.
const SafetyScreen = lazy(() => import('./features/safety/SafetyScreen'));

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

  // While a screen's code is on its way, the loading screen shows.
  const open = openScreen(path);
  if (open) return <Suspense fallback={<Loading />}>{open}</Suspense>;
  if (!me) {
    return (
      <Suspense fallback={<Loading />}>
        <SignedOutScreen path={path} />
      </Suspense>
    );
  }
  // The pause is looked up at once, not once the screen's code has come.
  return (
    <PauseProvider>
      <Suspense fallback={<Loading />}>
        <SignedInScreen path={path} />
      </Suspense>
    </PauseProvider>
  );
}

/** The screens a link someone was sent opens, signed in or not; null for any other path. */
function openScreen(path: string): ReactNode {
  const join = path.match(/^\/join\/([\w-]{16,100})$/);
  if (join?.[1]) return <JoinLinkScreen token={join[1]} />;
  if (path === '/reset-password') return <ResetPasswordScreen />;
  const unsubscribe = path.match(/^\/unsubscribe\/([\w.-]{10,200})$/);
  if (unsubscribe?.[1]) return <UnsubscribeScreen token={unsubscribe[1]} />;
  return null;
}

function SignedOutScreen({ path }: { path: string }) {
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
      return <SafetyScreen />;
    default:
      return <Redirect to={`/sign-in?next=${encodeURIComponent(path)}`} />;
  }
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
    return <TalkScreen talkId={talk[1]} />;
  }

  if (path === '/repair' || path.startsWith('/repair/') || path.startsWith('/after-fight/')) {
    return <RepairRoutes path={path} />;
  }
  const ritual = path.match(/^\/rituals\/([0-9a-f-]{36})$/);
  if (ritual?.[1]) {
    return <RitualScreen ritualId={ritual[1]} />;
  }

  const meeting = path.match(/^\/meetings\/(money|parenting)$/);
  if (meeting?.[1] === 'money' || meeting?.[1] === 'parenting') {
    return <MeetingScreen key={meeting[1]} topic={meeting[1]} />;
  }

  if (path === '/problems' || path.startsWith('/problems/')) {
    return <ProblemsRoutes path={path} />;
  }

  const entry = path.match(/^\/journal\/([0-9a-f-]{36})$/);
  if (entry?.[1]) {
    return <EntryScreen entryId={entry[1]} />;
  }

  switch (path) {
    case '/':
      return <HomeScreen />;
    case '/journal':
      return <JournalScreen />;
    case '/notes':
      return <NotesScreen />;
    case '/talks':
      return <TalksScreen />;
    case '/talks/new':
      return <NewTalkScreen />;
    case '/pause':
      return <PauseScreen />;
    case '/pulse':
      return <PulseScreen />;
    case '/appreciations':
      return <AppreciationsScreen />;
    case '/wins':
      return <WinsScreen />;
    case '/agreements':
      return <AgreementsScreen />;
    case '/rituals':
      return <RitualsScreen />;
    case '/meetings':
      return <MeetingsScreen />;
    case '/rituals/new':
      return <NewRitualScreen />;
    case '/commitments':
      return <CommitmentsScreen />;
    case '/insights':
      return <InsightsScreen />;
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
      return <PrepareScreen />;
    case '/support':
      return <SupportScreen />;
    case '/support/directory':
      return <DirectoryAdminScreen />;
    case '/safety':
      return <SafetyScreen />;
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
