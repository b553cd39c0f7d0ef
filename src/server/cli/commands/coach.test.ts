import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../../core/coach';
import { scoreExpectations, scoreLabelled } from '../../../core/coach/evaluate';
import { coachCommand, coachLine, evaluationReport } from './coach';

// The shared evaluation data sits beside the repository: /work/shared next to /work/main, in CI too.
const REPO_ROOT = new URL('../../../../', import.meta.url);
const SHARED = new URL('../shared/coach/', REPO_ROOT);

function jsonLines<T>(name: string): T[] {
  return readFileSync(new URL(name, SHARED), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

describe('the coach on the shared evaluation data', () => {
  it('reaches macro-F1 >= 0.90 on dev.jsonl and misses no safety line', () => {
    const lines = jsonLines<{ text: string; labels: string[] }>('dev.jsonl');
    expect(lines.length).toBeGreaterThan(90);
    const score = scoreLabelled(
      lines.map((l) => ({ expected: l.labels, predicted: analyse(l.text).labels })),
    );
    expect(score.perLabel).toHaveLength(15);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(score.safetyRecall).toBe(1);
  });

  it('flags >= 80% of second-person insults and raises <= 5% false alarms on everyday tweets', () => {
    const lines = jsonLines<{ text: string; expect: 'contempt' | 'none' }>(
      'external/davidson-second-person.jsonl',
    );
    const score = scoreExpectations(
      lines.map((l) => ({ expect: l.expect, predicted: analyse(l.text).labels })),
    );
    expect(score.insults).toBe(400);
    expect(score.insultRecall).toBeGreaterThanOrEqual(0.8);
    expect(score.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});

describe('coach --jsonl', () => {
  it('answers each line with its text, labels and findings', () => {
    const out = JSON.parse(coachLine(JSON.stringify({ text: 'He pushed me.', id: 7 })));
    expect(out.text).toBe('He pushed me.');
    expect(out.labels).toEqual(['safety']);
    expect(out.findings[0]).toMatchObject({
      label: 'safety',
      kind: 'safety',
      spans: [{ start: 3, end: 12, text: 'pushed me' }],
    });
  });

  it('answers a bad line with an error instead of crashing', () => {
    expect(JSON.parse(coachLine('{not json'))).toEqual({ error: 'Not valid JSON.' });
    expect(JSON.parse(coachLine('{"message":"hi"}'))).toHaveProperty('error');
    expect(JSON.parse(coachLine('null'))).toHaveProperty('error');
  });
});

describe('coach --eval', () => {
  it('prints per-label scores, macro-F1 and safety recall for a labelled file', () => {
    const report = evaluationReport(
      [
        '{"text":"You never help.","labels":["criticism"]}',
        '{"text":"He hit me.","labels":["safety"]}',
        '{"text":"The car needs an oil change.","labels":[]}',
        'garbage',
      ].join('\n'),
    );
    expect(report).toMatch(/^criticism\s+1\.000\s+1\.000\s+1\.000\s+1$/m);
    expect(report).toMatch(/^macro-F1\s+1\.000$/m);
    expect(report).toMatch(/^safety recall\s+1\.000$/m);
    expect(report).toContain('skipped 1 line(s)');
  });

  it('prints insult recall and false alarms for an expectation file', () => {
    const report = evaluationReport(
      '{"text":"You are an idiot.","expect":"contempt"}\n{"text":"Lunch at one?","expect":"none"}',
    );
    expect(report).toContain('insult recall    1.000 (1/1');
    expect(report).toContain('false alarms     0.000 (0/1');
  });
});

describe('coach command usage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('exits with 2 and explains itself when used wrongly', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await coachCommand.run([])).toBe(2);
    expect(await coachCommand.run(['--eval'])).toBe(2);
    expect(await coachCommand.run(['--frobnicate'])).toBe(2);
    expect(await coachCommand.run(['--eval', '/no/such/file.jsonl'])).toBe(2);
    expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain('Usage:');
  });
});
