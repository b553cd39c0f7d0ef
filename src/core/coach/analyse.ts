import { EXPLANATIONS } from './explanations';
import { COACH_LABELS, type CoachLabel, type FindingKind, kindOf } from './labels';
import { JUDGEMENT_WORDS } from './lexicon/feelings';
import { oneOf, pattern } from './pattern';
import { isReported, type Reading, read, sentenceAt } from './reading';
import { type Hit, type Hits, resolve } from './resolve';
import { type Branch, compileRulebook, type Rulebook } from './rulebook';
import { RULES } from './rules';
import { type CoachSuggestion, suggest } from './suggestion';

/** Offsets into the text the person wrote. */
export interface CoachSpan {
  start: number;
  end: number;
  text: string;
}

export interface CoachFinding {
  label: CoachLabel;
  kind: FindingKind;
  spans: CoachSpan[];
  explanation: string;
  suggestion?: CoachSuggestion;
}

export interface CoachAnalysis {
  labels: CoachLabel[];
  findings: CoachFinding[];
}

/** Compiled on first use, so loading the coach in the browser costs nothing until it reads a message. */
let book: Rulebook | undefined;

const JUDGEMENT = pattern(String.raw`\b${oneOf(JUDGEMENT_WORDS)}\b`, '');

/** Letters and digits, counting anything beyond ASCII (é, emoji) as wordy too. */
function isWordy(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code > 127
  );
}

/** Trims a hit to its words, so a span never starts with a comma or ends with a space. */
function trimmed(norm: string, start: number, end: number): Hit {
  let s = start;
  let e = end;
  while (s < e && !isWordy(norm.charCodeAt(s))) s++;
  while (e > s && norm.charCodeAt(e - 1) <= 32) e--;
  return { start: s, end: e };
}

function record(reading: Reading, hits: Hits, branch: Branch, start: number, end: number): void {
  const { rule } = branch;
  if (end === start) return;
  if (!rule.readsReported && isReported(reading, start)) return;
  if (rule.accept && !rule.accept(reading, start, end)) return;
  const hit = trimmed(reading.norm, start, end);
  const list = hits.get(rule.label);
  if (list) list.push(hit);
  else hits.set(rule.label, [hit]);
}

function tryAt(reading: Reading, hits: Hits, branch: Branch, at: number): void {
  const re = branch.pattern;
  re.lastIndex = at;
  // A sticky test leaves lastIndex at the end of the match and builds no match array.
  if (re.test(reading.norm)) record(reading, hits, branch, at, re.lastIndex);
}

/** How many words deep the rulebook files its branches. */
const DEPTH = 3;

function collect(reading: Reading): Hits {
  const hits: Hits = new Map();
  book ??= compileRulebook(RULES);
  const { root, anywhere } = book;
  const { norm, words, wordStarts } = reading;
  for (let w = 0; w < words.length; w++) {
    const at = wordStarts[w] ?? 0;
    let node = root;
    for (let d = 0; d < DEPTH && w + d < words.length; d++) {
      const word = words[w + d] as string;
      for (const { prefix, branch } of node.prefixed)
        if (word.startsWith(prefix)) tryAt(reading, hits, branch, at);
      const child = node.next.get(word);
      if (!child) break;
      for (const branch of child.ready) tryAt(reading, hits, branch, at);
      node = child;
    }
  }
  for (const branch of anywhere) {
    const re = branch.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      if (m[0].length === 0) re.lastIndex++;
      else record(reading, hits, branch, m.index, m.index + m[0].length);
    }
  }
  return hits;
}

/** Sorted, with overlapping hits merged into one span. */
function merge(list: Hit[]): Hit[] {
  if (list.length < 2) return list;
  list.sort((a, b) => a.start - b.start);
  const out: Hit[] = [];
  for (const hit of list) {
    const last = out[out.length - 1];
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else out.push(hit);
  }
  return out;
}

function sentenceText(reading: Reading, at: number): string {
  const i = sentenceAt(reading, at);
  return reading.text.slice(reading.starts[i] ?? 0, reading.ends[i] ?? reading.text.length);
}

/** Reads one message and returns what the coach noticed in it, safety first. */
export function analyse(text: string): CoachAnalysis {
  const reading = read(text);
  const hits = collect(reading);
  resolve(reading, hits);
  const hasSafety = hits.has('safety');
  const labels: CoachLabel[] = [];
  const findings: CoachFinding[] = [];
  for (const label of COACH_LABELS) {
    const list = hits.get(label);
    if (!list || list.length === 0) continue;
    const spans = merge(list).map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end) }));
    const finding: CoachFinding = { label, kind: kindOf(label), spans, explanation: EXPLANATIONS[label] };
    // When safety is in play the app offers support, not better wording, for anything in the message.
    const first = spans[0];
    if (!hasSafety && first) {
      const judgement =
        label === 'faux_feeling'
          ? JUDGEMENT.exec(reading.norm.slice(first.start, first.end))?.[0]
          : undefined;
      const suggestion = suggest(label, sentenceText(reading, first.start), judgement?.replace(/\s+/g, ' '));
      if (suggestion) finding.suggestion = suggestion;
    }
    labels.push(label);
    findings.push(finding);
  }
  return { labels, findings };
}
