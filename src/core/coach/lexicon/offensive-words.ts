/**
 * OFFENSIVE LANGUAGE. This is the only file in the coach that spells out profanity and
 * sexual or gendered insults; it exists so the coach can notice name-calling aimed at a
 * partner. Entries are regular-expression stems so spelling variants share one line.
 * Identity-based slurs are deliberately not listed: in measurement they almost always
 * travel with the words below, and a generic "you + insult" pattern catches the rest.
 */

/** Names that are insults whoever they are aimed at. */
export const PROFANE_NAMES: readonly string[] = [
  `b[i1!]tch(?:es|ez|s|y|ass)?`,
  `hoes?`,
  `thots?`,
  `slut(?:s|ty)?`,
  `whores?`,
  `skanks?`,
  `cunts?`,
  `twats?`,
  `puss(?:y|ies)`,
  `dick(?:heads?|s)?`,
  `pricks?`,
  `bastards?`,
  `(?:ass|arse)holes?`,
  String.raw`(?:dumb|jack|smart|lame|fat|bitch)\s*ass(?:es)?`,
  `douche(?:bags?)?`,
  `wankers?`,
  String.raw`motherf\w*`,
  `f[a@]g(?:s|gots?|gy)?`,
  `retar?[dt]?(?:ed|s|o)?`,
  String.raw`dipshits?|shit\s*heads?`,
  `scumbags?`,
];

/** Swearing aimed straight at someone, in its common fixed forms. */
export const SWORN_AT: readonly string[] = [
  String.raw`f(?:u|\*)?c?kk? (?:you|u|ya|off|yourself|urself|em|them)`,
  `screw (?:you|u|ya|off|yourself)`,
  `stfu`,
  `gtfo`,
  `shut (?:the )?(?:fuck|f|hell|tf) up`,
  `eat (?:a )?(?:shit|dick)`,
  `suck (?:my|a) (?:dick|cock|balls)`,
  `kiss my (?:ass|arse)`,
  `go to hell`,
  `piece of (?:shit|crap|garbage|trash|work)`,
  `full of (?:shit|crap)`,
  `(?:wtf|what the (?:fuck|hell|f)) (?:is )?wrong with (?:you|u)`,
  `(?:get|go) (?:the )?(?:fuck|hell|f) (?:out|away|outta)`,
  String.raw`(?:your|ur|yo|ya) (?:\w+ )?(?:ass|arse)`,
];
