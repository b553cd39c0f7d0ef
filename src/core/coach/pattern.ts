import { formsOf } from './inflect';

/**
 * A tiny pattern language over the normalised (lower-cased, straight-quoted) text.
 * Rules are easier to read as `{youre} so {w}` than as raw regular expressions, and
 * casual spellings (u, ur, youre, dont) live here once instead of in every rule.
 * Patterns are compiled when the module loads; nothing is built per message.
 */

/** Shorthands usable as `{name}` inside a pattern. */
const SHORTHANDS: Readonly<Record<string, string>> = {
  // The partner, as people actually type it.
  you: `(?:you|u|ya|yu)`,
  // Bare "you"/"your" only count as "you're" when an intensifier or article follows ("your so rude").
  youre: String.raw`(?:you'?re|you are|you r|u r|u'?re|ur|youre|(?:you|u|your)(?= (?:so|such|a|an|really|just|the|being|always|never|too|way|fucking)\b))`,
  your: `(?:your|ur|yo|yer)`,
  youll: `(?:you'?ll|you will|u'?ll|u will|youll)`,
  // The writer.
  im: `(?:i'?m|i am|im)`,
  ill: `(?:i'?ll|i will|ill|i'?m (?:gonna|going to))`,
  dont: `(?:don'?t|do not|dont)`,
  // Any single word, with an apostrophe allowed inside.
  w: `[a-z][a-z']*`,
  // Any run of intensifiers between a subject and what is said of them: "so", "really very", "being way too".
  very: `(?:(?:so|such(?: an?)?|really|very|totally|completely|utterly|absolutely|just|always|quite|pretty|kind of|kinda|a bit|a little|being|acting|way|far|too|extremely|incredibly|honestly|seriously|literally|truly|deeply|fucking|damn|getting|a (?:total|complete|real)) )*`,
  // Contractions, with and without the apostrophe, and spelled out.
  cant: `(?:can'?t|cannot|can not)`,
  wont: `(?:won'?t|will not)`,
  didnt: `(?:didn'?t|did not)`,
  isnt: `(?:isn'?t|is not)`,
  wasnt: `(?:wasn'?t|was not)`,
  its: `(?:it'?s|it is)`,
  thats: `(?:that'?s|that is)`,
  // The usual small objects of a complaint.
  it: `(?:it|this|that)`,
  them: `(?:him|her|them)`,
};

/** Escapes a lexicon entry and lets its internal spaces match any run of whitespace. */
function escapeEntry(entry: string): string {
  return entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
}

/**
 * A word list as one alternation, longest first so "taken for granted" beats "taken".
 * Entries are literal words; spaces inside an entry match any whitespace.
 */
export function oneOf(entries: readonly string[]): string {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeEntry).join('|')})`;
}

/** Like oneOf, but the entries are already regular-expression fragments (for stems like `bitch(?:es)?`). */
export function anyOf(fragments: readonly string[]): string {
  return `(?:${fragments.join('|')})`;
}

/**
 * Compiles a pattern: `{name}` expands a shorthand, `~verb` becomes every form of the verb,
 * a space outside a character class matches any run of whitespace (people double-space and
 * line-break), and a space followed by `?` matches optional whitespace.
 */
export function pattern(source: string, flags = 'g'): RegExp {
  const expanded = source
    .replace(/\{([a-z]+)\}/g, (whole, name: string) => {
      const shorthand = SHORTHANDS[name];
      if (shorthand === undefined) throw new Error(`Unknown shorthand ${whole} in coach pattern`);
      return shorthand;
    })
    .replace(/~([a-z]+)/g, (_, verb: string) => `(?:${formsOf(verb).join('|')})`);
  let out = '';
  let inClass = false;
  for (let i = 0; i < expanded.length; i++) {
    const ch = expanded[i];
    if (ch === '\\') {
      out += expanded.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else if (ch === ' ' && !inClass && expanded[i + 1] === '?') {
      // "a ?b" reads as "a, then maybe a space, then b".
      out += String.raw`\s*`;
      i++;
    } else if (ch === ' ' && !inClass) {
      out += String.raw`\s+`;
    } else {
      out += ch;
    }
  }
  return new RegExp(out, flags);
}
