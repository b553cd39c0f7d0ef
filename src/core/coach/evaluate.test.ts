import { describe, expect, it } from 'vitest';
import { scoreExpectations, scoreLabelled } from './evaluate';

describe('scoreLabelled', () => {
  const score = scoreLabelled([
    { expected: ['criticism'], predicted: ['criticism'] },
    { expected: ['criticism'], predicted: [] },
    { expected: [], predicted: ['criticism'] },
    { expected: ['safety'], predicted: ['safety', 'demand'] },
    { expected: ['safety', 'demand'], predicted: ['demand'] },
    { expected: [], predicted: [] },
  ]);

  it('counts precision, recall and F1 per label', () => {
    const criticism = score.perLabel.find((s) => s.label === 'criticism');
    expect(criticism).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, support: 2 });
    expect(criticism?.precision).toBeCloseTo(0.5);
    expect(criticism?.recall).toBeCloseTo(0.5);
    expect(criticism?.f1).toBeCloseTo(0.5);
    const demand = score.perLabel.find((s) => s.label === 'demand');
    expect(demand?.precision).toBeCloseTo(0.5);
    expect(demand?.recall).toBeCloseTo(1);
    expect(demand?.f1).toBeCloseTo(2 / 3);
  });

  it('averages F1 over the labels that appear, and reports safety recall on its own', () => {
    expect(score.perLabel.map((s) => s.label)).toEqual(['safety', 'criticism', 'demand']);
    expect(score.macroF1).toBeCloseTo((2 / 3 + 0.5 + 2 / 3) / 3);
    expect(score.safetyRecall).toBeCloseTo(0.5);
    expect(score.lines).toBe(6);
  });

  it('has no safety recall when no line expects safety', () => {
    expect(scoreLabelled([{ expected: ['repair'], predicted: ['repair'] }]).safetyRecall).toBeNull();
  });

  it('scores a label that is never right as zero, not as missing', () => {
    const only = scoreLabelled([{ expected: ['request'], predicted: ['demand'] }]);
    expect(only.perLabel.map((s) => [s.label, s.f1])).toEqual([
      ['demand', 0],
      ['request', 0],
    ]);
    expect(only.macroF1).toBe(0);
  });
});

describe('scoreExpectations', () => {
  it('counts insults flagged as contempt or criticism, and clean lines that raised any concern', () => {
    const score = scoreExpectations([
      { expect: 'contempt', predicted: ['contempt'] },
      { expect: 'contempt', predicted: ['criticism', 'request'] },
      { expect: 'contempt', predicted: ['defensiveness'] },
      { expect: 'none', predicted: [] },
      { expect: 'none', predicted: ['appreciation', 'i_statement'] },
      { expect: 'none', predicted: ['stonewalling'] },
      { expect: 'none', predicted: ['safety'] },
    ]);
    expect(score).toEqual({
      insults: 3,
      insultsFlagged: 2,
      insultRecall: 2 / 3,
      clean: 4,
      cleanAlarmed: 2,
      falseAlarmRate: 0.5,
    });
  });
});
