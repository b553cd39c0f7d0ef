/** Support and the private safety flow. */
export const safety = {
  'support.title': 'Support',
  'support.lead':
    'Tend can help two people practise talking and listening. Sometimes you need more than an app, and that is nothing to be ashamed of.',
  'support.private': 'Nothing about this page is shown or sent to your partner.',
  'support.dangerTitle': 'If you are in danger',
  'support.danger':
    'If you are in danger right now, call your local emergency number. The “I don’t feel safe” page lists the number for your country and helplines you can call or text.',
  'support.toSafety': 'I don’t feel safe',
  'support.whenTitle': 'When couples counselling may help',
  'support.when1': 'The same arguments keep coming back, and talking on your own hasn’t shifted them.',
  'support.when2': 'Trust has been broken, for example by an affair, and you both want to rebuild it.',
  'support.when3': 'You feel far apart or lonely together, and you both want to find your way back.',
  'support.when4':
    'A big change, such as a baby, an illness, a move or a loss, has shaken how you are together.',
  'support.chooseTitle': 'Choosing a counsellor',
  'support.choose1':
    'Training: look for someone accredited by a recognised professional body, with training in working with couples, not only with one person.',
  'support.choose2':
    'Method: ask how they work and what a typical session looks like. A good counsellor can explain their approach in plain words.',
  'support.choose3':
    'Fees: ask about the cost per session, how long sessions last and the cancellation rules before you book.',
  'support.choose4':
    'Fit: use the first session to see whether you both feel heard and respected. It is fine to try someone else if it doesn’t feel right.',
  'support.directories':
    'Tend doesn’t list counselling directories for any country yet. The professional bodies for counsellors and psychotherapists where you live usually keep a register you can search.',
  'support.abuseTitle': 'When there is abuse or fear',
  'support.abuse':
    'If your partner hurts, threatens, controls or frightens you, couples counselling is not the right place to start. Sitting in a session together can make things more dangerous afterwards, and domestic-abuse advocates such as the US National Domestic Violence Hotline advise against it while abuse is going on. Support of your own, from an advocate or a counsellor who sees only you, is safer.',
  'support.markedTitle': 'Support for you on your own',
  'support.marked':
    'You marked that you don’t feel safe, so Tend isn’t suggesting couples counselling. An advocate or a counsellor who sees only you can help you think about what you want and how to stay safe.',
  'support.notTherapy': 'Tend is not therapy, counselling or medical advice, and it can’t replace them.',

  'safety.entry': 'I don’t feel safe',
  'safety.quickExit': 'Leave now',
  'safety.quickExitHint': '(or press Escape three times)',
  'safety.title': 'Help',
  'safety.checkQuestion': 'Is it safe to look at this now?',
  'safety.checkBody':
    'If someone could see your screen or walk in, you can leave straight away with “Leave now”, or press Escape three times.',
  'safety.checkYes': 'Yes, it’s safe',
  'safety.checkNo': 'No, leave now',
  'safety.helpLead': 'You deserve to feel safe. Here is who you can reach, starting with help right now.',
  'safety.country': 'Country',
  'safety.chooseCountry': 'Choose a country',
  'safety.countryNote': 'Your choice stays on this page only. It isn’t saved or sent anywhere.',
  'safety.chooseFirst': 'Choose your country to see the numbers for it.',
  'safety.noCountry':
    'If your country isn’t in the list, Tend hasn’t checked its numbers yet. Your local emergency number is still the fastest way to get help in danger.',
  'safety.dangerTitle': 'If you are in danger now',
  'safety.call': 'Call',
  'safety.alsoWorks': 'Also works:',
  'safety.silentTitle': 'If you can’t speak',
  'safety.silentCall': 'A silent emergency call',
  'safety.emergencyText': 'Texting the emergency number ({number})',
  'safety.textNumber': 'Text {number}.',
  'safety.textKeyword': 'Text {keyword} to {number}.',
  'safety.whatsapp': 'WhatsApp {number}.',
  'safety.chat': 'Chat online',
  'safety.abuseTitle': 'Help with abuse at home',
  'safety.crisisTitle': 'If you are in crisis or thinking about suicide',
  'safety.otherTitle': 'More help',
  'safety.noneListed': 'No checked line is listed for this country yet.',
  'safety.phone': 'Call',
  'safety.free': 'free',
  'safety.tty': 'Text phone (TTY): {number}',
  'safety.website': 'Website of {name}',
  'safety.source': 'Source: {sources}.',
  'safety.checked': 'Last checked {date}.',
  'safety.unconfirmed': 'Not yet confirmed with the service itself; please check before relying on it.',
  'safety.advocateTitle': 'Talking to an advocate',
  'safety.advocateBody':
    'The abuse helplines above are answered by trained advocates. You can call just to talk things through; you don’t have to give your name or decide anything. They can help you make a safety plan and put you in touch with local services, including someone who can stay with you through the next steps.',
  'safety.concernTitle': 'Talks together',
  'safety.concernBody':
    'If you mark that you don’t feel safe, Tend stops suggesting talks with your partner to you, and points you to support of your own. Your partner isn’t told.',
  'safety.concernOn':
    'You marked that you don’t feel safe. Tend isn’t suggesting talks with your partner to you. Your partner isn’t told.',
  'safety.concernWhere':
    'The mark is kept only in this open tab, not on the server or in the browser’s storage. Reloading or closing the tab clears it.',
  'safety.concernMark': 'Mark that I don’t feel safe',
  'safety.concernClear': 'Clear the mark',
  'safety.tracesTitle': 'What leaving can and can’t hide',
  'safety.tracesTend':
    'Opening this page sends nothing to Tend’s server, makes no notification and leaves nothing your partner can see in Tend.',
  'safety.tracesExit':
    '“Leave now” swaps this page for a weather page, so Back doesn’t bring it up again. It can’t remove pages you opened before, here or in other tabs.',
  'safety.tracesHistory':
    'Your browser’s history may still show that Tend was open, and anyone who knows where to look on this device may find that this page was visited. Helpline websites you open can show up in history too.',
  'safety.tracesPrivate':
    'A private or incognito window keeps no history once closed. It’s safer to open Tend there, or on a device your partner doesn’t use.',
  'safety.tracesPhone': 'Calls and texts to a helpline can show up in your phone’s call and message lists.',
  'safety.toSupport': 'About counselling and other support',
  'safety.backToTend': 'Back to Tend',
  'safety.pausedTitle': 'Talks together are resting',
  'safety.paused':
    'You asked Tend not to suggest talks with your partner for now. Only you see this, and it lasts until you close this tab.',
  'safety.pausedHelp': 'Support for you',
};
