import { COACH_LABELS, type CoachLabel } from './labels';

/**
 * Scoring for the coach's evaluation files. Pure arithmetic over expected and predicted
 * labels, so the CLI, the tests and any future dashboard agree on the numbers.
 */

export interface LabelScore {
  label: CoachLabel;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** How many lines were expected to carry this label. */
  support: number;
}

export interface LabelledScore {
  lines: number;
  /** Labels that were expected or predicted at least once, in the taxonomy's order. */
  perLabel: LabelScore[];
  /** Mean F1 over perLabel. */
  macroF1: number;
  /** Null when no line expected safety. */
  safetyRecall: number | null;
}

export interface LabelledLine {
  expected: readonly string[];
  predicted: readonly string[];
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function scoreLabelled(lines: readonly LabelledLine[]): LabelledScore {
  const perLabel: LabelScore[] = [];
  for (const label of COACH_LABELS) {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { expected, predicted } of lines) {
      const wanted = expected.includes(label);
      const got = predicted.includes(label);
      if (wanted && got) truePositives++;
      else if (got) falsePositives++;
      else if (wanted) falseNegatives++;
    }
    if (truePositives + falsePositives + falseNegatives === 0) continue;
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePositives + falseNegatives);
    const f1 = ratio(2 * precision * recall, precision + recall);
    const support = truePositives + falseNegatives;
    perLabel.push({ label, truePositives, falsePositives, falseNegatives, precision, recall, f1, support });
  }
  const safety = perLabel.find((score) => score.label === 'safety');
  return {
    lines: lines.length,
    perLabel,
    macroF1: ratio(
      perLabel.reduce((sum, score) => sum + score.f1, 0),
      perLabel.length,
    ),
    safetyRecall: safety && safety.support > 0 ? safety.recall : null,
  };
}

/** Concerns that count as a false alarm on a line expected to carry none. */
export const ALARM_LABELS: readonly CoachLabel[] = [
  'criticism',
  'contempt',
  'defensiveness',
  'stonewalling',
  'demand',
  'safety',
];

export interface ExpectationLine {
  expect: 'contempt' | 'none';
  predicted: readonly string[];
}

export interface ExpectationScore {
  insults: number;
  insultsFlagged: number;
  /** Share of insult lines flagged as contempt or criticism. */
  insultRecall: number;
  clean: number;
  cleanAlarmed: number;
  /** Share of clean lines where any alarm label fired. */
  falseAlarmRate: number;
}

/** Scores files whose lines say only whether an insult is expected ("contempt") or nothing at all ("none"). */
export function scoreExpectations(lines: readonly ExpectationLine[]): ExpectationScore {
  let insults = 0;
  let insultsFlagged = 0;
  let clean = 0;
  let cleanAlarmed = 0;
  for (const { expect, predicted } of lines) {
    if (expect === 'contempt') {
      insults++;
      if (predicted.includes('contempt') || predicted.includes('criticism')) insultsFlagged++;
    } else {
      clean++;
      if (predicted.some((label) => (ALARM_LABELS as readonly string[]).includes(label))) cleanAlarmed++;
    }
  }
  return {
    insults,
    insultsFlagged,
    insultRecall: ratio(insultsFlagged, insults),
    clean,
    cleanAlarmed,
    falseAlarmRate: ratio(cleanAlarmed, clean),
  };
}
