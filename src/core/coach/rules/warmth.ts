import { PRAISE_AFTER_ALWAYS, PRAISE_AFTER_NEVER, WARM_WORDS } from '../lexicon/character';
import { oneOf, pattern } from '../pattern';
import { isNegatedBefore, isQuestionAt, notNegated, type Rule, sentenceBefore } from './rule';

/**
 * Warmth: appreciation, repair and requests. These are what the coach hopes to see more
 * of, so they are recognised generously, but never where the words are sarcastic
 * (the analyser drops appreciation that overlaps contempt).
 */

/** "I'm sorry you feel that way" and "sorry, but…" are not apologies. */
const NON_APOLOGY =
  /^\s*(?:,?\s*but\b|(?:that |if )?(?:you|u) (?:feel|felt|think|see it|took it|are|'re|were)\b|if\b|to hear|for your loss)/;

/** Asking about where things stand: "what if we…" is a request, "what happened?" is a question. */
const WH_BEFORE = /\b(?:what|how|where|when|why|who|which)\s*$/;

/** Words that say the talk will resume: "…and come back to this after dinner". */
const WAY_BACK = `(?:come back|pick {it} (?:back )?up|talk (?:later|tonight|tomorrow|after|in|again|when|then)|try again|revisit|continue|return to|get back to|start (?:over|again)|(?:then|and) (?:we can |we'?ll )?talk|finish {it})`;

export const warmthRules: Rule[] = [
  {
    // Thanks and noticing what the partner did.
    label: 'appreciation',
    pattern: pattern(
      String.raw`\b(?:thank (?:you|u)|thanks|thx|ty|cheers for)\b(?! (?:for nothing|a lot,? (?:genius|einstein))| but no)|\bi {very}(?:~appreciate|~love|~adore|~admire|enjoyed|liked|~value|noticed) (?:(?:(?:it when|how(?: \w+){0,2}?|that|the way|what|having|being with|when) )?(?:you|u)\b|{your}\b|(?:the|that|this|those) (?:\w+ ){0,3}?(?:you|u)\b|our\b)|\b{it} (?:really )?(?:meant|means) (?:a lot|so much|the world|everything)\b|\b(?:{im}|i (?:feel|felt|was)) {very}(?:grateful|thankful|appreciative|lucky to have (?:you|u)|proud of (?:you|u)|glad (?:you|u|we)|happy (?:that )?(?:you|u) )|\b(?:great|good|nice|amazing|awesome|brilliant) (?:job|work)(?: (?:on|with|today|tonight)\b|[!.]|\s*$)|\b(?:you|u) (?:make|made) me (?:feel )?{very}(?:happy|loved|safe|smile|laugh|special)\b|\bthat was {very}(?:sweet|kind|thoughtful|lovely|generous|nice) of (?:you|u)\b|\bwhat a (?:lovely|sweet|thoughtful|kind) (?:surprise|gift|note|idea|thing|gesture)\b|\b{youre} (?:the best|a keeper|a gem|a star|my hero|my rock|a lifesaver)\b|\blucky to have (?:you|u)\b|\bi love (?:you|u)\b`,
    ),
    // "The boss said I did a good job" is praise reported from elsewhere, not given to the partner.
    accept: (reading, start) =>
      notNegated(reading, start) && !/\b(?:said|says|told)\b/.test(sentenceBefore(reading, start)),
  },
  {
    // "You were amazing with the kids tonight", "You're so patient", "You did a great job".
    label: 'appreciation',
    pattern: pattern(
      String.raw`\b(?:you|u)(?:'re|'ve been| (?:were|are|looked|look|have been|did|r)) {very}(?:an? )?(?:${oneOf(WARM_WORDS)}|(?:great|good|amazing) job|well)\b`,
    ),
    accept: (reading, start) =>
      notNegated(reading, start) &&
      !/\b(?:because|cause|cuz|as if|like|sure|right)\W*$/.test(sentenceBefore(reading, start)),
  },
  {
    // "You always know how to cheer me up", "You never let me down".
    label: 'appreciation',
    pattern: pattern(
      String.raw`\b(?:you|u) (?:(?:always|constantly|consistently) (?:(?:so|really|just|manage to|seem to) )*(?:${oneOf(PRAISE_AFTER_ALWAYS)}|${oneOf(WARM_WORDS)})|never (?:(?:ever|once|even) )*${oneOf(PRAISE_AFTER_NEVER)})`,
    ),
    accept: notNegated,
  },
  {
    // Apology and taking responsibility.
    label: 'repair',
    pattern: pattern(
      String.raw`\b{im} {very}sorry\b|\bsorry (?:about|for|i|that i|,? i)\b|^\s*sorry\b|(?<!\bbe )\bsorry(?=[.!\s]*$)|\bi apologi[sz]e\b|\bmy apologies\b|\bi owe (?:you|u) an apology\b|\bforgive me\b|\bmy (?:bad|mistake)\b|(?<!\bnot (?:\w+ )?)\b(?:{its}|it was|{thats}|that was|this is) (?:all |completely )?(?:my fault|on me)\b|\bi was (?:wrong|out of line|unfair|harsh|short|rude|mean|a jerk)\b|\bi (?:messed|screwed) (?:it |that |this )?up\b|\bi shouldn'?t have\b|\bi should(?:'ve| have) (?:listened|called|asked|told|been|checked|waited)\b|\bi own (?:my part|that|it|this|what i)\b|\bi take (?:full )?(?:responsibility|the blame)\b|\b(?:you'?re|you are) right,? i\b|\bi {didnt} mean (?:to|it|that)\b|\bthat came out (?:wrong|badly|harsher|meaner|worse)\b|\b(?:let me|(?:can|could) (?:we|i)) (?:rephrase|try (?:that |this )?again|start (?:over|again)|say (?:that|it) (?:again|better|differently)|have a do-?over|take (?:that|it) back)\b|\bi take (?:that|it) back\b|\bwe'?re (?:on the same team|in this together)\b|\bi (?:want|'d like) to (?:understand|hear you|work this out|fix this|make (?:this|it) right|make it up to you)\b|\blet'?s (?:figure|work) (?:this|it) out\b|\bi {dont} want to fight\b|\b{im} listening\b|\bi'?ll do better\b`,
    ),
    accept: (reading, start, end) => {
      if (isNegatedBefore(reading, start)) return false;
      return !(reading.norm.endsWith('sorry', end) && NON_APOLOGY.test(reading.norm.slice(end, end + 30)));
    },
  },
  {
    // A pause with a way back: "Can we pick this up in 20 minutes?", "Let's take ten minutes and try again."
    label: 'repair',
    pattern: pattern(
      String.raw`\b(?:let'?s|can we|could we|shall we|we should|maybe we|how about we|i'?d like|i need|{im} (?:going to|gonna)|can i|could i|i want to)\b[^.!?]{0,40}?\b(?:pause|take (?:five|ten|a few|a minute|a moment|a sec)|cool (?:off|down)|calm down|breathe|minutes?|hour|moment|step (?:away|back)|time ?out|breather|break|space|walk|time)\b[^.!?]{0,60}?\b${WAY_BACK}\b|\b(?:(?:can|could|shall) we (?:please )?|let'?s )(?:pick {it} (?:back )?up|come back to {it}|revisit {it}|talk (?:about (?:this|it) )?(?:later|tonight|tomorrow|after|in \w+)|continue (?:this|later)|pause)\b|\b(?:pick {it} (?:back )?up|come back to {it}|revisit {it}) (?:later|tonight|tomorrow|after|in|when|once|on|at|this)\b|\blet'?s (?:take a (?:break|breather|pause|beat)|try (?:that |this )?again|start over|both (?:calm|cool) down)\b`,
    ),
    accept: notNegated,
  },
  {
    // Requests the partner may decline: "Could we eat together on Friday?", "Would you be open to…?"
    label: 'request',
    pattern: pattern(
      String.raw`\b(?:could|can|would|will) (?:we|you|u)\b(?! (?:ever|even|just stop|be any|not|believe|imagine|seriously|honestly|really not|tell me (?:more|about|what|how)|(?:please )?stop being|possibly be|for once))|\bwould (?:it be|you be) (?:ok|okay|alright|all right|possible|willing|open)\b`,
    ),
    accept: (reading, start) =>
      isQuestionAt(reading, start) &&
      notNegated(reading, start) &&
      !WH_BEFORE.test(sentenceBefore(reading, start)),
  },
  {
    // Asks in statement form: "Maybe we could cook on Sunday", "I'd like us to plan a date".
    label: 'request',
    pattern: pattern(
      String.raw`\b(?:would you be (?:willing|open|up for)|are you (?:open|willing|up for|free)|how would you feel about|would you mind|do you (?:want|wanna) to|would you like to|maybe (?:we|you) could|we could (?:try|maybe|always)|how about (?:we|you|if)|what if we|is it (?:ok|okay|alright|possible) if|i'?d (?:like|love) (?:it )?(?:if )?(?:for )?(?:us|you|u|we) (?:to|could)|i would (?:like|love) (?:for )?(?:us|you) to|i'?d (?:really )?(?:like|love|appreciate) it if (?:you|we)|it would (?:mean a lot|help) if (?:you|we)|please (?:let|call|text|tell|help|come|try|remember|join|bring|pick|check|book)|let'?s (?:go|plan|have|do|eat|make|book|schedule|cook|watch|spend|walk|visit|meet))\b`,
    ),
    accept: (reading, start) => notNegated(reading, start) && !WH_BEFORE.test(sentenceBefore(reading, start)),
  },
];
