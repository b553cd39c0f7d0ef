import type { CoachLabel } from './labels';
import { HIDDEN_FEELINGS, NEED_FOR_FEELING } from './lexicon/feelings';

/**
 * A suggested rewrite in the shape "I feel [feeling] when [situation]. I need [need].
 * Would you be willing to [request]?" It keeps the writer's own words for the situation
 * wherever they can be lifted out, and leaves a bracketed gap where they can't.
 */
export interface CoachSuggestion {
  rewrite: string;
  /** Three to five real feeling words the writer might try. */
  feelings: string[];
}

/** The situation, and what to ask for, lifted from the writer's sentence. */
type Draft = [situation: string, request: string];

const GAP: Draft = ['[what happened]', '[one thing that would help]'];

/** Feelings that often sit under a complaint, chosen by what the complaint is about. */
const TOPIC_FEELINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /kid|child|homework|chore|dish|laundry|house|clean|tidy|cook|bin|mess/,
    'overwhelmed tired frustrated lonely',
  ],
  [/money|bill|spend|budget|card|rent|debt|pay|bank/, 'anxious worried tense uneasy'],
  [
    /late|call|text|phone|door|lock|forg[eo]t|remind|calendar|home/,
    'worried frustrated disappointed anxious',
  ],
  [/listen|interrupt|thank|notice|care|talk|hear/, 'hurt lonely frustrated sad'],
  [/friend|hobby|mother|mum|mom|dad|family|party|work|job/, 'uneasy lonely worried insecure'],
];

const LABEL_FEELINGS: Partial<Record<CoachLabel, string>> = {
  criticism: 'frustrated hurt tired lonely',
  contempt: 'hurt angry frustrated disappointed',
  demand: 'worried anxious uneasy lonely',
};

/** Drops end punctuation, a leading "oh/well/as usual", and a trailing aside like ", honestly". */
function tidy(phrase: string): string {
  return phrase
    .replace(
      /^(?:(?:oh|well|yeah|yes|ugh|honestly|look|and|so|but|as usual|like always|typical|of course|once again)[\s,.!]+)+/i,
      '',
    )
    .replace(/,\s*(?:honestly|seriously|ok|okay|right|again|it'?s a waste)\b.*$/i, '')
    .replace(/[\s.!?;:,"')]+$/, '')
    .replace(/^[\s"'(]+/, '');
}

function criticismDraft(s: string): Draft {
  let m = /\b(?:you|u) (?:never|don'?t ever) help(?: out)?(?: with| around)? (.+)/i.exec(s);
  if (m) return [`I handle ${m[1]} alone`, `help with ${m[1]} [on a day that works for you]`];
  if (/without (?:being|getting) (?:reminded|told|asked)/i.test(s)) {
    return ['I need to remind you', '[take on one thing without a reminder this week]'];
  }
  m =
    /\b(?:you|u)('re| are)? (?:just |literally )?(?:never|don'?t ever|can'?t ever|won'?t ever)(?: even| once)? (.+)/i.exec(
      s,
    );
  if (m)
    return [
      `${m[1] ? "you're not" : "you don't"} ${m[2]}`,
      `${m[1] ? 'be ' : ''}${m[2]} [one specific time this week]`,
    ];
  m = /\b(?:you|u)('re| are)? (?:just |literally )?(?:always|constantly|continually|forever) (.+)/i.exec(s);
  if (m) return [`${m[1] ? "you're" : 'you'} ${m[2]}`, '[try one thing differently next time]'];
  m =
    /\b(?:careless|lazy|selfish|messy|rude|unreliable|thoughtless|irresponsible) (with|about|around) (.+)/i.exec(
      s,
    );
  if (m) return [`[what happened] ${m[1]} ${m[2]}`, `talk with me about ${m[2]} [this week]`];
  return GAP;
}

function demandDraft(s: string): Draft {
  const ask = s
    .replace(/^if (?:you|u) (?:don'?t|do not|won'?t) ([^,]+),.*$/i, '$1')
    .replace(
      /^(?:you|u)(?:'ll| will| must| need to| have to|'d better| better| gotta| are going to|'re going to) /i,
      '',
    )
    .replace(/^(?:i want (?:you|u) to|i expect (?:you|u) to|just) /i, '');
  // Asking to be rid of someone or something stays controlling however it is worded; talk about it instead.
  const control =
    /^(?:get rid of|quit|stop seeing|stop talking to|cut off|break up with|delete|unfollow|block|drop) (.+)$/i.exec(
      ask,
    );
  if (control) return [`I think about ${control[1]}`, `talk with me about ${control[1]}`];
  return ['[what is happening now]', ask.charAt(0).toLowerCase() + ask.slice(1)];
}

function fauxDraft(s: string, judgement: string): Draft {
  const rest = tidy(s.slice(s.toLowerCase().lastIndexOf(judgement) + judgement.length));
  const when = /^(?:when|whenever|every time|if|after|because)\s+(.+)$/i.exec(rest);
  if (when) return [`${when[1]}`, GAP[1]];
  const about = /^(out of|about|over|with|around|during|at|in|on)\s+(.+)$/i.exec(rest);
  if (about) return [`[what happened] ${about[1] === 'out of' ? 'with' : about[1]} ${about[2]}`, GAP[1]];
  return GAP;
}

/**
 * The rewrite for one concern, or undefined for labels that get none (safety never does:
 * the app offers support instead of better wording).
 */
export function suggest(
  label: CoachLabel,
  sentence: string,
  judgement?: string,
): CoachSuggestion | undefined {
  const s = tidy(sentence);
  let draft: Draft;
  if (label === 'criticism') draft = criticismDraft(s);
  else if (label === 'demand') draft = demandDraft(s);
  else if (label === 'faux_feeling' && judgement) draft = fauxDraft(s, judgement);
  else if (label === 'contempt' || label === 'faux_feeling') draft = GAP;
  else return undefined;
  const lower = s.toLowerCase();
  const feelings = (judgement && HIDDEN_FEELINGS[judgement]) || [
    ...(
      (label !== 'contempt' && TOPIC_FEELINGS.find(([topic]) => topic.test(lower))?.[1]) ||
      LABEL_FEELINGS[label] ||
      'hurt sad lonely frustrated'
    ).split(' '),
  ];
  const feeling = feelings[0] ?? 'hurt';
  const [situation, request] = draft;
  return {
    rewrite: `I feel ${feeling} when ${situation}. I need ${NEED_FOR_FEELING[feeling] ?? '[what you need]'}. Would you be willing to ${request}?`,
    feelings: [...feelings],
  };
}
