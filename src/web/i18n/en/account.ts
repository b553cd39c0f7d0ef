/** Accounts, settings and the words every screen shares. */
export const account = {
  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.home': 'Go home',
  'common.email': 'Email',
  'common.password': 'Password',
  'common.loading': 'Loading…',
  'common.skip': 'Skip to content',
  'common.error': 'Something went wrong on our side. Please try again in a moment.',
  'common.offline':
    'You’re offline. What you see may be out of date, and changes will wait for a connection.',
  'common.offlineAction': 'This needs a connection. Check that you’re online and try again.',
  'common.unreachableTitle': 'Tend can’t be reached',
  'common.unreachable':
    'Your phone may be offline, or the server may be down for a moment. Nothing you wrote is lost.',
  'common.tryAgain': 'Try again',
  'common.notFoundTitle': 'Nothing here',
  'common.notFound': 'This page doesn’t exist. The link may be old or mistyped.',
  'common.disclaimer':
    'Tend is a self-help tool for couples. It is not therapy and not medical advice, and it can’t replace a qualified professional. If you are in danger, call your local emergency number.',

  'welcome.title': 'Tend',
  'welcome.lead': 'Small steps, taken together, to find your way back to each other.',
  'welcome.body':
    'When closeness has faded, big conversations can feel out of reach. Tend turns what couples therapists teach into small, gentle steps you can take on your phones.',
  'welcome.pointPrivate': 'What you write is yours. Your partner sees only what you choose to share.',
  'welcome.pointAlone': 'You can start on your own. Your partner can join whenever they’re ready.',
  'welcome.pointSmall': 'A few minutes a day: no scores, no streaks, no pressure.',
  'welcome.signUp': 'Create an account',
  'welcome.signIn': 'Sign in',

  'signUp.title': 'Create your account',
  'signUp.name': 'Your name',
  'signUp.nameHint': 'The name your partner will see.',
  'signUp.passwordHint': 'At least {min} characters. A few words strung together are easy to remember.',
  'signUp.submit': 'Create account',
  'signUp.busy': 'Creating your account…',
  'signUp.haveAccount': 'Already have an account?',

  'signIn.title': 'Welcome back',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in…',
  'signIn.forgot': 'Forgot your password?',
  'signIn.noAccount': 'New to Tend?',

  'forgot.title': 'Choose a new password',
  'forgot.intro': 'Tell us the email you signed up with, and we’ll send a link to choose a new password.',
  'forgot.submit': 'Send the link',
  'forgot.sent':
    'If an account uses this email, a link is on its way. It works once, for an hour. Check your spam folder if it doesn’t arrive.',

  'reset.title': 'Choose a new password',
  'reset.password': 'New password',
  'reset.submit': 'Save new password',
  'reset.done':
    'Your new password is saved, and every device was signed out. Sign in with your new password.',
  'reset.noToken': 'This page needs the link from the email we sent you.',
  'reset.askAgain': 'Ask for a new link',

  'settings.title': 'Settings',
  'settings.profile': 'About you',
  'settings.timeZone': 'Time zone',
  'settings.timeZoneHint': 'Reminders and days follow this time zone.',
  'settings.language': 'Language',
  'settings.save': 'Save',
  'settings.saved': 'Saved.',
  'settings.space': 'Your space',
  'settings.sharedWith': 'You share this space with {name}.',
  'settings.spaceAlone': 'You’re in this space on your own.',
  'settings.leave': 'Leave this space',
  'settings.leaveExplain':
    'If you leave, {name} keeps the space and what you shared there. Your private things come with you. You can start again or be invited back.',
  'settings.leaveExplainAlone':
    'If you leave, this space closes. Your private things stay with your account.',
  'settings.leaveConfirm': 'Yes, leave',
  'settings.account': 'Account',
  'settings.signedInAs': 'Signed in as {email}.',
  'settings.signOut': 'Sign out',
  'settings.notifications': 'Notifications',

  'sessions.title': 'Devices',
  'sessions.intro': 'These are the devices signed in to your account. Sign out any you don’t recognise.',
  'sessions.thisDevice': 'This device',
  'sessions.since': 'Signed in {date}',
  'sessions.signOut': 'Sign out',
  'sessions.signOutNamed': 'Sign out {device}',
  'sessions.signOutOthers': 'Sign out all other devices',
  'sessions.ended': 'That device is signed out.',
  'sessions.endedOthers': 'Every other device is signed out.',
};
