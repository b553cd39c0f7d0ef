import { describe, expect, it } from 'vitest';
import { RITUAL_LIBRARY } from '../../../core/rituals/library';
import { isRitualRule } from '../../../core/rituals/recurrence';
import { describeRule, type Rhythm, rhythmOf, ruleOf } from './rhythm';

describe('the rhythm a person picks', () => {
  it('becomes a rule the server accepts, and reads back as the same choice', () => {
    const choices: Rhythm[] = [
      { kind: 'daily' },
      { kind: 'weekly', days: [1, 4] },
      { kind: 'fortnightly', days: [5] },
      { kind: 'monthly', day: 0 },
    ];
    for (const choice of choices) {
      const rule = ruleOf(choice);
      expect(isRitualRule(rule), rule).toBe(true);
      expect(rhythmOf(rule)).toEqual(choice);
    }
    expect(ruleOf({ kind: 'weekly', days: [0, 1] })).toBe('FREQ=WEEKLY;BYDAY=MO,SU');
  });

  it('reads every library ritual’s rhythm and says it in words', () => {
    for (const ritual of RITUAL_LIBRARY) expect(ruleOf(rhythmOf(ritual.rule))).toBe(ritual.rule);
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO,WE,FR')).toBe('Monday, Wednesday, Friday');
    expect(describeRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR')).toBe('Every other week: Friday');
    expect(describeRule('FREQ=MONTHLY;BYDAY=1SU')).toBe('Once a month: Sunday');
    expect(describeRule('FREQ=DAILY')).toBe('Every day');
  });
});
