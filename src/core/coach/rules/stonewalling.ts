import { pattern } from '../pattern';
import { endsClause, notNegated, type Rule, startsClause } from './rule';

/**
 * Stonewalling: closing the conversation with no way back. A pause that names when the
 * talk will resume is repair instead; the analyser drops stonewalling when it finds one.
 */

/** Phrases that shut the door only when they stand alone: "Whatever." vs "whatever you need". */
const ALONE = pattern(
  String.raw`\b(?:forget (?:it|about it|this|that|i said anything)|never ?mind|whatever(?: you say| then)?|(?:i )?{dont} care(?: any ?more)?|not now|(?:just )?drop it|{im} (?:so |just )?(?:done|out|through|over it)(?: with (?:this|you|it|us)| talking| (?:of )?here)?|we'?re done(?: here)?|talk to the hand|no comment|k|{dont} bother|go away|this is pointless|there'?s no point|i give up|enough)\b`,
);

const ANYWHERE = pattern(
  String.raw`\b{im} not (?:talking|discussing|doing|having|getting into|going to (?:talk|discuss|argue|do)|gonna (?:talk|discuss|argue|do)|arguing) (?:about |with you about |this with you|to )?(?:{it}|you|with you|this conversation|this again|any of this)\b|\bi {dont} want to (?:talk|discuss|hear|speak) (?:about )?(?:{it}|anything|you|any of (?:it|this)|another word)\b|\bi (?:have|'ve got|got|'ve) nothing (?:more |else |left )?to say(?: to (?:you|u))?\b|\b(?:there'?s|there is) nothing (?:more |else )?to (?:talk|say) about\b|\bleave me alone\b|\bend of (?:discussion|story|conversation)\b|\b(?:this )?conversation(?:'s| is) over\b|\b{dont} (?:talk|speak|text|call) (?:to )?me\b(?! like| that way| in that| again like)|\bstop (?:talking|texting|calling) (?:to )?me\b(?! like| that way| in that)|\b{im} not speaking to (?:you|u)\b|\bsilent treatment\b|\bdo (?:whatever|what) (?:you|u) want\b|\btalk to me when\b|\bi (?:refuse|{wont}) (?:to )?(?:talk|discuss|argue)(?: about)? {it}\b|\bthere'?s no point (?:in )?(?:talking|discussing|trying)\b|\bi {cant} (?:do|deal with|talk about) this (?:any ?more|right now|now)\b|\b{im} (?:walking away|hanging up)\b|\bnot (?:this|doing this) again\b|\b{im} done (?:talking|arguing|listening)\b`,
);

export const stonewallingRules: Rule[] = [
  {
    label: 'stonewalling',
    pattern: ALONE,
    accept: (reading, start, end) => startsClause(reading, start) && endsClause(reading, end),
  },
  {
    label: 'stonewalling',
    pattern: ANYWHERE,
    accept: notNegated,
  },
];
