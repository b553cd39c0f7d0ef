import { markReported } from './reported-speech';

/**
 * A message read once before any rule runs: lower-cased, with curly quotes straightened,
 * split into sentences, and with reported speech marked. The normalised text keeps the
 * original's offsets, so a match in it is a span in what the person wrote.
 */
export interface Reading {
  /** What the person wrote. */
  text: string;
  /** Same length as text: lower case, straight quotes. */
  norm: string;
  /** Sentence i covers [starts[i], ends[i]); ends include the closing punctuation. */
  starts: number[];
  ends: number[];
  questions: boolean[];
  /** Pairs of [start, end) offsets of speech the writer is quoting someone else as saying. */
  reported: number[];
  /** Word i is words[i] at wordStarts[i]; words are runs of letters, digits and _, as `\b` sees them. */
  words: string[];
  wordStarts: number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const ANY_CURLY = /[\u2018-\u201f\u2032\u2033\u00b4\u00ab\u00bb`]/;

function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters change length when lower-cased (İ); keep those as they are.
  let out = '';
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

export function normalise(text: string): string {
  const lower = lowerKeepingOffsets(text);
  return ANY_CURLY.test(lower) ? lower.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"') : lower;
}

function isBoundary(code: number): boolean {
  // . ! ? ; newline and the ellipsis character
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 0x2026;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90)
  );
}

/** One pass over the text for both sentences and words: every message is read this way. */
function split(norm: string, reading: Reading): void {
  const n = norm.length;
  let wordStart = -1;
  let sentenceStart = -1;
  let i = 0;
  while (i < n) {
    const code = norm.charCodeAt(i);
    if (isWordCode(code)) {
      if (wordStart < 0) wordStart = i;
      if (sentenceStart < 0) sentenceStart = i;
      i++;
      continue;
    }
    if (wordStart >= 0) {
      reading.words.push(norm.slice(wordStart, i));
      reading.wordStarts.push(wordStart);
      wordStart = -1;
    }
    if (sentenceStart < 0 && code > 32 && !isBoundary(code)) sentenceStart = i;
    if (!isBoundary(code)) {
      i++;
      continue;
    }
    // A run of closing punctuation (and a closing quote or bracket) ends the sentence.
    let question = false;
    while (i < n) {
      const c = norm.charCodeAt(i);
      if (!isBoundary(c) && c !== 34 && c !== 41) break;
      if (c === 63) question = true;
      i++;
    }
    if (sentenceStart >= 0) {
      reading.starts.push(sentenceStart);
      reading.ends.push(i);
      reading.questions.push(question);
    }
    sentenceStart = -1;
  }
  if (wordStart >= 0) {
    reading.words.push(norm.slice(wordStart, n));
    reading.wordStarts.push(wordStart);
  }
  if (sentenceStart >= 0) {
    reading.starts.push(sentenceStart);
    reading.ends.push(n);
    reading.questions.push(false);
  }
}

export function read(text: string): Reading {
  const norm = normalise(text);
  const reading: Reading = {
    text,
    norm,
    starts: [],
    ends: [],
    questions: [],
    reported: [],
    words: [],
    wordStarts: [],
  };
  split(norm, reading);
  if (norm.includes('"') || norm.includes(" '") || norm.startsWith("'")) markReported(norm, reading.reported);
  return reading;
}

/** The index of the sentence holding offset `at` (the last one if none does). */
export function sentenceAt(reading: Reading, at: number): number {
  const { ends } = reading;
  for (let i = 0; i < ends.length; i++) {
    if (at < (ends[i] ?? 0)) return i;
  }
  return ends.length - 1;
}

export function isReported(reading: Reading, at: number): boolean {
  const r = reading.reported;
  for (let i = 0; i + 1 < r.length; i += 2) {
    if (at >= (r[i] ?? 0) && at < (r[i + 1] ?? 0)) return true;
  }
  return false;
}

/** The text of the sentence holding `at`, from its start up to `at`. */
export function sentenceBefore(reading: Reading, at: number): string {
  const i = sentenceAt(reading, at);
  return reading.norm.slice(reading.starts[i] ?? 0, at);
}

/** The text from `at` to the end of its sentence. */
export function sentenceAfter(reading: Reading, at: number): string {
  const i = sentenceAt(reading, at);
  return reading.norm.slice(at, reading.ends[i] ?? reading.norm.length);
}

export function isQuestionAt(reading: Reading, at: number): boolean {
  return reading.questions[sentenceAt(reading, at)] ?? false;
}

function isClauseMark(code: number): boolean {
  // , : ; and the dashes; a hyphen counts only when spaced (" - "), checked by the caller.
  return code === 44 || code === 58 || code === 59 || code === 0x2014 || code === 0x2013;
}

/** The index of the last word that ends at or before `at`, or -1. */
function lastWordBefore(reading: Reading, at: number): number {
  const { words, wordStarts } = reading;
  let lo = 0;
  let hi = wordStarts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((wordStarts[mid] ?? 0) + (words[mid]?.length ?? 0) <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Up to `max` words just before `at`, oldest first, without crossing the start of the
 * sentence (or of the clause, when `inClause`). Cheaper than slicing and regex-testing
 * the text before a match, which the rules do for every candidate.
 */
export function wordsBefore(reading: Reading, at: number, max: number, inClause: boolean): string[] {
  const { norm, words, wordStarts } = reading;
  const sentenceStart = reading.starts[sentenceAt(reading, at)] ?? 0;
  const out: string[] = [];
  let limit = at;
  for (let i = lastWordBefore(reading, at); i >= 0 && out.length < max; i--) {
    const start = wordStarts[i] ?? 0;
    const word = words[i] ?? '';
    if (start < sentenceStart) break;
    if (inClause) {
      for (let c = start + word.length; c < limit; c++) {
        const code = norm.charCodeAt(c);
        if (
          isClauseMark(code) ||
          (code === 45 && norm.charCodeAt(c - 1) === 32 && norm.charCodeAt(c + 1) === 32)
        ) {
          return out.reverse();
        }
      }
    }
    out.push(word);
    limit = start;
  }
  return out.reverse();
}

/** The part of the clause before `at`: back to the sentence start or the last comma, colon or dash. */
export function clauseBefore(reading: Reading, at: number): string {
  const before = sentenceBefore(reading, at);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(':'),
    before.lastIndexOf(' - '),
    before.lastIndexOf('\u2014'),
    before.lastIndexOf('\u2013'),
  );
  return cut < 0 ? before : before.slice(cut + 1);
}
