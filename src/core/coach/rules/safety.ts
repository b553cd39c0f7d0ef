import { pattern } from '../pattern';
import type { Reading } from '../reading';
import { clauseBefore, isNegatedBefore, notNegated, type Rule } from './rule';

/**
 * Safety: physical harm, threats, intimidation, coercive control, self-harm. These rules
 * lean towards noticing: a missed message can matter far more than an extra check-in.
 * They also read quoted speech, because a reported threat is still a threat. Everyday
 * idioms ("this traffic is killing me", "I could kill for a coffee") are left alone.
 */

const VICTIM = `(?:me|us|the (?:kids|children|baby)|my (?:kids|children|son|daughter|baby|face|arms?|neck|throat|head|wrists?|hair|body|legs?|back|chest|stomach|dog|cat|mum|mom|mother)|her|him|them)`;

const HARM = `(?:~push|~shove|~hit|~slap|~punch|~kick|~choke|~strangle|~grab|~beat|~bite|~burn|~pin|~drag|~shake|~smack|~whack|~strike|~attack|~assault|~rape|~restrain|~smother|~stab|~trip|~elbow|~headbutt|~throttle|~threaten|~corner|~bruise|~squeeze|~slam|~force|spat on|~spit on)`;

/** Harm words in a sense that is not violence: "it hit me", "pushed me to apply", "beat me to it". */
const NOT_VIOLENCE =
  /^(?:\s+(?:to (?:\w+)|up\b|away\b|at (?:chess|cards|\w+ing)|in (?:a|the) (?:race|game|argument)|on (?:price|time)|into (?:(?:a|the) )?(?:corner|trying|buying|doing|agreeing|saying)|out of (?:the|a) (?:team|group|chat)|harder\b|through\b|over the (?:line|edge)|with (?:guilt|questions|work|kindness|love|jokes|puns|texts|messages|emails)))/;
const NOT_A_PERSON_BEFORE =
  /\b(?:it|that|this|which|what|life|reality|the (?:news|truth|idea|thought|realisation|realization|traffic|heat|deadline|work|job|sun|cold|baby|dog|cat|puppy|ball)|baby|i|we)\s+(?:\w+\s+)?$/;
const ERRAND =
  /^\s+(?:a|an|some|another) (?:coffee|drink|tea|beer|snack|sandwich|bite|plate|seat|chair|towel|one|bottle|glass|slice|cup)\b/;

function isViolence(reading: Reading, start: number, end: number): boolean {
  if (isNegatedBefore(reading, start)) return false;
  // "Stop attacking me" in an argument is about words, not blows.
  if (/\b(?:stop|quit) $/.test(clauseBefore(reading, start)) && reading.norm.startsWith('attack', start))
    return false;
  if (NOT_A_PERSON_BEFORE.test(clauseBefore(reading, start))) {
    // "I hit my head on the cupboard" is an accident; "I hit him" is still harm.
    const victim = reading.norm.slice(start, end);
    if (
      !/\b(?:her|him|them|the kids|the children|the baby|my (?:kids|children|son|daughter|baby|dog|cat))$/.test(
        victim,
      )
    ) {
      return false;
    }
  }
  const after = reading.norm.slice(end, end + 40);
  // "Forced me to…" is coercion whatever follows; "pushed me to apply" is encouragement.
  if (reading.norm.startsWith('forc', start)) return true;
  return !NOT_VIOLENCE.test(after) && !ERRAND.test(after);
}

/** "He would never hurt me" is reassurance, not a threat. */
function isThreat(reading: Reading, start: number, end: number): boolean {
  return notNegated(reading, start) && !/\b(?:never|not)\b|n'?t\b/.test(reading.norm.slice(start, end));
}

/** Who might threaten the writer. Parents and bosses are left out: "my mum will kill me" is an idiom. */
const THREATENER = `(?:he|she|they|you|u|i|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fianc[eé]e?|spouse))`;

/** Killing words, allowed only with a person as victim and not in the idiomatic progressive. */
const KILL = `(?:~kill|~murder|strangle|stab|shoot|shot|drown|hurt|hit|beat|choke|punch|slap|break)`;

