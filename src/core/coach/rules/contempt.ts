import { INSULT_NOUNS, MOCK_NAMES, PUT_DOWNS } from '../lexicon/character';
import { PROFANE_NAMES, SWORN_AT } from '../lexicon/offensive-words';
import { anyOf, oneOf, pattern } from '../pattern';
import type { Reading } from '../reading';
import { clauseBefore, isInBeliefFrame, notNegated, type Rule, startsClause } from './rule';

/**
 * Contempt: insults, name-calling, mockery, sarcasm, disgust and superiority. It is the
 * most corrosive of the concerns, so the coach looks for it in its everyday forms and in
 * the profane ones people type when they are furious.
 */

/** Anyone addressed: you, u, ur, ya, y'all. */
const SECOND_PERSON = pattern(String.raw`\b(?:you|u|ur|your|yours|yourself|youre|ya|yall|y'all|yo|yu)\b`, '');

/** "I'm such an idiot" is the writer being hard on themselves, not contempt for the partner. */
const SELF_BEFORE =
  /\b(?:i'?m|i am|i was|i'?ve been|feel like|felt like|me|myself|called? me|calls me|calling me|he'?s|she'?s|they'?re|is|was)\s+(?:\w+\s+){0,2}$/;

function isAimedAtPartner(reading: Reading, start: number): boolean {
  return notNegated(reading, start) && !isInBeliefFrame(reading, start);
}

/** Scornful words that turn "you" plus any noun into name-calling: "you stupid cow". */
const SCORNFUL = `(?:fucking|fuckin|freaking|damn|stupid|dumb|ignorant|worthless|pathetic|useless|lazy|fat|ugly|dirty|filthy|disgusting|lying|cheating|brainless|spineless|miserable|selfish)`;

export const contemptRules: Rule[] = [
  {
    // "You're useless", "you are pathetic", "you're such an idiot", "you look ridiculous".
    label: 'contempt',
    pattern: pattern(
      String.raw`\b(?:{youre}|{you} (?:~look|~sound|~seem|~act)(?: like)?) {very}(?:like )?(?:an? )?(?:${oneOf(PUT_DOWNS)}|${oneOf(INSULT_NOUNS)})\b`,
    ),
    accept: isAimedAtPartner,
  },
  {
    // "What a moron.", "Such an idiot." said of someone.
    label: 'contempt',
    pattern: pattern(
      String.raw`\b(?:what|such) an? {very}${oneOf(INSULT_NOUNS.filter((n) => !['child', 'baby', 'princess'].includes(n)))}\b`,
    ),
    accept: (reading, start) => !SELF_BEFORE.test(clauseBefore(reading, start)) && notNegated(reading, start),
  },
  {
    // Name-calling with a scornful word: "you stupid cow", "you're a lazy slob".
    label: 'contempt',
    pattern: pattern(
      String.raw`\b(?:{you}|{youre} (?:such )?an?) (?:${SCORNFUL} ){1,2}(?!(?:and|or|but|to|with|good|great|genius|star|angel|saint|cook|dad|mum|mom|partner|husband|wife|friend|person|job|bit|lot|little|time)\b){w}`,
    ),
    accept: isAimedAtPartner,
  },
  {
    // "Great job, Einstein.", "Nice going, genius.", "Thanks a lot, Sherlock."
    label: 'contempt',
    pattern: pattern(
      String.raw`\b(?:(?:great|nice|good|well|brilliant|smooth|real) (?:job|going|work|one|done|move|thinking|plan|idea)|way to go|thanks a lot|nice try|bravo|congrat\w*|okay|ok|right|yeah|wow|oh)[,.!]* ${oneOf(MOCK_NAMES)}\b`,
    ),
    accept: notNegated,
  },
  {
    // Sarcastic praise and mockery: "Alert the media", "Do you want a medal?", "Boo hoo".
    label: 'contempt',
    pattern: pattern(
      String.raw`\b(?:alert|call|tell) the (?:media|press|(?:news)?papers)\b|\bstop the presses\b|\b(?:give|get) (?:you|him|her) a (?:medal|trophy|gold star|cookie|prize)\b|\b{you} want a (?:medal|trophy|gold star|cookie|prize|round of applause)\b|\bmiracles? (?:do )?happen\b|\bmust be nice\b|\bboo[- ]?hoo\b|\bcry me a river\b|\bpoor (?:you|baby|little (?:you|thing|baby))\b|\bspare me\b|\bgive me a break\b|\bget over yourself\b|\bgrow up\b|\bget a (?:life|grip|clue)\b|\bare {you} (?:kidding me|stupid|dense|deaf|blind|dumb|an idiot|thick)\b|\b(?:could|can) {you} be any \w+er\b|\buse {your} (?:brain|head)\b|\bdid {you} (?:even )?think\s*\?|\bwho (?:died and made {you}|asked {you}|do {you} think {you} are)\b|\bdon'?t make me laugh\b|\bbig (?:deal|whoop)[.!]*$|\bhow (?:original|mature|typical|convenient) of (?:you|u)\b|\bwhat a (?:surprise|shock)\b|\bsurprise,? surprise\b|\beye ?roll\b|🙄|\blook who (?:finally )?(?:decided|remembered|showed up|bothered|woke up)\b|\bthanks for nothing\b|\breal mature\b|\b(?:a|my) (?:child|toddler|monkey) could\b|\byeah,? right\b`,
    ),
  },
  {
    // "Oh sure, because you're so perfect", "as if you'd know", "like you ever cook".
    label: 'contempt',
    pattern: pattern(
      String.raw`\b(?:(?:sure|right|yeah|of course|oh (?:great|perfect|please)|please)[,.!]* (?:because|cause|cuz) {youre} (?:so|such|always|never|the|a|an)\b|(?:because|cause|cuz) {youre} (?:so|such an?) (?:perfect|smart|great|wonderful|organi[sz]ed|mature|clever|brilliant|amazing|innocent|thoughtful|responsible|reliable|helpful|busy|important|special|wise|a saint|an angel|a genius|an expert)\b|(?:as if|like) {you}(?:'d|'ve| would| have| could| even| ever| care| know| actually)\b)`,
    ),
    accept: (reading, start, end) =>
      !/^(?:as if|like)/.test(reading.norm.slice(start, end)) || startsClause(reading, start),
  },
  {
    // Disgust and superiority: "I'm embarrassed to be seen with you", "you make me sick".
    label: 'contempt',
    pattern: pattern(
      String.raw`\b{im} {very}(?:embarrassed|ashamed|humiliated|mortified) (?:to be (?:seen|married|with|your)|of (?:you|u)\b|to call (?:you|u)|that (?:you'?re|i married|i'?m with))|\b{you} {very}(?:disgust|sicken|repulse|revolt|make me (?:sick|want to (?:throw up|puke|vomit)))\b|\bi {cant} (?:stand|bear) (?:you|u|the sight of (?:you|u)|looking at (?:you|u)|being (?:around|near|with) (?:you|u))\b|\bi {cant} believe i (?:married|chose|ended up with|(?:am|'m) (?:with|married to)|settled for) (?:you|u|someone like)\b|\bi (?:could|can|deserve)(?: have|'ve)? (?:do|done)? ?(?:so much |much |way )?better than (?:you|u)\b|\b{youre} lucky (?:i|anyone|someone) (?:even |still )?(?:puts? up|stays?|stayed|married|tolerates?|talks?)\b|\bno ?(?:one|body) (?:else )?(?:would|could|will) (?:ever )?(?:put up with|want|love|stand|marry) (?:you|u)\b|\b{youre} (?:nothing|no one|nobody) without me\b|\bi'?m (?:so much |much |way |far )?(?:smarter|better) than (?:you|u)\b|\bmy (?:mother|mom|mum|friends|family|parents) (?:was|were) right about (?:you|u)\b|\b{youre} not worth (?:it|my time)\b|\b(?:ugh|eww?|yuck),? (?:you|u)\b|\bpathetic\b`,
    ),
    accept: notNegated,
  },
  {
    // Sworn at: "f*** you", "shut the hell up", "go to hell", "your dumb ass".
    label: 'contempt',
    pattern: pattern(String.raw`\b(?:${anyOf(SWORN_AT)})\b|\bshut up\b`),
  },
  {
    // Profane name-calling anywhere in a message that addresses someone.
    label: 'contempt',
    pattern: pattern(String.raw`\b${anyOf(PROFANE_NAMES)}\b`),
    // No negation check: "ain't no…" and "not your…" still call someone a name.
    accept: (reading) => SECOND_PERSON.test(reading.norm),
  },
];
