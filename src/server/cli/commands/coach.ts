import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyse } from '../../../core/coach';
import {
  type ExpectationLine,
  type LabelledLine,
  type LabelScore,
  scoreExpectations,
  scoreLabelled,
} from '../../../core/coach/evaluate';
import type { Command } from '../command';

const USAGE = `Usage:
  npm run --silent tend -- coach --jsonl         read JSON lines with a "text" field on stdin,
                                                 write one JSON line per input with its labels and findings
  npm run --silent tend -- coach --eval FILE     score the coach on a labelled JSON-lines file
                                                 ({"text","labels"} or {"text","expect"})
`;

function usage(problem: string): number {
  process.stderr.write(`${problem}\n\n${USAGE}`);
  return 2;
}

/** One output line for one input line; a line that cannot be read gets an error, not a crash. */
export function coachLine(line: string): string {
  let text: unknown;
  try {
    text = (JSON.parse(line) as { text?: unknown } | null)?.text;
  } catch {
    return JSON.stringify({ error: 'Not valid JSON.' });
  }
  if (typeof text !== 'string') return JSON.stringify({ error: 'Each line needs a "text" string.' });
  const { labels, findings } = analyse(text);
  return JSON.stringify({ text, labels, findings });
}

async function streamJsonLines(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${coachLine(line)}\n`);
  }
  return 0;
}

function fixed(n: number): string {
  return n.toFixed(3);
}

/** The report for a file of labelled and/or expectation lines, as printable text. */
export function evaluationReport(fileText: string): string {
  const labelled: LabelledLine[] = [];
  const expectations: ExpectationLine[] = [];
  let skipped = 0;
  for (const line of fileText.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const item = JSON.parse(line) as { text?: unknown; labels?: unknown; expect?: unknown };
      if (typeof item.text !== 'string') throw new Error('no text');
      const predicted = analyse(item.text).labels;
      if (Array.isArray(item.labels)) {
        labelled.push({ expected: item.labels.filter((l): l is string => typeof l === 'string'), predicted });
      } else if (item.expect === 'contempt' || item.expect === 'none') {
        expectations.push({ expect: item.expect, predicted });
      } else {
        throw new Error('no labels');
      }
    } catch {
      skipped++;
    }
  }
  const out: string[] = [];
  if (labelled.length > 0) {
    const score = scoreLabelled(labelled);
    const row = (s: LabelScore) =>
      `${s.label.padEnd(20)}${fixed(s.precision).padStart(10)}${fixed(s.recall).padStart(9)}${fixed(s.f1).padStart(8)}${String(s.support).padStart(9)}`;
    out.push(
      `${'label'.padEnd(20)}${'precision'.padStart(10)}${'recall'.padStart(9)}${'f1'.padStart(8)}${'support'.padStart(9)}`,
    );
    out.push(...score.perLabel.map(row));
    out.push('', `lines            ${score.lines}`, `macro-F1         ${fixed(score.macroF1)}`);
    out.push(
      `safety recall    ${score.safetyRecall === null ? 'n/a (no safety lines)' : fixed(score.safetyRecall)}`,
    );
  }
  if (expectations.length > 0) {
    const score = scoreExpectations(expectations);
    if (out.length > 0) out.push('');
    out.push(
      `insult recall    ${fixed(score.insultRecall)} (${score.insultsFlagged}/${score.insults} flagged as contempt or criticism)`,
    );
    out.push(
      `false alarms     ${fixed(score.falseAlarmRate)} (${score.cleanAlarmed}/${score.clean} clean lines raised a concern)`,
    );
  }
  if (skipped > 0) out.push('', `skipped ${skipped} line(s) without a "text" and "labels" or "expect"`);
  return `${out.join('\n')}\n`;
}

function evaluate(file: string): number {
  let fileText: string;
  try {
    fileText = readFileSync(file, 'utf8');
  } catch {
    return usage(`Cannot read "${file}".`);
  }
  process.stdout.write(evaluationReport(fileText));
  return 0;
}

/** `tend coach`: run the communication coach over JSON lines, or score it on an evaluation file. */
export const coachCommand: Command = {
  name: 'coach',
  summary: 'Label messages with the communication coach (--jsonl) or score it (--eval FILE)',
  async run(args) {
    const [flag, file, ...extra] = args;
    if (flag === '--jsonl' && file === undefined) return streamJsonLines();
    if (flag === '--eval' && file !== undefined && extra.length === 0) return evaluate(file);
    if (flag === '--eval') return usage('--eval needs exactly one FILE.');
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(USAGE);
      return 0;
    }
    return usage(
      flag === undefined ? 'Choose --jsonl or --eval FILE.' : `Unknown option "${args.join(' ')}".`,
    );
  },
};
