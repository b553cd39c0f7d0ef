import { WARM_WORDS } from '../lexicon/character';
import { oneOf, pattern } from '../pattern';
import { clauseBefore, isInBeliefFrame, type Rule, sentenceBefore } from './rule';

/**
 * Defensiveness: deflecting instead of hearing. Denials ("it's not my fault"), excuses
 * that hand the blame back ("only because you…"), counter-attacks ("well, you did it
 * first") and telling the partner their feeling is the problem ("you're overreacting").
 */

/** A clause that opens on the partner's own doing: "(well,) you were late…". */
const TURNED_ROUND = pattern(
  String.raw`^\s*(?:(?:well|but|and|yeah|yes|so)[,\s]+)?{you}(?:'re|'ve| are| were| was| did| do| have| had| forgot| said| never| always| left| missed| broke| yelled| lied)\b`,
  '',
);
const WARM = pattern(String.raw`\b(?:${oneOf(WARM_WORDS)}|love)\b`, '');

export const defensivenessRules: Rule[] = [
  {
    // Denial of any part in it.
    label: 'defensiveness',
    pattern: pattern(
      String.raw`\bnot (?:really |even |exactly )?my (?:fault|idea|decision|choice|problem)\b|\b{it} (?:{wasnt}|{isnt}) (?:really |even )?my (?:fault|idea|decision|choice|call|doing|problem)\b|\b{it} was (?:all )?{your} (?:idea|decision|choice|call)\b|\bhow (?:is|was|'s) {it} my fault\b|\bwhy is (?:it|everything) (?:always )?my fault\b|\b{dont} (?:look at|blame|point (?:at|the finger at)) me\b|\b{dont} put {it} on me\b|\b(?:{thats}|{its}|this is) not on me\b|\bi (?:{didnt}|haven'?t|have not|never) (?:do|did|done) anything(?: wrong)?\b|\bit {wasnt} me\b|\b{im} not the (?:one|problem|bad guy)\b|\bi had no (?:other )?(?:choice|option)\b|\bwhat (?:else )?(?:was|am) i (?:supposed|meant) to do\b|\bwhat (?:else )?did {you} expect\b|\bi was (?:only |just )trying to help\b|\bi {cant} help it if\b|\bi (?:never|{didnt}) say that\b|\bi never said that\b|\b{thats} (?:just |simply )?not true\b|\bthat never happened\b|\b(?:it was|i was) (?:only |just )?(?:a joke|joking|kidding)\b|\b{cant} {you} take a joke\b|\blighten up\b|\b{its} not like i\b|\bi (?:already )?(?:did|do|paid|pay|pull|pulled) my (?:part|share|bit|weight)\b|\b(?:stop|quit) (?:attacking|blaming|accusing|criticising|criticizing|nagging) me\b|\bwhy (?:are|do) {you} (?:always )?(?:attack|blame|accuse)(?:ing)? me\b|\b{im} sorry (?:that |if )?{you}(?:'re| (?:feel|felt|see it|took it|are|were|think))\b|\b{im} sorry if {you}\b`,
    ),
  },
  {
    // The partner's feeling made into the problem: "you're overreacting", "way too sensitive".
    label: 'defensiveness',
    pattern: pattern(
      String.raw`\b(?:{youre}|stop|quit) {very}(?:overly |over[- ]?)?(?:react(?:ing)?|sensitive(?! to)|dramatic|emotional|touchy|hysterical|paranoid|irrational|unreasonable|petty|thinking|making (?:{it}|everything|a big deal)|blowing {it}|imagining (?:things|it)|reading (?:way )?too much into|taking (?:it|this|that) (?:the wrong way|(?:too |so )?personally))\b|\bover[- ]?react(?:ing|ed)?\b|\bmaking a (?:big )?(?:deal|fuss|drama|mountain|scene) (?:out of|about|over) (?:nothing|{it})\b|\b(?:{its}|{thats}|this is) not (?:a|that big a|such a) (?:big )?deal\b|\bwhat'?s the big deal\b|\bblowing (?:this|it|that|things|everything) (?:way )?out of proportion\b`,
    ),
    accept: (reading, start) => !isInBeliefFrame(reading, start),
  },
  {
    // Counter-attack: "Yeah, but you…", "You started it", "What about when you…".
    label: 'defensiveness',
    pattern: pattern(
      String.raw`\b(?:yeah|yes|ok|okay|sure|well|fine|right)[,.]? but {you}\b|\b{you} started {it}\b|\b{you} (?:did|do|said|say) (?:(?:it|that) (?:first|too|all the time|as well)|the same(?: thing)?)\b|\bwhat about (?:you|when you|the time you|your|all the times you)\b|\b{youre} (?:one to talk|no better)\b|\blook who'?s talking\b|\bat least i (?:{dont}|{didnt}|do|did|'m|have|tried|bothered|show(?:ed)? up|call(?:ed)?|pay|paid)\b|\b{you} (?:{dont}|never|{didnt}|aren'?t|weren'?t|{cant})\b[^.!?]{0,40}\beither\b`,
    ),
    accept: (reading, start, end) => !WARM.test(reading.norm.slice(start, end + 30)),
  },
  {
    // Turning it round at the end of the clause: "Well, you were late too." / "You did it first."
    label: 'defensiveness',
    pattern: pattern(String.raw`\b(?:too|either|as well|first)(?=\s*(?:[.!]|$))`),
    accept: (reading, start) =>
      TURNED_ROUND.test(clauseBefore(reading, start)) && !WARM.test(sentenceBefore(reading, start)),
  },
  {
    // Excuses that hand blame back: "I only forgot because you distracted me".
    label: 'defensiveness',
    pattern: pattern(
      String.raw`\bi (?:only |just |wouldn'?t have )?(?:forgot|did|said|yelled|snapped|shouted|left|missed|was late|got (?:angry|mad)|lost my temper|reacted|{didnt})\b[^.!?]{0,30}?\b(?:because|cause|cuz|since) {you}\b|\b(?:only|just) because {you}\b|\bif {you} (?:had|hadn'?t|would|wouldn'?t|did|{didnt}|just|weren'?t)\b[^.!?]{0,50}\bi (?:wouldn'?t|would not|'d never|would never)\b|\b{you} made me (?:do {it}|say {it}|yell|shout|snap|lose my temper|late|forget|react|angry|mad)\b|\b{you} (?:drove|pushed) me to {it}\b`,
    ),
    accept: (reading, start) => !/\bif\s*$/.test(sentenceBefore(reading, start)),
  },
];
