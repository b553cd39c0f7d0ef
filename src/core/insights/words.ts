import type { Stressor } from '../pulse/days';

/**
 * Tend's English words for insights, shared by the web app and the weekly email. The math returns
 * a key and numbers (`Wording`); this catalogue turns them into sentences. Every finding is worded
 * as something that went together in the person's own days, never as a cause, with the number of
 * days behind it; nothing here blames either partner.
 */

export type WordValue = string | number;
type Values = Readonly<Record<string, WordValue>>;

/** How practices and rituals are named: ritual names belong to the space, so the caller passes them. */
export interface Names {
  rituals: Readonly<Record<string, string>>;
}

const TALKS: Record<string, string> = {
  'check-in': 'a check-in talk',
  stress: 'a talk about stress',
  'state-of-us': 'a state-of-us talk',
  money: 'a talk about money',
  parenting: 'a talk about parenting',
  repair: 'a repair talk',
};

const STRESSORS: Record<Stressor, string> = {
  work: 'work',
  health: 'health',
  money: 'money',
  kids: 'the kids',
  family: 'family',
  sleep: 'sleep',
  other: 'something else',
};

export function practiceName(practice: WordValue, names: Names): string {
  const text = String(practice);
  if (text.startsWith('ritual:')) {
    const name = names.rituals[text.slice('ritual:'.length)];
    return name ? `your ritual “${name}”` : 'a ritual';
  }
  if (text.startsWith('talk:')) return TALKS[text.slice('talk:'.length)] ?? 'a talk';
  if (text === 'pause') return 'a pause you came back from on time';
  if (text === 'appreciation') return 'an appreciation from your partner';
  if (text === 'repair') return 'a repair';
  return 'a practice';
}

function stressorName(stressor: WordValue): string {
  return STRESSORS[String(stressor) as Stressor] ?? 'something else';
}

const points = (n: WordValue) => {
  const value = Math.abs(Number(n));
  return `${value} ${value === 1 ? 'point' : 'points'}`;
};
/** "0.4 points higher", "0.4 points lower" or "the same". */
const moved = (n: WordValue) => {
  const value = Number(n);
  return value === 0 ? 'the same' : `${points(value)} ${value > 0 ? 'higher' : 'lower'}`;
};
const days = (n: WordValue) => `${n} ${Number(n) === 1 ? 'day' : 'days'}`;
const times = (n: WordValue) => (Number(n) === 1 ? 'once' : Number(n) === 2 ? 'twice' : `${n} times`);

type Say = (v: Values, names: Names) => string;

