/** Taking one's things away, and deleting one's account. */
export const dataRights = {
  'common.formerPartner': 'a former partner',

  'dataRights.title': 'Your data',
  'dataRights.lead':
    'Everything you wrote, chose and shared is yours to take. Your partner’s private things are never in it.',
  'dataRights.json': 'Download my data',
  'dataRights.jsonHint': 'One file (JSON) with your account, check-ins, journal, talks, notes and more.',
  'dataRights.calendar': 'Download my calendar',
  'dataRights.calendarHint': 'Your scheduled talks as a calendar file (.ics) for any calendar app.',
  'dataRights.delete': 'Delete my account',

  'deleteAccount.title': 'Delete your account',
  'deleteAccount.lead':
    'This can’t be undone. If you want to keep a copy of your things, download your data first.',
  'deleteAccount.goesTitle': 'What goes, for good',
  'deleteAccount.goes':
    'Your account and every device signed in to it, your journal, your check-ins and their notes, your personal needs, repair drafts you never sent, your notifications and settings.',
  'deleteAccount.staysTitle': 'What your partner keeps',
  'deleteAccount.stays':
    'What you shared with them stays part of their history: talks you had together, appreciations and repairs you sent, agreements, wins and notes you shared. They will see you there as “a former partner”.',
  'deleteAccount.staysAlone': 'You don’t share a space with anyone, so nothing stays behind.',
  'deleteAccount.password': 'Your password',
  'deleteAccount.passwordHint': 'To be sure it’s you.',
  'deleteAccount.word': 'Type {word} to confirm',
  'deleteAccount.confirmWord': 'delete',
  'deleteAccount.wordMismatch': 'Type the word exactly as shown, to be sure.',
  'deleteAccount.submit': 'Delete my account for good',
  'deleteAccount.busy': 'Deleting your account…',
  'deleteAccount.keep': 'Keep my account',
};
