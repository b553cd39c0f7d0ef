import { pattern } from '../pattern';
import type { Reading } from '../reading';
import { isQuestionAt, notNegated, type Rule, sentenceBefore, startsClause, startsSentence } from './rule';

/**
 * Demand: an order or ultimatum the partner may not decline. Advice about a third thing
 * ("you should try the soup") and reassurance ("you must be tired") are not demands, and
 * a question ("will you call me?") is a request.
 */

/** What follows "you need to / have to / must" in advice or sympathy rather than an order. */
const NOT_AN_ORDER = String.raw`(?:try|see|watch|check (?:out|this)|read|listen to|hear|visit|taste|meet|look at|rest|relax|sleep|take (?:care|it easy)|treat yourself|know|believe|feel|be {very}(?:tired|exhausted|proud|hungry|kidding|joking|sick|stressed|excited|careful|kind to yourself|sorry|fine|okay|ok|great)|get some|eat something|go to bed|forgive yourself|have (?:some|a)|drink|regret|pay for|love|like|enjoy|need|want|laugh|cry|miss)\b`;

/** Orders that stand on their own at the start of a sentence: "Get rid of that friend." */
const STRONG_IMPERATIVE = String.raw`(?:get rid of|stop (?!being\b|acting\b|attacking|blaming|accusing|nagging|critici)(?:\w+ing|{it}|seeing|talking to)|quit (?:\w+ing|{it}|your|the)|cut (?:it out|{them} off)|give me (?:your|the|back|that|my)|hand over|delete (?:\w+ )?(?:{it}|{them}|your|the|those|his)|unfollow|block {them}|cancel (?:{it}|your|the)|shut (?:up|it)|{dont} (?:you )?(?:dare|ever )|never (?:talk|speak|call|text|see|do|say|go|come|touch) |break up with|end it with|choose (?:me|now)|make up your mind|hurry (?:it )?up|explain yourself|answer me|listen to me|tell me (?:where|who|why|now|the truth|everything)|get (?:off|out|back|home|over here|your (?:act|stuff|things))|pack your|do (?:it|as i say|what i (?:say|told you)|as you'?re told)|fix {it}|pay me back|be home (?:by|at|before|now)|come (?:home|here|back) (?:now|right now|immediately)|(?:clean|tidy) (?:{it}|up|your)|wash (?:the|your)|take (?:out the|{it} (?:back|out))|throw {it} (?:out|away)|pick (?:it |that |this )?up|put (?:{it}|the|your) (?:\w+ )?(?:away|down|back)|turn (?:{it}|the) (?:\w+ )?(?:off|down))`;

/** Time pressure that turns a plain instruction into an order: "…before I get back", "…right now". */
const PRESSURE = String.raw`\b(?:now|right now|immediately|at once|this (?:instant|minute)|before i|by (?:the time|\d|tonight|tomorrow|noon|six|seven|eight|nine|ten|midnight)|asap|or else|tonight|today|every (?:day|night|morning|evening|week|time)|at all times|no excuses|and {thats} final)\b`;

function isOrder(reading: Reading, start: number): boolean {
  return startsSentence(reading, start) && !isQuestionAt(reading, start);
}

function isPolite(reading: Reading, start: number): boolean {
  return /\b(?:please|could you|can you|would you|let'?s|maybe|if you can)\b/.test(
    sentenceBefore(reading, start),
  );
}

