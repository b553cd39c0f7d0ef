import { describe, expect, it } from 'vitest';
import { INSIGHT_WORDS, practiceName, say, type WordKey } from './words';

const values = {
  practice: 'talk:stress',
  stressor: 'kids',
  difference: -0.75,
  withDays: 12,
  withoutDays: 30,
  low: 0.2,
  high: 1.1,
  needed: 8,
  first: '2026-03-02',
  last: '2026-03-04',
  days: 3,
  from: 2,
  to: 3,
  count: 1,
  sent: 2,
};

describe('the words of insights', () => {
  it('has a sentence for every key, with no value left unsaid', () => {
    for (const key of Object.keys(INSIGHT_WORDS) as WordKey[]) {
      const text = say({ key, values });
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|NaN|\{|\}/);
    }
  });

  it('speaks of association, never of cause, and gives the days behind a finding', () => {
    const text = say({ key: 'helps.higher', values: { ...values, difference: 1 } });
    expect(text).toContain('1 point higher');
    expect(text).toContain('12 days with it, 30 days without');
    expect(text).toContain('not proof');
    for (const words of Object.values(INSIGHT_WORDS)) {
      expect(words(values, { rituals: {} })).not.toMatch(
        /\bcaus(es|ed) (you|your)|because of (you|your partner)|!/i,
      );
    }
  });

  it('names rituals by the name the space gave them, and everything else by what it is', () => {
    expect(practiceName('ritual:r1', { rituals: { r1: 'Sunday coffee' } })).toBe(
      'your ritual “Sunday coffee”',
    );
    expect(practiceName('ritual:gone', { rituals: {} })).toBe('a ritual');
    expect(practiceName('talk:money', { rituals: {} })).toBe('a talk about money');
    expect(say({ key: 'stressor.lower', values }, { rituals: {} })).toContain('the kids');
  });
});

describe('findings that could be chance', () => {
  it('give the difference and its direction, and say it could be chance', () => {
    const higher = say({ key: 'helps.unclear', values: { ...values, difference: 0.4 } });
    expect(higher).toContain('0.4 points higher');
    expect(higher).toContain('could still be chance');
    expect(say({ key: 'stressor.unclear', values: { ...values, difference: -0.2 } })).toContain(
      '0.2 points lower',
    );
    expect(say({ key: 'helps.unclear', values: { ...values, difference: 0 } })).toContain('was the same');
  });
});