export const INSIGHT_WORDS = {
  'helps.higher': (v, n) =>
    `After ${practiceName(v.practice ?? '', n)}, your closeness was ${points(v.difference ?? 0)} higher on average (${days(v.withDays ?? 0)} with it, ${days(v.withoutDays ?? 0)} without; likely between ${v.low} and ${v.high}). They went together in your days; that is not proof that one caused the other.`,
  'helps.lower': (v, n) =>
    `After ${practiceName(v.practice ?? '', n)}, your closeness was ${points(v.difference ?? 0)} lower on average (${days(v.withDays ?? 0)} with it, ${days(v.withoutDays ?? 0)} without). It may simply come on harder days; it is a pattern, not a verdict.`,
  'helps.unclear': (v, n) =>
    `After ${practiceName(v.practice ?? '', n)}, your closeness was ${moved(v.difference ?? 0)} on average (${days(v.withDays ?? 0)} with it, ${days(v.withoutDays ?? 0)} without). That could still be chance: no clear difference so far.`,
  'helps.too-few': (v, n) =>
    `${capital(practiceName(v.practice ?? '', n))}: ${days(v.withDays ?? 0)} with it and ${days(v.withoutDays ?? 0)} without so far. A pattern can show here once there are at least ${v.needed} of each.`,
  'stressor.lower': (v) =>
    `On days you marked ${stressorName(v.stressor ?? '')}, your closeness was ${points(v.difference ?? 0)} lower on average (${days(v.withDays ?? 0)}). Stress from outside often makes closeness harder; that is common, and not anyone's fault.`,
  'stressor.higher': (v) =>
    `On days you marked ${stressorName(v.stressor ?? '')}, your closeness was ${points(v.difference ?? 0)} higher on average (${days(v.withDays ?? 0)}).`,
  'stressor.unclear': (v) =>
    `On days you marked ${stressorName(v.stressor ?? '')}, your closeness was ${moved(v.difference ?? 0)} on average (${days(v.withDays ?? 0)}). That could still be chance: no clear difference so far.`,
  'stressor.too-few': (v) =>
    `You marked ${stressorName(v.stressor ?? '')} on ${days(v.withDays ?? 0)} so far: too few to say anything yet.`,
  'withdrawal.episode': (v) =>
    `A quieter stretch from ${v.first} to ${v.last} (${v.days} check-in ${Number(v.days) === 1 ? 'day' : 'days'}). Noticing it is already a step back towards each other.`,
  'win.closer': (v) => `Your closeness rose this week, from ${v.from} to ${v.to} on average.`,
  'win.repair': (v) => `You two made a repair ${times(v.count ?? 0)} this week.`,
  'win.pause': (v) => `You came back from a pause on time ${times(v.count ?? 0)}.`,
  'win.reflection': (v) => `Your partner felt heard: your reflection was confirmed ${times(v.count ?? 0)}.`,
  'win.ritual': (v) => `You kept a ritual ${times(v.count ?? 0)}.`,
  'win.talk': (v) => `You finished ${v.count} ${Number(v.count) === 1 ? 'talk' : 'talks'} together.`,
  'win.appreciation': (v) =>
    `Your partner appreciated you ${times(v.count ?? 0)}, and you them ${times(v.sent ?? 0)}.`,
  'win.check-ins': (v) => `You checked in on ${days(v.count ?? 0)}.`,
  'helped.this-week': (v, n) =>
    `This week you had ${practiceName(v.practice ?? '', n)}. In your days so far, closeness has tended to be ${points(v.difference ?? 0)} higher after it (${days(v.withDays ?? 0)}).`,
  'helped.overall': (v, n) =>
    `In your days so far, closeness has tended to be ${points(v.difference ?? 0)} higher after ${practiceName(v.practice ?? '', n)} (${days(v.withDays ?? 0)}).`,
  'helped.none-clear': () => 'No practice stands out yet in your days: none shows a clear difference so far.',
  'helped.not-yet': (v) =>
    `What helps shows here once a practice has ${v.needed} days with it and ${v.needed} without.`,
  'suggest.check-in': () =>
    'Want to check in a few times next week? Even a short one keeps you two in touch.',
  'suggest.share-stress': (v) =>
    `${capital(stressorName(v.stressor ?? ''))} weighed on you on several days. Want to tell your partner what would help?`,
  'suggest.try-practice': (v, n) =>
    `Want to make room for ${practiceName(v.practice ?? '', n)} next week? It has gone with closer days for you before.`,
  'suggest.appreciate': () => 'Want to tell your partner one thing you appreciated about them this week?',
  'suggest.notice-moment': () =>
    'Want to notice one small good moment together next week, and say it out loud?',
  'distance.stays-low': () =>
    'Closeness has stayed low for three weeks, even with all you have been trying. Many couples find a counsellor helps at times like this. Want to see where to find support?',
  'distance.falling': () =>
    'Closeness has been falling for three weeks, even with all you have been trying. Many couples find a counsellor helps at times like this. Want to see where to find support?',
} satisfies Record<string, Say>;

export type WordKey = keyof typeof INSIGHT_WORDS;

/** A finding to say: a catalogue key and the numbers it needs. */
export interface Wording {
  key: WordKey;
  values: Values;
}

export function say(wording: Wording, names: Names = { rituals: {} }): string {
  const words: Say = INSIGHT_WORDS[wording.key];
  return words(wording.values, names);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
