import type { CoachLabel } from '../labels';
import {
  clauseBefore,
  isQuestionAt,
  type Reading,
  sentenceAfter,
  sentenceBefore,
  wordsBefore,
} from '../reading';

/** One way a label can show up in a message. */
export interface Rule {
  label: CoachLabel;
  /** Matched against the normalised text; the rulebook tries each branch only where its first words occur. */
  pattern: RegExp;
  /** A match counts only if this agrees; it sees the whole message. */
  accept?: (reading: Reading, start: number, end: number) => boolean;
  /**
   * Whether the rule also counts inside speech the writer is quoting ("he said 'you're useless'").
   * Only harm and threats do: the writer is reporting them, not saying them to the partner.
   */
  readsReported?: boolean;
}

/** Words that turn what follows around: "I'm not saying you're lazy", "you're not useless". */
const NEGATOR =
  /^(?:not|never|no|nobody|hardly|t|(?:do|does|did|ca|wo|is|was|are|were|have|has|should|would|could|ai)nt)$/;

/** The common accept check: the match is not turned round by a "not" just before it. */
export function notNegated(reading: Reading, start: number): boolean {
  return !isNegatedBefore(reading, start);
}

export function isNegatedBefore(reading: Reading, at: number): boolean {
  const words = wordsBefore(reading, at, 4, true);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (NEGATOR.test(word)) return true;
    if (word === 'stop' && (words[i + 1] === 'saying' || words[i + 1] === 'calling')) return true;
  }
  return false;
}

/**
 * Frames that turn a sentence about the partner into the writer's belief or a reflection:
 * "I feel like you don't want to be here", "It sounds like you felt alone". Inside them
 * a "you never…" is not a charge the writer is laying. Each entry is the last words
 * before the match.
 */
const BELIEF_FRAMES = new Set([
  ...['feel', 'feels', 'feeling', 'felt'].flatMap((f) =>
    ['', ' like', ' that', ' as if', ' as though'].map((t) => f + t),
  ),
  ...['sounds', 'sound', 'seems', 'seem'].flatMap((f) => ['', ' like', ' that', ' as if'].map((t) => f + t)),
  ...[
    'hearing',
    'hearing is',
    'hear',
    'hear you say',
    'hear you saying',
    'saying',
    'worried',
    'afraid',
  ].flatMap((f) => [f, `${f} that`]),
  ...[
    'wonder',
    'wonder if',
    'wonder whether',
    'if',
    'when',
    'whenever',
    'unless',
    'pretend',
    'pretend that',
    'sure',
  ],
  ...[
    'i know',
    'know that',
    'i understand',
    'can understand',
    'understand that',
    'understand why',
    'i get',
    'get that',
    'get why',
  ],
]);

export function isInBeliefFrame(reading: Reading, at: number): boolean {
  const words = wordsBefore(reading, at, 3, true);
  for (let k = 1; k <= words.length; k++) {
    if (BELIEF_FRAMES.has(words.slice(words.length - k).join(' '))) return true;
  }
  return false;
}

/** True when nothing but filler ("oh", "well", "just", "and") stands between the clause start and `at`. */
const FILLER_ONLY =
  /^[\s"'(*-]*(?:(?:oh|ugh|well|just|and|so|ok|okay|now|look|listen|honestly|seriously|right|fine|yeah|yes|no|k|god|then|also|but|babe|hey|please|actually)[\s,.!]*)*$/;

export function startsClause(reading: Reading, at: number): boolean {
  return FILLER_ONLY.test(clauseBefore(reading, at));
}

export function startsSentence(reading: Reading, at: number): boolean {
  return FILLER_ONLY.test(sentenceBefore(reading, at));
}

/** True when the rest of the clause after `at` is empty (punctuation aside). */
export function endsClause(reading: Reading, at: number): boolean {
  return /^[\s"')*]*(?:[.!?,;:\n…-]|$)/.test(sentenceAfter(reading, at));
}

export { clauseBefore, isQuestionAt, sentenceAfter, sentenceBefore };