export const demandRules: Rule[] = [
  {
    // "You will call me every night at ten." / "You'll do it tonight."
    label: 'demand',
    pattern: pattern(
      String.raw`\b{youll} (?!(?:love|like|enjoy|see|be (?:fine|okay|ok|great|alright|sorry|amazing|happy|glad)|do (?:great|fine|well|amazing|good)|get (?:there|through|it|used)|make it|find|feel|regret|pay|thank me|never (?:guess|believe))\b)(?:(?:always|never|now|also|just) )?(?:call|text|phone|tell|come|be (?:home|back|here|there|ready|on time)|stop|quit|do|clean|pay|give|get rid|apologi[sz]e|answer|ask|cancel|delete|block|drop|leave|stay|go|show|send|share|wash|cook|pick|take|put|start|listen|respect|obey|change|spend|move|sell|end|break|cut|let me|keep|wear|lose|not|never)\b`,
    ),
    accept: (reading, start) => startsClause(reading, start) && !isQuestionAt(reading, start),
  },
  {
    // "You need to quit that hobby", "You must tell me", "You'd better be home".
    label: 'demand',
    pattern: pattern(
      String.raw`\b{you}(?:'d better|'ve got to|'re going to|'re gonna| (?:(?:really|seriously|absolutely|just|honestly) )?(?:must|have to|need to|(?:have )?got to|gotta|had better|better|are going to|are gonna))(?: not| never)? (?!${NOT_AN_ORDER}){w}`,
    ),
    accept: (reading, start) =>
      startsClause(reading, start) && !isQuestionAt(reading, start) && notNegated(reading, start),
  },
  {
    // "You should stop seeing her", "You shouldn't go out with them anymore".
    label: 'demand',
    pattern: pattern(
      String.raw`\b{you} (?:should|ought to|shouldn'?t|should not) (?:really |just )?(?:stop|quit|get rid|cut|drop|delete|unfollow|block|never|break up|end (?:it|things)|leave (?:{them}|that)|not (?:see|talk|go|text|call))\b`,
    ),
    accept: (reading, start) => startsClause(reading, start) && !isQuestionAt(reading, start),
  },
  {
    // Orders at the start of a sentence.
    label: 'demand',
    pattern: pattern(String.raw`\b${STRONG_IMPERATIVE}`),
    accept: (reading, start) => isOrder(reading, start) && !isPolite(reading, start),
  },
  {
    // Plain instructions made into orders by time pressure: "Call me the second you land or else".
    label: 'demand',
    pattern: pattern(
      String.raw`\b(?:call|text|phone|answer|come|go|be|do|finish|pay|fix|tell|bring|take|throw|send|apologi[sz]e|explain|move|cook|wash|clean|tidy|make|sort|empty|fold|help)\b[^.!?]{0,60}?${PRESSURE}`,
    ),
    accept: (reading, start) => isOrder(reading, start) && !isPolite(reading, start),
  },
  {
    // Ultimatums: "If you don't stop, I'm leaving." / "…or we're done." / "It's me or her."
    label: 'demand',
    pattern: pattern(
      String.raw`\b(?:if {you} (?:{dont}|{wont}|{cant}|ever|keep|go|leave|see|talk|call|text|do|say|even)\b[^.!?]{0,80}?|\bor )\b(?:{im}|{ill}|we'?re|we are|{its}|i swear i'?ll)(?: so| just)? (?:leaving|gone|done|out|through|over|finished|moving out|leave|divorc\w+|break(?:ing)? up|end(?:ing)? (?:this|it|things|us)|tak(?:e|ing) the kids|kick(?:ing)? you out|call(?:ing)? a lawyer|pack(?:ing| my))\b|\bor (?:else|you can (?:leave|go|get out|pack)|you'?re out|get out)\b|\b(?:{its}|its) (?:either )?(?:me or (?:{them}|that|the|your|those|it)|(?:{them}|that|the|your) or me)\b|\b(?:this is your|you'?re on your) (?:last|final) (?:chance|warning)\b|\beither\b[^.!?]{1,40}?\bor (?:i|{im}|{ill}|we'?re|we|{its})(?: \w+)? (?:go|leave|walk|leaving|gone|out|done|through|over|me)\b|\bi want (?:you|u) to (?:stop|quit|leave|get rid|delete|cut|never|end|break|unfollow|block|drop)\b|\bi (?:expect|demand|order|insist that) (?:you|u)\b|\bi demand\b|\bi forbid (?:you|u)\b|\bdo (?:as|what) i (?:say|said|tell you|told you)\b|\bbecause i said so\b|\b(?:you'?re|you are) not (?:going|allowed) (?:out|to (?:go|see|talk|leave|spend|buy|have|wear|text|call|use|drive))\b|\bi {dont} want (?:you|u) (?:seeing|talking to|going out|texting|to (?:see|talk to|go out))\b`,
    ),
    accept: (reading, start) =>
      notNegated(reading, start) || /^if/.test(reading.norm.slice(start, start + 2)),
  },
];
