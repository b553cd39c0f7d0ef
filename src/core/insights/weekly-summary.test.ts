import { describe, expect, it } from 'vitest';
import type { PersonRecord } from './types';
import { weeklySummary } from './weekly-summary';
import type { PracticeAssociation } from './what-helps';
import { say } from './words';

const daily: PersonRecord['cadences'] = [{ since: '2026-03-01', cadence: { kind: 'daily' } }];
const pulse = (
  day: string,
  closeness: number,
  stressors: PersonRecord['pulses'][number]['stressors'] = [],
) => ({
  day,
  closeness,
  energy: 3,
  stressors,
});
const association = (practice: PracticeAssociation['practice'], reading: PracticeAssociation['reading']) => ({
  practice,
  withDays: 20,
  withoutDays: 40,
  difference: reading === 'too-few' ? null : reading === 'higher' ? 0.8 : 0.1,
  interval: reading === 'too-few' ? null : { low: 0.3, high: 1.2 },
  reading,
});

const week: PersonRecord = {
  cadences: daily,
  // Last week 2 and 2; this week (8–14 March) 3 and 4: closer by 1.5.
  pulses: [pulse('2026-03-02', 2), pulse('2026-03-03', 2), pulse('2026-03-09', 3), pulse('2026-03-12', 4)],
  pulledAway: [],
  moments: [
    { day: '2026-03-03', kind: 'repair' }, // last week: not this week's win
    { day: '2026-03-10', kind: 'ritual', ritualId: 'walk', isKept: true },
    { day: '2026-03-11', kind: 'ritual', ritualId: 'walk', isKept: true },
    { day: '2026-03-11', kind: 'pause', isHonoured: true },
    { day: '2026-03-13', kind: 'appreciation', direction: 'received' },
  ],
};

describe('the weekly summary', () => {
  it('picks at most three wins of the week, the hardest-won first', () => {
    const summary = weeklySummary(week, '2026-03-14', []);
    expect(summary.first).toBe('2026-03-08');
    expect(summary.wins).toEqual([
      { key: 'win.closer', values: { from: 2, to: 3.5 } },
      { key: 'win.pause', values: { count: 1 } },
      { key: 'win.ritual', values: { count: 2 } },
    ]);
    expect(summary.wins.map((w) => say(w))).toContain('You kept a ritual twice.');
  });

  it('names a practice that helped and happened this week before one that helped at other times', () => {
    const helps = [association('talk:money', 'higher'), association('ritual:walk', 'higher')];
    const summary = weeklySummary(week, '2026-03-14', helps);
    expect(summary.helped).toEqual({
      key: 'helped.this-week',
      values: { practice: 'ritual:walk', difference: 0.8, withDays: 20 },
    });
    expect(say(summary.helped, { rituals: { walk: 'Evening walk' } })).toContain(
      'your ritual “Evening walk”',
    );
    // The money talk has helped but did not happen this week: that is the one suggestion.
    expect(summary.suggestion).toEqual({ key: 'suggest.try-practice', values: { practice: 'talk:money' } });
  });

  it('is honest when no practice has enough days yet, or none shows a clear difference', () => {
    expect(weeklySummary(week, '2026-03-14', [association('repair', 'too-few')]).helped).toEqual({
      key: 'helped.not-yet',
      values: { needed: 8 },
    });
    expect(weeklySummary(week, '2026-03-14', [association('repair', 'unclear')]).helped.key).toBe(
      'helped.none-clear',
    );
  });

  it('suggests checking in after a week without check-ins, and sharing stress marked twice', () => {
    expect(weeklySummary(week, '2026-03-28', []).suggestion.key).toBe('suggest.check-in');
    const stressed = {
      ...week,
      pulses: [pulse('2026-03-09', 3, ['work']), pulse('2026-03-10', 3, ['work'])],
    };
    expect(weeklySummary(stressed, '2026-03-14', []).suggestion).toEqual({
      key: 'suggest.share-stress',
      values: { stressor: 'work' },
    });
  });

  it('invites an appreciation when none was sent, and otherwise one small moment', () => {
    expect(weeklySummary(week, '2026-03-14', []).suggestion.key).toBe('suggest.appreciate');
    const sent = {
      ...week,
      moments: [...week.moments, { day: '2026-03-14', kind: 'appreciation', direction: 'sent' } as const],
    };
    expect(weeklySummary(sent, '2026-03-14', []).suggestion.key).toBe('suggest.notice-moment');
  });
});
