import { FLAWS, PRAISE_AFTER_ALWAYS, PRAISE_AFTER_NEVER, WARM_WORDS } from '../lexicon/character';
import { REAL_FEELINGS } from '../lexicon/feelings';
import { anyOf, oneOf, pattern } from '../pattern';
import type { Reading } from '../reading';
import { isInBeliefFrame, notNegated, type Rule, sentenceAfter, sentenceBefore } from './rule';

/**
 * Criticism: a charge against who the partner is ("you're so careless") or a global
 * "always/never" verdict, rather than one moment that could change.
 */

const PRAISE_ALWAYS = pattern(
  String.raw`^\s*(?:(?:so|really|just|such|always|manage to|seem to) )*${oneOf(PRAISE_AFTER_ALWAYS)}`,
  '',
);
const PRAISE_NEVER = pattern(String.raw`^\s*(?:(?:ever|once|even) )*${oneOf(PRAISE_AFTER_NEVER)}`, '');
/** The partner named somewhere earlier in the sentence. */
const SECOND_PERSON = /\b(?:you|u|ya)\b/;
const WARM_BEFORE = /\b(?:love|adore|like|admire|appreciate|thank|grateful|proud|lucky|amazing|glad|miss)\b/;
const WARM_AFTER = pattern(String.raw`\b${oneOf(WARM_WORDS)}\b`, '');

/** Blame aimed at the partner, not praise and not a belief the writer is owning ("I feel like…"). */
function isCharge(reading: Reading, start: number): boolean {
  return !isInBeliefFrame(reading, start) && notNegated(reading, start);
}

