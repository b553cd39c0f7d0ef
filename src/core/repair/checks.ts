/**
 * Checks made for repair messages: the ways an apology can take itself back. They read the draft
 * on the device as it is typed, next to the coach, and never block sending. Pure and
 * deterministic; the same code would run on the server.
 */

export const REPAIR_CHECK_KINDS = ['sorry_if', 'sorry_you_feel', 'but', 'blame_back'] as const;
export type RepairCheckKind = (typeof REPAIR_CHECK_KINDS)[number];

/** One concern, with the words it is about as offsets into the text the person wrote. */
export interface RepairCheck {
  kind: RepairCheckKind;
  start: number;
  end: number;
  text: string;
}

const APOLOGY = '(?:sorry|apologi[sz]e|apologi[sz]ing|apologies)';

/** "Sorry if…" makes the hurt hypothetical. */
const SORRY_IF = new RegExp(String.raw`\b${APOLOGY}\s+(?:if|in case|for whatever|for anything)\b`, 'g');

/** "Sorry you feel…" apologises for the partner's reaction, not for what one did. */
const SORRY_YOU_FEEL = new RegExp(
  String.raw`\b(?:sorry|apologi[sz]e),?\s+(?:that\s+)?you(?:'re|\s+are|\s+were|\s+got|\s+get)?\s+(?:` +
    [
      'feel|felt|feeling',
      String.raw`(?:so\s+|that\s+|this\s+)?(?:upset|angry|mad|offended|sensitive|bothered|annoyed|triggered)`,
      String.raw`(?:took|take|see|saw|read|heard|understood|interpreted)\s+(?:it|that|this|things|what i)`,
      'think|thought|believe',
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/** Ways of handing the responsibility back to the partner. */
const BLAME_BACK = new RegExp(
  [
    String.raw`\byou\s+(?:made|make|pushed|push|drove|drive|forced|force)\s+me\s+(?:so\s+)?(?:angry|mad|furious|upset|crazy|yell|shout|snap|scream|lose|do|say|react|act|lash|like\s+this|this\s+way|to)\b`,
    String.raw`\bif\s+you(?:\s+hadn't|\s+had\s+not|\s+didn't|\s+did\s+not|\s+weren't|\s+were\s+not|\s+wouldn't|\s+would\s+just|\s+would\s+only|'d\s+just|'d\s+only|\s+had\s+just|\s+had\s+only)\b`,
    String.raw`\byou\s+started\s+(?:it|this|that|the\s+fight|the\s+argument)\b`,
    String.raw`\byou\s+(?:did\s+it|did\s+that|went)\s+first\b`,
    String.raw`\byou\s+provoked\b`,
    String.raw`\bafter\s+what\s+you\s+(?:did|said)\b`,
    String.raw`\byou\s+know\s+how\s+you\s+get\b`,
    String.raw`\byou\s+were\s+the\s+one\s+who\b`,
    String.raw`\b(?:you're|you\s+are|you\s+were|you\s+always|you)\s+(?:over-?react(?:ed|ing)?|being\s+dramatic|so\s+dramatic)\b`,
    String.raw`\b(?:you're|you\s+are|you\s+were)\s+(?:too|so|being|way\s+too)\s+sensitive\b`,
    String.raw`\byou\s+should(?:n't|\s+not)?\s+have\b(?!\s+had\s+to)`,
    String.raw`\bwhat\s+did\s+you\s+expect\b`,
    String.raw`(?<!\bnot\s|n't\s|\bnever\s)\b(?:it's\s+|it\s+is\s+|it\s+was\s+|partly\s+|also\s+)?your\s+(?:own\s+)?fault\b`,
  ].join('|'),
  'g',
);

/** Words after "but" that keep the apology whole rather than undo it. */
const KEEPS_THE_APOLOGY =
  /^\s*(?:that(?:'s|\s+is|\s+was)?\s+(?:no|not\s+an|not\s+any)\s+excuse|it(?:'s|\s+is|\s+was)\s+(?:no|not\s+an)\s+excuse|that\s+doesn't\s+(?:excuse|make\s+it)|it\s+doesn't\s+(?:excuse|make\s+it)|it\s+was\s+still|that\s+was\s+still|i\s+(?:should|shouldn't|want\b|will|won't|promise|mean\s+it|really\s+mean)|more\s+importantly)/;

const BUT = /\b(?:but|however|although|except)\b/g;
const APOLOGY_WORD = new RegExp(String.raw`\b(?:${APOLOGY}|my\s+apologies|forgive\s+me)\b`, 'g');

/** Lowercase ASCII and straight apostrophes, keeping every offset where it was. */
function normalise(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Where each sentence ends, so a "but" is judged within the sentence of its apology. */
function sentenceEnds(norm: string): number[] {
  const ends: number[] = [];
  for (const match of norm.matchAll(/[.!?\n]+/g)) ends.push(match.index + match[0].length);
  ends.push(norm.length);
  return ends;
}

function findBut(norm: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const ends = sentenceEnds(norm);
  for (const apology of norm.matchAll(APOLOGY_WORD)) {
    const sentenceEnd = ends.find((e) => e > apology.index) ?? norm.length;
    // A "but" later in the same sentence, or opening the very next one ("Sorry. But you…").
    const nextEnd = ends.find((e) => e > sentenceEnd) ?? norm.length;
    for (const but of norm.slice(0, nextEnd).matchAll(BUT)) {
      if (but.index < apology.index + apology[0].length) continue;
      if (but.index >= sentenceEnd && norm.slice(sentenceEnd, but.index).trim() !== '') continue;
      const before = norm.slice(Math.max(0, but.index - 14), but.index);
      if (/\b(?:anything|nothing|all|last)\s+$/.test(before)) continue;
      // "Not just … but …" adds to the apology.
      if (/\bnot\s+(?:just|only)\b/.test(norm.slice(apology.index, but.index))) continue;
      if (KEEPS_THE_APOLOGY.test(norm.slice(but.index + but[0].length).replace(/^[\s,]+/, ' '))) continue;
      found.push([but.index, but.index + but[0].length]);
    }
  }
  return found;
}

function spansOf(norm: string, pattern: RegExp): Array<[number, number]> {
  return [...norm.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** The repair checks that fire on a draft, in the order their words appear. */
export function checkRepair(text: string): RepairCheck[] {
  const norm = normalise(text);
  const found: RepairCheck[] = [];
  const add = (kind: RepairCheckKind, spans: Array<[number, number]>) => {
    for (const [start, end] of spans) {
      if (found.some((f) => f.kind === kind && f.start === start)) continue;
      found.push({ kind, start, end, text: text.slice(start, end) });
    }
  };
  add('sorry_if', spansOf(norm, SORRY_IF));
  add('sorry_you_feel', spansOf(norm, SORRY_YOU_FEEL));
  add('but', findBut(norm));
  add('blame_back', spansOf(norm, BLAME_BACK));
  return found.sort((a, b) => a.start - b.start);
}
