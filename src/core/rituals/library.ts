/**
 * The rituals Tend offers to start from. Each is small on purpose: a few minutes that are easy to
 * keep, with how to do it and a rhythm that suits it. A couple can change the rhythm, or write
 * their own ritual instead.
 */
export interface LibraryRitual {
  id: string;
  title: string;
  how: string;
  minutes: number;
  /** A suggested RFC 5545 rule (RRULE without its name) and local time. */
  rule: string;
  time: string;
}

export const RITUAL_LIBRARY: readonly LibraryRitual[] = [
  {
    id: 'daily-check-in',
    title: 'Daily check-in',
    how: 'Sit down for ten minutes. Each of you says one thing that was heavy today and one that was good. The other listens and asks one question.',
    minutes: 10,
    rule: 'FREQ=DAILY',
    time: '20:30',
  },
  {
    id: 'slow-coffee',
    title: 'Weekly slow coffee',
    how: 'Make coffee or tea and drink it together without rushing. No plans, no logistics: just how you are.',
    minutes: 30,
    rule: 'FREQ=WEEKLY;BYDAY=SA',
    time: '09:30',
  },
  {
    id: 'evening-walk',
    title: '15-minute evening walk',
    how: 'Walk side by side around the block. Phones in pockets. Talk if you like, or just walk.',
    minutes: 15,
    rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    time: '19:00',
  },
  {
    id: 'weekend-breakfast',
    title: 'Weekend breakfast',
    how: 'Cook or fetch breakfast together and eat at the table. Let it take as long as it takes.',
    minutes: 45,
    rule: 'FREQ=WEEKLY;BYDAY=SU',
    time: '10:00',
  },
  {
    id: 'shared-hobby',
    title: 'Shared hobby hour',
    how: 'Pick something you both enjoy, or want to learn, and give it an hour. Taking turns choosing keeps it fair.',
    minutes: 60,
    rule: 'FREQ=WEEKLY;BYDAY=TH',
    time: '19:30',
  },
  {
    id: 'mindful-minutes',
    title: 'Five mindful minutes',
    how: 'Sit near each other and breathe slowly for five minutes. Afterwards, say one word for how you feel.',
    minutes: 5,
    rule: 'FREQ=DAILY',
    time: '07:30',
  },
  {
    id: 'phone-free-dinner',
    title: 'Phone-free dinner',
    how: 'Put both phones in another room before you eat. Ask about something you don’t know yet.',
    minutes: 40,
    rule: 'FREQ=WEEKLY;BYDAY=TU,FR',
    time: '19:00',
  },
  {
    id: 'dinner-appreciation',
    title: 'Appreciation at dinner',
    how: 'Before the meal ends, each of you names one thing you appreciated about the other today. Just say thank you in return.',
    minutes: 5,
    rule: 'FREQ=DAILY',
    time: '19:30',
  },
  {
    id: 'six-second-kiss',
    title: 'Hello and goodbye',
    how: 'When one of you leaves or comes home, stop for a real hug or a slow kiss. A few seconds, every time.',
    minutes: 1,
    rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    time: '08:00',
  },
  {
    id: 'week-ahead',
    title: 'The week ahead',
    how: 'Look at the coming week together. Where are the busy days, and where is there time for the two of you?',
    minutes: 20,
    rule: 'FREQ=WEEKLY;BYDAY=SU',
    time: '18:00',
  },
  {
    id: 'date-night',
    title: 'Date night',
    how: 'Take turns planning an evening out or in. The one who plans keeps it a small surprise.',
    minutes: 120,
    rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    time: '19:30',
  },
  {
    id: 'bedtime-talk',
    title: 'Lights-out talk',
    how: 'Before sleep, lie close and share the best moment of your day, however small.',
    minutes: 5,
    rule: 'FREQ=DAILY',
    time: '22:30',
  },
  {
    id: 'dream-question',
    title: 'A question about dreams',
    how: 'Ask one open question about a hope or a dream: a place, a plan, a wish. Listen without fixing anything.',
    minutes: 15,
    rule: 'FREQ=MONTHLY;BYDAY=1SU',
    time: '17:00',
  },
];

export function findLibraryRitual(id: string): LibraryRitual | null {
  return RITUAL_LIBRARY.find((ritual) => ritual.id === id) ?? null;
}

export const RITUAL_TITLE_MAX_LENGTH = 80;
export const RITUAL_HOW_MAX_LENGTH = 600;
export const RITUAL_MINUTES_MAX = 240;
/** How long before an occurrence a person may ask to be reminded. */
export const REMINDER_LEADS = [0, 5, 10, 15, 30, 60, 120] as const;

/** A ritual's title from longer words (an idea adopted as a ritual): whole words, within the limit. */
export function ritualTitleFrom(words: string): string {
  const text = words.trim().replace(/\s+/g, ' ');
  if (text.length <= RITUAL_TITLE_MAX_LENGTH) return text;
  const cut = text.slice(0, RITUAL_TITLE_MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