function isAbsoluteCharge(reading: Reading, start: number, end: number): boolean {
  if (!isCharge(reading, start)) return false;
  const word = reading.norm.slice(start, end);
  const rest = sentenceAfter(reading, end);
  // "You never know with this weather" is about anyone, not the partner.
  if (/never|n't|not/.test(word))
    return (
      !PRAISE_NEVER.test(rest) && !/^\s*know\b(?! (?:how|what|when|where|why|that) (?:i|we|my))/.test(rest)
    );
  if (PRAISE_ALWAYS.test(rest) || WARM_AFTER.test(rest.slice(0, 40))) return false;
  return !WARM_BEFORE.test(sentenceBefore(reading, start));
}

const ABSOLUTE = `(?:always|never|constantly|continually|forever|keep|kept|never (?:ever|once|even|seem to)|{dont} ever|(?:{cant}|{wont}) ever|always seem to|only ever)`;

/** Feelings after "of course you…": that is validation ("of course you were upset"), not a jab. */
const FEELING_AFTER = String.raw`(?:(?:were|are|felt|feel|would be|'d be|got|get|must be) )?(?:${oneOf(REAL_FEELINGS)}|right)\b`;

export const criticismRules: Rule[] = [
  {
    // "You never help", "You're always on your phone", "You constantly interrupt me".
    label: 'criticism',
    pattern: pattern(
      String.raw`\b{you}(?:'re|'ve| are| r| have)? (?:(?:just|only|literally|honestly|seriously|really) )?${ABSOLUTE}\b`,
    ),
    accept: isAbsoluteCharge,
  },
  {
    // "As usual you forgot", "Typical, you…", "Of course you forgot".
    label: 'criticism',
    pattern: pattern(
      String.raw`\b(?:as usual|like always|as always|typical|yet again|once again|of course|here we go again)[,.!]* {you}(?:'re|'ve|'d|'ll| are| have)? (?!${FEELING_AFTER})`,
    ),
    accept: isCharge,
  },
  {
    // "…you forget every single time", "you do this all the time".
    label: 'criticism',
    pattern: pattern(
      String.raw`\b(?:all the time|every (?:single |damn )?time|24/7|without fail|for once)\b`,
    ),
    accept: (reading, start) => {
      const before = sentenceBefore(reading, start);
      return (
        SECOND_PERSON.test(before) &&
        !WARM_AFTER.test(before) &&
        isCharge(reading, before.search(SECOND_PERSON) + start - before.length)
      );
    },
  },
  {
    // Rhetorical questions that are really verdicts: "Why are you so careless?", "Can't you do anything right?"
    label: 'criticism',
    pattern: pattern(
      String.raw`\bwhy (?:are|r) {you} (?:always |being )?(?:so|such an?) (?!(?:${oneOf(REAL_FEELINGS)}|quiet|sure|sweet|kind|good)\b){w}|\bwhy (?:do|does|{cant}|{wont}|must|would) {you} (?:always|never|ever|have to|just|even bother)\b|\bwhy {cant} {you}\b|\bwhat(?:'s| is) (?:wrong|the matter) with {you}\b|\bwhat(?:'s| is) {your} problem\b|\bhow (?:many times|often) (?:do|must|have) i (?:have to |need to )?(?:tell|ask|remind)\b|\bwould it kill {you} to\b|\bis it (?:too much|so hard|that hard) to\b|\bhow hard is it to\b|\bwhy is it (?:so )?(?:hard|difficult|impossible) for {you} to\b|\b(?:{cant} {you}|{you} (?:{cant}|never)) (?:ever |even )?(?:do|get) (?:anything|one thing) right\b|\b(?:{cant}|can|could|do|will|would) {you} (?:ever|even|for once) (?:just )?(?:do anything|listen|stop|remember|help|think about (?:anyone|me|us)|care|notice|lift a finger|be on time|follow through)\b`,
    ),
    accept: isCharge,
  },
  {
    // "You're completely unreliable", "you are such a slob", "you're being selfish".
    label: 'criticism',
    pattern: pattern(String.raw`\b{youre} {very}(?:the most |an? )?${anyOf(FLAWS)}\b(?! me\b)`),
    accept: isCharge,
  },
  {
    // "Every time I bring it up you change the subject."
    label: 'criticism',
    pattern: pattern(String.raw`\bevery (?:single )?time (?:i|we)\b[^.!?]{0,50}?,? {you}\b`),
    accept: (reading, start, end) =>
      isCharge(reading, start) && !WARM_AFTER.test(sentenceAfter(reading, end)),
  },
  {
    // "You don't care about anyone but yourself", "you never listen", "you're not even trying".
    label: 'criticism',
    pattern: pattern(
      String.raw`\b(?:{you} (?:{dont}|never|{cant}|{wont}) (?:even |really |ever )?|{dont} {you} (?:even |ever )?)(?:care|love me|listen|respect|appreciate|value|support|notice|pay attention|take me seriously|make (?:time|an effort)|give a (?:damn|shit)|bother|try|help (?:out|around)|lift a finger|understand|think (?:about|of) (?:anyone|me|us))\b|\b(?:{youre}|{you} (?:are|r)) (?:not|n'?t) (?:even |really )?(?:trying|listening|helping|making (?:an|any) effort|pulling your weight|there for me)\b|\b{you} aren'?t (?:even |really )?(?:trying|listening|helping|there for me)\b`,
    ),
    accept: isCharge,
  },
  {
    // "You only care about yourself", "all you think about is work", "it's always about you".
    label: 'criticism',
    pattern: pattern(
      String.raw`\b{you} only (?:ever )?(?:care|think|worry) about (?:yourself|urself|your|you)\b|\ball {you} (?:ever )?(?:care about|think about|talk about|do) is\b|\b(?:{its}|everything(?:'s| is)) (?:always |all )?about {you}\b|\b{you} put (?:everyone|everything|your \w+|work|them|her|him)(?: else)? (?:before|ahead of) (?:me|us)\b|\b(?:{its}|this is|{thats}|it was) (?:all |entirely )?{your} fault\b|\b{youre} (?:the (?:reason|problem)|just like {your} (?:mother|father|mom|mum|dad))\b|\b{you} (?:~ruin|~spoil|forget|mess up|break|lose|critici[sz]e|complain about|judge|twist) everything\b|\b{you} (?:do|did) nothing (?:around here|to help|at all|all day)\b|\bwhat kind of (?:person|partner|husband|wife|boyfriend|girlfriend|father|mother|dad|mom|mum|man|woman|adult)\b`,
    ),
    accept: isCharge,
  },
];
