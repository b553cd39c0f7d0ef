import { describe, expect, it } from 'vitest';
import { MIN_DAYS } from './association';
import { dayFromNumber, dayNumber } from './calendar';
import { seededRandom } from './random';
import type { Moment, OwnPulse, PersonRecord } from './types';
import { whatHelps } from './what-helps';

const START = dayNumber('2026-01-05'); // a Monday
const day = (offset: number) => dayFromNumber(START + offset);
const pulse = (offset: number, closeness: number): OwnPulse => ({
  day: day(offset),
  closeness,
  energy: 3,
  stressors: [],
});
const repair = (offset: number): Moment => ({ day: day(offset), kind: 'repair' });

function record(pulses: OwnPulse[], moments: Moment[], cadences?: PersonRecord['cadences']): PersonRecord {
  return {
    cadences: cadences ?? [{ since: day(0), cadence: { kind: 'daily' } }],
    pulses,
    pulledAway: [],
    moments,
  };
}

describe('what helps', () => {
  it('finds a practice that adds exactly one point to the next check-in', () => {
    // Blocks of six days with closeness 2, 3, 4, 2, 3, 4 underneath; a repair the day before the
    // first three lifts each by one. Both groups rest on the same days underneath, so the
    // difference is one by construction.
    const pulses: OwnPulse[] = [pulse(0, 3)];
    const moments: Moment[] = [];
    for (let i = 1; i <= 120; i++) {
      const under = 2 + ((i - 1) % 3);
      const isAfterRepair = (i - 1) % 6 < 3;
      if (isAfterRepair) moments.push(repair(i - 1));
      pulses.push(pulse(i, under + (isAfterRepair ? 1 : 0)));
    }
    const [found] = whatHelps(record(pulses, moments));
    expect(found).toMatchObject({ practice: 'repair', withDays: 60, withoutDays: 60, difference: 1 });
    expect(found?.reading).toBe('higher');
    expect(found?.interval?.low).toBeLessThanOrEqual(1);
    expect(found?.interval?.high).toBeGreaterThanOrEqual(1);
  });

  it('finds nothing in a practice that comes at random, except by the chance a 95 % interval allows', () => {
    const readings = { higher: 0, lower: 0, unclear: 0, 'too-few': 0 };
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed * 7919);
      const pulses: OwnPulse[] = [];
      const moments: Moment[] = [];
      for (let i = 0; i < 300; i++) {
        pulses.push(pulse(i, 1 + Math.floor(random() * 5)));
        if (random() < 0.4) moments.push(repair(i));
      }
      const [found] = whatHelps(record(pulses, moments));
      if (found) readings[found.reading]++;
      if (found?.reading === 'unclear') {
        expect(found.interval?.low).toBeLessThan(0);
        expect(found.interval?.high).toBeGreaterThan(0);
      }
    }
    // About one series in twenty shows a "pattern" by chance: 10 expected, far from 0 or 40.
    expect(readings['too-few']).toBe(0);
    expect(readings.higher + readings.lower).toBeGreaterThanOrEqual(3);
    expect(readings.higher + readings.lower).toBeLessThanOrEqual(20);
  });

  it(`says nothing below ${MIN_DAYS} days with it`, () => {
    const pulses = Array.from({ length: 40 }, (_, i) => pulse(i, i % 2 === 0 ? 2 : 5));
    const moments = [1, 3, 5, 7, 9, 11, 13].map(repair); // seven, each before a 5
    const [found] = whatHelps(record(pulses, moments));
    expect(found).toMatchObject({ withDays: 7, difference: null, interval: null, reading: 'too-few' });
    const [enough] = whatHelps(record(pulses, [...moments, repair(15)]));
    expect(enough).toMatchObject({ withDays: 8, reading: 'lower' });
  });

  it('leaves out the first check-in and anything before it', () => {
    const pulses = Array.from({ length: 20 }, (_, i) => pulse(i + 1, 3));
    const [found] = whatHelps(record(pulses, [repair(0)]));
    expect(found).toMatchObject({ withDays: 0, withoutDays: 19 });
  });

  it('counts neither a missed check-in nor the one after the gap as after a practice two days back', () => {
    const pulses = [0, 1, 2, 4, 5].map((i) => pulse(i, 3)); // day 3 missed
    // Repair on day 2: its check-in (day 3) is missing, and day 4's window is day 3 alone.
    const [found] = whatHelps(record(pulses, [repair(2)]));
    expect(found).toMatchObject({ withDays: 0, withoutDays: 4 });
  });

  it('gives a same-day practice to the next check-in', () => {
    const [found] = whatHelps(record([pulse(0, 3), pulse(1, 3), pulse(2, 3)], [repair(1)]));
    expect(found).toMatchObject({ withDays: 1, withoutDays: 1 });
  });

  it('reads the cadence: every other day, and Friday to Monday on weekdays', () => {
    const alternate = [{ since: day(0), cadence: { kind: 'alternate' as const, anchor: day(0) } }];
    // Check-ins on 0, 2, 4; a repair on 3 (not a check-in day) comes before 4's check-in.
    const [everyOther] = whatHelps(record([pulse(0, 3), pulse(2, 3), pulse(4, 3)], [repair(3)], alternate));
    expect(everyOther).toMatchObject({ withDays: 1, withoutDays: 1 });
    const weekdays = [{ since: day(0), cadence: { kind: 'weekdays' as const, weekdays: [1, 2, 3, 4, 5] } }];
    // Friday is offset 4, Monday 7; a repair on Saturday (5) comes before Monday's check-in.
    const [weekend] = whatHelps(record([pulse(4, 3), pulse(7, 3)], [repair(5)], weekdays));
    expect(weekend).toMatchObject({ withDays: 1, withoutDays: 0 });
  });

  it('keeps each ritual and each talk format apart, and leaves out what is not a practice', () => {
    const pulses = Array.from({ length: 10 }, (_, i) => pulse(i, 3));
    const moments: Moment[] = [
      { day: day(1), kind: 'ritual', ritualId: 'walk', isKept: true },
      { day: day(2), kind: 'ritual', ritualId: 'walk', isKept: false },
      { day: day(3), kind: 'talk', format: 'state-of-us' },
      { day: day(4), kind: 'pause', isHonoured: false },
      { day: day(5), kind: 'appreciation', direction: 'sent' },
      { day: day(6), kind: 'appreciation', direction: 'received' },
      { day: day(7), kind: 'pause', isHonoured: true },
    ];
    const practices = whatHelps(record(pulses, moments)).map((a) => `${a.practice} ${a.withDays}`);
    expect(practices.sort()).toEqual(['appreciation 1', 'pause 1', 'ritual:walk 1', 'talk:state-of-us 1']);
  });
});
