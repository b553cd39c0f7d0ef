/** The notification centre, its preferences and unsubscribing. */
export const notifications = {
  'notifications.title': 'Notifications',
  'notifications.empty': 'Nothing new. Reminders and news from your partner will appear here.',
  'notifications.unread': '{count} new',
  'notifications.noneUnread': 'Nothing unread.',
  'notifications.new': 'New',
  'notifications.markRead': 'Mark as read',
  'notifications.markReadNamed': 'Mark “{title}” as read',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.preferences': 'Choose what Tend sends you',

  'notificationPrefs.title': 'Notifications',
  'notificationPrefs.intro':
    'Choose how Tend lets you know about each thing. Messages on your lock screen and in email never show what anyone wrote.',
  'notificationPrefs.inApp': 'In the app',
  'notificationPrefs.push': 'On your devices',
  'notificationPrefs.email': 'By email',
  'notificationPrefs.channelFor': '{channel}: {kind}',
  'notificationPrefs.saved': 'Saved.',
  'notificationPrefs.quietTitle': 'Quiet hours',
  'notificationPrefs.quietIntro':
    'During quiet hours nothing buzzes and no email goes out; it all waits until they end. The app still shows what’s new. Times follow your time zone, {zone}.',
  'notificationPrefs.quietOn': 'Use quiet hours',
  'notificationPrefs.quietStart': 'From',
  'notificationPrefs.quietEnd': 'Until',
  'notificationPrefs.quietSave': 'Save quiet hours',
  'notificationPrefs.pushTitle': 'Notifications on this device',
  'notificationPrefs.pushIntro':
    'Want a gentle nudge on this device? Your browser will ask whether Tend may send notifications.',
  'notificationPrefs.pushOn': 'Turn on for this device',
  'notificationPrefs.pushOff': 'Turn off for this device',
  'notificationPrefs.pushEnabled': 'This device gets notifications.',
  'notificationPrefs.pushDisabled': 'This device doesn’t get notifications.',
  'notificationPrefs.pushUnsupported':
    'This browser can’t show notifications from Tend. Installing Tend to your home screen may help.',
  'notificationPrefs.pushFailed':
    'This browser couldn’t set up notifications just now. Check your connection and try again later.',
  'notificationPrefs.pushBlocked':
    'Notifications are blocked for Tend in this browser’s settings. You can allow them there if you change your mind.',
  'notificationPrefs.kind.pulse.reminder': 'Check-in reminders',
  'notificationPrefs.kind.ritual.reminder': 'Ritual reminders',
  'notificationPrefs.kind.ritual.proposed': 'Rituals proposed to you',
  'notificationPrefs.kind.pause.return': 'When a pause ends',
  'notificationPrefs.kind.talk.invitation': 'Invitations to talk',
  'notificationPrefs.kind.agreement.review': 'Agreements to look at again',
  'notificationPrefs.kind.plan.review': 'Parenting plan reviews',
  'notificationPrefs.kind.meeting.due': 'Money and parenting meetings',
  'notificationPrefs.kind.experiment.review': 'When something you tried comes to an end',
  'notificationPrefs.kind.appreciation.received': 'Appreciations',
  'notificationPrefs.kind.repair.received': 'Repair attempts',
  'notificationPrefs.kind.summary.weekly': 'Weekly summary',

  'unsubscribe.title': 'Stop these emails',
  'unsubscribe.intro': 'Stop this kind of email from Tend? Everything else stays as it is.',
  'unsubscribe.confirm': 'Stop these emails',
  'unsubscribe.done': 'Done. You won’t get emails about “{kind}” any more.',
  'unsubscribe.settings': 'You can turn them back on, or choose other ways, in Tend’s settings.',
};