export const safetyRules: Rule[] = [
  {
    // Harm described: "He pushed me against the door", "She slapped me", "threw a plate at me".
    label: 'safety',
    pattern: pattern(
      String.raw`\b${HARM} ${VICTIM}\b|\b~throw [^.!?]{0,30}?\bat (?:me|us|my|the kids|her|him)\b|\bput (?:his|her|their) hands? (?:on|around) (?:me|my)\b|\bhands? around my (?:neck|throat)\b|\b~pull (?:my|her) hair\b|\b~twist my (?:arm|wrist)\b|\b~hold (?:me|her) down\b|\b~lock (?:me|the kids) (?:in|out|up|inside)\b|\b~trap (?:me|us) (?:in|inside)\b|\b~block (?:the|my) (?:door|doorway|exit|way out)\b|\bso i (?:{cant}|couldn'?t) (?:leave|get out|escape|call (?:anyone|for help|the police))\b|\b(?:~punch|~kick|~smash|~hit|~break|~slam) (?:a hole in |down )?(?:the|a) (?:wall|door|window|table)\b|\b(?:~throw|~smash|~break) (?:things|stuff|plates|dishes|furniture|my (?:phone|laptop|things|stuff))\b|\b~get (?:right )?in my face\b|\b(?:has|had|got|~keep|owns|~pull|~point|~hold|bought|~grab) (?:out )?(?:a |his |her |the )?(?:gun|knife|weapon)\b(?: (?:to|on|at)\b)?|\buse (?:it|the (?:gun|knife)) on (?:me|us|you|the kids)\b|\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex))(?:'s| has| had| (?:always|often|sometimes|still|really|badly|physically|just))* ~hurt (?:me|the kids|the baby|my (?:kids|children|son|daughter|arm|wrist|neck|back|face))\b(?! (?:feelings|pride))|\b(?:follows|followed|following|~stalk) me\b(?! (?:on|back))|\b(?:to|so i can|~hide|escape|get) (?:get )?away from (?:him|her)\b|\bwalk(?:ing)? on egg ?shells\b[^.!?]{0,30}?\b(?:him|her|his|he|she)\b`,
    ),
    accept: isViolence,
    readsReported: true,
  },
  {
    // Threats of violence, made or reported: "he said he'd hurt me", "I'll kill you".
    label: 'safety',
    pattern: pattern(
      String.raw`\b${THREATENER}(?:'ll| will|'d| would|'s going to|'re going to| (?:is|are) going to|'s gonna| is gonna| (?:said|says) (?:he|she|they)(?:'d| would| will|'ll)| (?:~try|~threaten|~want|~swear) to)(?: \w+)? ${KILL} (?:me|us|you|u|the (?:kids|children|baby|dog|cat|puppy|pets?)|my \w+|her|him|them)\b(?! (?:up|to it|at|in (?:a|the)))`,
    ),
    accept: isThreat,
    readsReported: true,
  },
  {
    // Threats in their fixed forms: "you'll be sorry", "I know where you live".
    label: 'safety',
    pattern: pattern(
      String.raw`\b(?:kill|hurt) (?:you|u|him|her)\b(?= if| when| one day| someday| i swear)|\b~threaten (?:to|me|us|my|that)\b|\b(?:{youll}|(?:you'?re|you are|u r) going to) (?:be sorry|regret (?:it|this|that|the day|ever)|pay(?: for (?:it|this|that|what you did))?(?=\s*[.!,;]|\s*$)|see what happens|wish (?:you|u) (?:hadn'?t|had never|were dead|never)|get what'?s coming)\b|\b{ill} make (?:you|u|your life|him|her) (?:pay|sorry|regret|suffer|hell|miserable|a living hell)\b|\bi know where (?:you|u|she|he|they) (?:~live|~work|~sleep|are|is|go|~park|~stay)\b|\bwatch {your} back\b|\b(?:had )?better watch (?:yourself|your step|it)\b|\bmake sure (?:you|u) (?:regret|pay|suffer|never)\b|\b{im} warning (?:you|u)\b|\b{dont} make me (?:hurt|hit|do something|come over there|lose it)\b|\b(?:you|u|i)(?:'ll never|'d never| (?:{wont}|will never|would never|wouldn'?t)) (?:ever )?see (?:the|your|our|my) (?:kids|children|son|daughter|baby|family) again\b|\bnobody will (?:ever )?find (?:you|u|your|the body)\b|\b{ill} (?:post|send|share|show|leak) (?:your|those|the|these|our) (?:photos|pictures|pics|nudes|videos|messages|texts)\b`,
    ),
    accept: notNegated,
    readsReported: true,
  },
  {
    // Fear of the partner: "I'm afraid to go home tonight", "I don't feel safe with him".
    label: 'safety',
    pattern: pattern(
      String.raw`\b(?:afraid|scared|terrified|frightened) (?:\w+ )?(?:of (?:him|her|you|them|my (?:husband|wife|partner|boyfriend|girlfriend|ex)|what (?:he|she|you|they)(?:'ll| will| might| could)?)|to (?:go|come|be) (?:home|back|alone|around|near)|for my (?:life|safety|kids|children)|(?:that )?(?:he|she|you|they)(?:'ll| will| might| would|'s going to| could) (?:hurt|hit|kill|find|take|do something|snap)|to (?:tell|leave|say no to|upset) {them}|(?:he|she)'?s going to)\b|\b(?:{dont}|never|no longer) feel safe\b|\bfeel(?:ing)? (?:so |really |very )?(?:unsafe|threatened|intimidated)\b|\bnot safe (?:at home|(?:with|around) (?:him|her|you|them)|here|in (?:my|this|our) (?:own )?(?:home|house))\b|\bfear for my (?:life|safety)\b`,
    ),
    accept: notNegated,
    readsReported: true,
  },
  {
    // Coercive control: phone, money, friends, location, movement.
    label: 'safety',
    pattern: pattern(
      String.raw`\b(?:~take|~keep|~hide|withh(?:o|e)ld\w*|~control) (?:away )?(?:all )?(?:of )?my (?:phone|money|passport|wallet|(?:bank )?cards?|paycheck|pay|wages|documents|id|medication|meds|car keys)\b|\b(?:{wont}|doesn'?t|never|wouldn'?t|{didnt}) lets? me (?:see (?:my|anyone|friends|family)|go (?:out|anywhere|home|to)|leave|have (?:my own|any|money|a phone|friends)|talk to|speak to|work|get a job|visit|drive|sleep|eat|spend|out of)\b|\b(?:{im}|we'?re|(?:you'?re|you are|u r)) not (?:allowed|permitted) to (?:see|go|leave|have|talk|use|work|visit|drive|wear|spend|call|text|hang out|eat)\b|\b(?:~track|~monitor|~check|~read|~go through|~spy on) (?:all )?(?:of )?my (?:location|phone|messages|texts|emails?|calls|chats|dms|history|accounts?|whereabouts|every move|bank|diary)\b|\b~isolate me\b|\b~cut me off from\b|\b~keep me (?:from|away from) (?:seeing )?(?:my )?(?:friends|family|parents|mum|mom|sister|brother|kids|children|everyone)\b|\b~tell me (?:who|what|where) i (?:can|{cant}|am allowed|should|may)\b|\b~make me ask (?:for|permission)\b|\b(?:have|had) to ask {them} (?:for )?permission\b|\b(?:put|installed|puts|hid) (?:a )?(?:tracker|tracking app|spyware|gps|hidden camera)\b|\b(?:(?:tell|text|show|send) me|(?:need|want|have|expect) to know) where (?:you|u) are (?:at all times|every|all the time|always|24/7)\b|\b(?:give|send|hand) me (?:your|all your|all of your) (?:passwords?|passcodes?|pin|location)\b|\b(?:(?:~make|~force) me )?(?:hand over|give (?:him|her) (?:all )?) ?my (?:paycheck|pay|money|wages|phone|cards?)\b|\b(?:~make|~force) me (?:delete|block|unfriend|cut off|stop (?:seeing|talking to)|quit my|account for)\b|\bshare {your} location (?:with me )?(?:at all times|always|or else|24/7)\b|\bi forbid (?:you|u) to (?:see|go|talk|leave|work)\b|\b(?:you|u) (?:{cant}|{wont}) (?:see|talk to|visit|call) (?:your|those|them|him|her) (?:friends|family|sister|brother|parents|mum|mom|mother|dad|father)? ?(?:anymore|again|ever)\b`,
    ),
    accept: notNegated,
    readsReported: true,
  },
  {
    // Self-harm and suicidal thoughts.
    label: 'safety',
    pattern: pattern(
      String.raw`\b(?:~kill|~hurt|~harm|~cut|~end|off) (?:myself|my ?self)\b(?! laughing| trying| with work| working| over| to (?:finish|get|make|please))|\b(?:want|wanna|wish|going|plan(?:ning)?|think(?:ing)? about|thought about|thoughts of|tempted) (?:to )?(?:die|be dead|disappear(?! for a| for the| into| under| on)|not (?:be|being) (?:here|alive|around)|not exist(?:ing)?|not wak(?:e|ing) up|end (?:it|it all|my life|everything)|sleep forever|vanish (?:forever|for good))\b|\bno (?:point|reason) (?:in )?(?:living|to live|being alive|going on|to go on|in life|to be here)\b|\b(?:{dont}|{cant}) see (?:the|any) point (?:(?:of|in) (?:living|life|anything|going on|being here|carrying on|being alive)|any ?more)\b|\bno ?(?:one|body) (?:would|will|'d) (?:even )?(?:miss me|notice if i|care if i (?:died|was gone|were gone|disappeared))\b|\b(?:goodbye|suicide) (?:letter|note|message)\b|\b(?:~save|~stockpile|~hoard)(?: up)? (?:pills|tablets|meds)\b|\bwants? to (?:crash (?:the|my) car|drive (?:off|into)|jump off|step in front)\b|\b(?:think|thinking|thought) (?:of|about) ending (?:it|it all|things|everything)\b(?! with)|\bwant (?:it all|everything|the pain|my life|life) to (?:end|stop|be over)\b|\bi {cant} (?:keep|go on) living\b|\b(?:better off|be better) (?:without me|dead|if i (?:{wasnt}|weren'?t|were not) (?:here|around|alive))\b|\b(?:~end|~take) my (?:own )?life\b|\bsuicid\w*|\bself[- ]?harm\w*|\boverdos\w*|\b{dont} want to (?:live|be alive|be here any ?more|wake up|exist|go on)\b|\bwish i (?:(?:was|were) dead|(?:had|'d) never been born|(?:{wasnt}|weren'?t) (?:here|alive|around|born)|could (?:just )?(?:disappear|die|vanish))\b|\bnothing (?:left )?to live for\b|\bi {cant} go on\b(?! like this| this way)|\b(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up\b|\b{cant} take (?:it|this|life) any ?more\b`,
    ),
    readsReported: true,
  },
];
