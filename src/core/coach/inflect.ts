/**
 * Verb forms for the pattern language: `~push` in a pattern means push, pushes, pushed,
 * pushing. Writing verbs once keeps the rules short and every tense covered alike.
 */

/** Past tense and participle for verbs that do not just add -ed. */
const IRREGULAR: Readonly<Record<string, string>> = {
  beat: 'beaten',
  bite: 'bit bitten',
  break: 'broke broken',
  burn: 'burnt burned',
  cut: 'cut',
  get: 'got gotten',
  go: 'went gone',
  hide: 'hid hidden',
  hit: 'hit',
  hold: 'held',
  keep: 'kept',
  leave: 'left',
  make: 'made',
  read: 'read',
  shake: 'shook shaken',
  sleep: 'slept',
  spit: 'spat',
  strike: 'struck',
  swear: 'swore sworn',
  take: 'took taken',
  tell: 'told',
  throw: 'threw thrown',
};

/** Longer verbs stressed at the end also double their last letter: control → controlled. */
const STRESSED_END = new Set(['control', 'regret', 'forget']);

/** One short vowel between final consonants doubles: grab → grabbed, slap → slapping. */
function doubles(verb: string): boolean {
  return STRESSED_END.has(verb) || (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) && !/[aeiou]{2}/.test(verb));
}

export function formsOf(verb: string): string[] {
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb;
  const last = doubles(verb) ? verb + verb.charAt(verb.length - 1) : stem;
  const third = /(?:s|sh|ch|x|z|o)$/.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  const past = IRREGULAR[verb]?.split(' ') ?? [
    /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${last}ed`,
  ];
  return [verb, third, `${last}ing`, ...past];
}
