/**
 * Quoted speech. "He said 'you're useless'" does not make the writer the one insulting,
 * so most rules skip text inside a quotation that someone else is reported as saying.
 */

/** Verbs of speaking: "said", "texted", "yelled"… */
const SPEAKING = `(?:sa(?:id|ys?|ying)|tell(?:s|ing)?|told|ask(?:s|ed)|yell(?:s|ed)|scream(?:s|ed)|shout(?:s|ed)|goes|went|wr(?:ote|ites)|text(?:s|ed)|messaged|repl(?:ied|ies)|call(?:s|ed|ing)|snapped|hissed|muttered|whispered)`;
/** Words that, just before a quotation, say someone else spoke it: 'he said "…"', "she goes: '…'". */
const REPORTED_BEFORE = new RegExp(
  String.raw`(?:\b(?:${SPEAKING}(?: (?:me|him|her|us|them))?|like)\b[\s,:]*|\b(?:he|she|they|him|her)\b[^"]{0,20}:\s*)$`,
);
/** Words that, just after a quotation, say someone else spoke it. */
const REPORTED_AFTER = new RegExp(String.raw`^[\s,]*(?:he|she|they|my \w+|\w+) ${SPEAKING}\b`);

/**
 * Pushes [start, end) pairs for each quotation someone other than the writer is reported
 * as saying. A whole message in quotes, with nobody named as speaking it, is the writer's own.
 */
export function markReported(norm: string, reported: number[]): void {
  let from = 0;
  while (from < norm.length) {
    const open = findQuoteOpen(norm, from);
    if (open < 0) return;
    const quote = norm[open];
    const close = findQuoteClose(norm, open + 1, quote === "'");
    const end = close < 0 ? norm.length : close;
    const before = norm.slice(Math.max(0, open - 40), open);
    const after = close < 0 ? '' : norm.slice(close + 1, close + 30);
    if (REPORTED_BEFORE.test(before) || REPORTED_AFTER.test(after)) reported.push(open, end);
    from = end + 1;
  }
}

/** A single quote opens a quotation only at the start of a word ("he said 'go away'"), never inside one (don't). */
const SINGLE_OPEN = /(?:^|[\s:(])'(?=[a-z])/g;

function findQuoteOpen(norm: string, from: number): number {
  const double = norm.indexOf('"', from);
  SINGLE_OPEN.lastIndex = from;
  const m = SINGLE_OPEN.exec(norm);
  const single = m ? m.index + m[0].length - 1 : -1;
  if (double < 0) return single;
  if (single < 0) return double;
  return Math.min(double, single);
}

const SINGLE_CLOSE = /'(?![a-z])/g;

function findQuoteClose(norm: string, from: number, single: boolean): number {
  if (!single) return norm.indexOf('"', from);
  SINGLE_CLOSE.lastIndex = from;
  return SINGLE_CLOSE.exec(norm)?.index ?? -1;
}
