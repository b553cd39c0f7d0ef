import { JUDGEMENT_WORDS, REAL_FEELINGS } from '../lexicon/feelings';
import { oneOf, pattern } from '../pattern';
import type { Reading } from '../reading';
import { notNegated, type Rule, sentenceAfter } from './rule';

/**
 * The three ways people say "I feel": a real feeling (i_statement), a judgement of the
 * partner dressed as a feeling (faux_feeling: "I feel ignored"), and a belief about the
 * partner dressed as a feeling (thought_as_feeling: "I feel like you don't care").
 * "I feel like a walk" is a wish and gets nothing.
 */

/** "I feel", "I felt", "I'm feeling", "I've been feeling", "feeling" at the start of a message. */
const FEEL = String.raw`(?:\bi (?:(?:really|just|kind of|kinda|sort of|sometimes|often|always|still|honestly|also|do|truly|genuinely|actually|even|started to) )*(?:feel|felt)|\b(?:{im}|i was|i'?ve been|i have been|been|i keep|i kept) {very}feeling|^\s*feeling)`;

/** FEEL plus "you make me feel", which blames the partner for the feeling that follows. */
const FEEL_MADE = String.raw`(?:${FEEL}|\b(?:~make|~leave) me feel)`;

/** Intensifiers between "feel" and the word. "like" is deliberately absent: it starts a belief. */
const HOW_MUCH = `{very}(?:(?:more and more|a lot more|much more|more|less|most|somewhat|increasingly|super|terribly|awfully|almost|slightly|a tad) )?`;

const JUDGEMENT = oneOf(JUDGEMENT_WORDS);

/** Pronouns and verbs that start a clause: what follows "I feel like" in a belief ("you don't care"). */
const SUBJECT = `(?:{you}|he|she|they|we|i|it|this|that|there)`;
/** Words that start a belief on their own: "I feel like nobody notices me." */
const ANYONE = String.raw`(?:nobody|no one|noone|everyone|everybody|everything|nothing|people|someone|somebody)\b`;
const VERB = String.raw`(?:'re|'s|'ve|'d|'ll|'m| (?:are|is|am|was|were|have|has|had|will|would|do|does|did|{dont}|doesn'?t|{didnt}|never|always|{cant}|{wont}|should|need|must|just|only|keep|care|think|want|hate|love|prefer|judge|ignore|blame|lie|lied|take|treat|see|expect|resent|avoid|wish|matters?|comes?))\b`;

/** A clause after "I feel like/that/as if": a belief ("you don't care"), not a wish ("a walk"). */
const BELIEF_START = String.raw`(?:${ANYONE}|${SUBJECT}${VERB}|(?:my|your|the|our|this|that) \w+(?: \w+)?${VERB}|all (?:you|i|we))`;

function notAFeelingWish(reading: Reading, _start: number, end: number): boolean {
  // "I feel that way too" is agreement, not a belief.
  return !/^\s*way\b/.test(sentenceAfter(reading, end));
}

/** Real feelings that also describe things ("a close call", "the light"), kept out of looser patterns. */
const AMBIGUOUS = [
  'close',
  'better',
  'light',
  'low',
  'down',
  'flat',
  'heavy',
  'lost',
  'stuck',
  'raw',
  'sore',
  'alone',
  'heard',
  'seen',
  'safe',
  'warm',
  'settled',
  'eager',
  'engaged',
];

export const feelingRules: Rule[] = [
  {
    // "I feel ignored", "I felt so unappreciated", "you make me feel used", "I feel like I'm being ignored".
    label: 'faux_feeling',
    pattern: pattern(
      String.raw`${FEEL_MADE} ${HOW_MUCH}(?:(?:like|that|as if|as though) (?:{im} |i was |i'?ve been |i have been |i get )?${HOW_MUCH}(?:being |getting )?)?(?:\w+ (?:and|or) ${HOW_MUCH})?${JUDGEMENT}\b|${FEEL_MADE} (?:like )?(?:an? |your |the )(?:afterthought|doormat|servant|maid|punching bag|babysitter|option|roommate)\b`,
    ),
  },
  {
    // "I feel like you don't want to be here", "I feel that you lied", "I feel you're judging me".
    label: 'thought_as_feeling',
    pattern: pattern(
      `${FEEL} ${HOW_MUCH}(?:(?:like|that|as if|as though|as tho) (?:maybe |sometimes |deep down |honestly )?${BELIEF_START}|(?:{you}|he|she|they|nobody|no one|everyone)${VERB})`,
    ),
    accept: notAFeelingWish,
  },
  {
    // "I feel anxious when the bills are late", "I felt relieved when you called".
    label: 'i_statement',
    pattern: pattern(String.raw`${FEEL} ${HOW_MUCH}(?:${oneOf(REAL_FEELINGS)})\b`),
    accept: notNegated,
  },
  {
    // "I'm worried about us", "I get overwhelmed when the house is loud", "it makes me sad when…".
    label: 'i_statement',
    pattern: pattern(
      String.raw`\b(?:{im}|i was|i (?:get|got|become|became|grow)|i'?ve been|i have been|{im} (?:getting|starting to (?:get|feel))|i started to (?:get|feel)|(?:it|that|this) (?:~make|~leave|~get) me(?: feel)?) ${HOW_MUCH}(?:${oneOf(REAL_FEELINGS.filter((f) => !AMBIGUOUS.includes(f)))})\b(?= (?:when|whenever|if|about|that|because|cause|since|after|before|around|every|each|as|while|by|lately|recently|today|tonight|this|these|right now|at the moment|thinking|seeing|hearing|knowing|on|at|for|you)\b|\s*[.!,;]|\s*$)`,
    ),
    accept: notNegated,
  },
];
