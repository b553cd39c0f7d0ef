/**
 * Works out, from a pattern's source, which words a match can begin with. The analyser
 * uses this to try a branch only where its first words occur, instead of scanning every
 * position of the message with every pattern; that is what keeps the coach fast enough
 * to run on every keystroke.
 *
 * It understands the subset of regular-expression syntax the coach's patterns use.
 * Anything it cannot spell out ends the opening early or makes the branch "anywhere",
 * which is always safe: such a branch is just tried more often.
 */

/** A parsed piece of pattern: literal characters, a wildcard, zero-width, a word boundary, or a group. */
type Item =
  | { kind: 'chars'; chars: string[]; min: number; max: number }
  | { kind: 'wild'; min: number; max: number }
  | { kind: 'zero'; min: number; max: number }
  | { kind: 'boundary'; min: number; max: number }
  | { kind: 'group'; alts: Item[][]; min: number; max: number };

/** One way a match can begin: its first few words, the last of which may be only a prefix. */
export interface Opening {
  words: string[];
  lastOpen: boolean;
}

const WORD = /\w/;
const ZERO: Item = { kind: 'zero', min: 1, max: 1 };

/** Parses alternatives from `src` at `at.i` until a closing bracket or the end. */
function parse(src: string, at: { i: number }): Item[][] {
  const alts: Item[][] = [[]];
  while (at.i < src.length && src[at.i] !== ')') {
    const ch = src[at.i++] ?? '';
    let item: Item;
    if (ch === '|') {
      alts.push([]);
      continue;
    } else if (ch === '(') {
      const look = /^\?<?[=!]/.exec(src.slice(at.i));
      at.i += look ? look[0].length : src[at.i] === '?' ? 2 : 0;
      const inner = parse(src, at);
      at.i++;
      item = look ? ZERO : { kind: 'group', alts: inner, min: 1, max: 1 };
    } else if (ch === '[') {
      const end = src.indexOf(']', at.i + 1);
      const body = src.slice(at.i, end);
      at.i = end + 1;
      // Small literal sets ("[eé]", "[,.]") are spelled out; ranges and negations are wild.
      item = /^\^|-|\\/.test(body)
        ? { kind: 'wild', min: 1, max: 1 }
        : { kind: 'chars', chars: [...body], min: 1, max: 1 };
    } else if (ch === '\\') {
      const e = src[at.i++] ?? '';
      if (e === 'b') item = { kind: 'boundary', min: 1, max: 1 };
      else if (e === 'B') item = ZERO;
      else if ('wdSD'.includes(e)) item = { kind: 'wild', min: 1, max: 1 };
      else item = { kind: 'chars', chars: ['sW'.includes(e) ? ' ' : e], min: 1, max: 1 };
    } else if (ch === '^' || ch === '$') {
      item = ZERO;
    } else {
      item = ch === '.' ? { kind: 'wild', min: 1, max: 1 } : { kind: 'chars', chars: [ch], min: 1, max: 1 };
    }
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(src.slice(at.i));
    if (q && item.kind !== 'zero' && item.kind !== 'boundary') {
      at.i += q[0].length;
      item.min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
      item.max = q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] ? (q[4] ? Number(q[4]) : Infinity) : item.min;
    }
    alts[alts.length - 1]?.push(item);
  }
  return alts;
}

function startsWithLetter(seq: Item[]): boolean {
  const first = seq.find((item) => item.kind !== 'zero');
  if (!first || first.kind === 'boundary') return false;
  if (first.kind === 'wild') return true;
  if (first.kind === 'group') return first.alts.some(startsWithLetter);
  return first.chars.some((ch) => WORD.test(ch));
}

/** Where to carry on once a group ends: a linked stack, so entering a group copies nothing. */
interface Frame {
  seq: Item[];
  at: number;
  next: Frame | null;
}

class TooMany extends Error {}

/**
 * Spells up to `depth` words with an explicit continuation stack. A space or an
 * apostrophe ends a word; anything it cannot spell ends the opening there.
 */
class Walker {
  readonly openings: Opening[] = [];
  anywhere = false;
  private budget = 20000;
  private readonly done: string[] = [];

  constructor(private readonly depth: number) {}

  walk(seq: Item[], at: number, cur: string, rest: Frame | null): void {
    if (this.anywhere) return;
    if (--this.budget < 0) throw new TooMany();
    const item = seq[at];
    if (!item) {
      if (rest) this.walk(rest.seq, rest.at, cur, rest.next);
      else this.stop(cur, false);
      return;
    }
    if (item.kind === 'zero' || (item.kind === 'boundary' && !cur)) {
      this.walk(seq, at + 1, cur, rest);
      return;
    }
    if (item.kind === 'boundary') {
      // After letters, a word boundary means the word ends right here.
      this.ends(cur, seq, at + 1, rest);
      return;
    }
    if (item.min === 0) this.walk(seq, at + 1, cur, rest);
    if (item.kind === 'wild') {
      this.stop(cur, true);
      return;
    }
    const repeats = item.max > 1;
    if (item.kind === 'group') {
      // A repeated group inside a word leaves it open-ended if it can add letters.
      if (repeats && cur) {
        if (item.alts.some(startsWithLetter)) this.stop(cur, true);
        else this.ends(cur, seq, at, rest);
        return;
      }
      const after: Frame = { seq, at: at + 1, next: rest };
      for (const alt of item.alts) this.walk(alt, 0, cur, after);
      return;
    }
    for (const ch of item.chars) {
      if (WORD.test(ch)) {
        if (repeats) this.stop(cur + ch, true);
        else this.walk(seq, at + 1, cur + ch, rest);
      } else if (cur) {
        this.ends(cur, seq, at, rest);
      } else if (ch === ' ' || (ch === "'" && this.done.length > 0)) {
        // Leading whitespace (spans are trimmed anyway), or the gap before the next word.
        if (item.min > 0) this.walk(seq, at + 1, '', rest);
      } else {
        this.stop('', false);
      }
    }
  }

  private ends(cur: string, seq: Item[], at: number, rest: Frame | null): void {
    this.done.push(cur);
    if (this.done.length >= this.depth) this.openings.push({ words: [...this.done], lastOpen: false });
    else this.walk(seq, at, '', rest);
    this.done.pop();
  }

  /** The opening ends here; `open` when the current word may go on. */
  stop(cur: string, open: boolean): void {
    if (cur) this.openings.push({ words: [...this.done, cur], lastOpen: open });
    else if (this.done.length > 0) this.openings.push({ words: [...this.done], lastOpen: false });
    else this.anywhere = true;
  }
}

/** Splits a pattern source at its top-level `|`. */
export function splitBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The openings of one branch, spelled as deep as the budget allows (three words, else
 * two, else one), or null when the branch may start anywhere and must be scanned.
 */
export function openingsOf(branch: string): Opening[] | null {
  const at = { i: 0 };
  const alts = parse(branch, at);
  if (at.i < branch.length) return null;
  for (let depth = 3; depth > 0; depth--) {
    const walker = new Walker(depth);
    try {
      for (const alt of alts) walker.walk(alt, 0, '', null);
    } catch (error) {
      if (error instanceof TooMany) continue;
      throw error;
    }
    return walker.anywhere ? null : walker.openings;
  }
  return null;
}
