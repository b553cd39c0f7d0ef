import { describe, expect, it } from 'vitest';
import { isOccurrenceDay, isRitualRule, nextOccurrence, occurrencesBetween } from './recurrence';

const at = (iso: string) => new Date(iso);
const iso = (list: Array<{ startsAt: Date }>) => list.map((o) => o.startsAt.toISOString());

describe('ritual rules', () => {
  it('accepts daily, weekly and monthly rules and refuses everything else', () => {
    for (const rule of [
      'FREQ=DAILY',
      'FREQ=WEEKLY;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      'FREQ=MONTHLY;BYDAY=1SU',
      'FREQ=DAILY;COUNT=5',
      'FREQ=WEEKLY;UNTIL=20260401',
    ])
      expect(isRitualRule(rule), rule).toBe(true);
    for (const rule of [
      '',
      'FREQ=HOURLY',
      'FREQ=DAILY;BYHOUR=1,2,3',
      'FREQ=WEEKLY;BYDAY=1MO',
      'FREQ=DAILY;FREQ=DAILY',
      'FREQ=DAILY;COUNT=1;UNTIL=20260401',
      'FREQ=DAILY;UNTIL=20261341',
      'BYDAY=MO',
      'FREQ=DAILY;INTERVAL=0',
    ])
      expect(isRitualRule(rule), rule).toBe(false);
  });
});

describe('occurrences in a time zone', () => {
  const walk = {
    rule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    startDay: '2026-03-02',
    time: '19:00',
    timeZone: 'Europe/Berlin',
  };

  it('fall on the rule’s weekdays at the local time', () => {
    const found = occurrencesBetween(walk, at('2026-03-01T00:00:00Z'), at('2026-03-10T00:00:00Z'));
    expect(found.map((o) => o.day)).toEqual(['2026-03-02', '2026-03-05', '2026-03-09']);
    expect(iso(found)).toEqual([
      '2026-03-02T18:00:00.000Z',
      '2026-03-05T18:00:00.000Z',
      '2026-03-09T18:00:00.000Z',
    ]);
  });

  it('keep the local time across a daylight-saving change (Berlin, 29 March 2026)', () => {
    const daily = { ...walk, rule: 'FREQ=DAILY', time: '19:30' };
    const found = occurrencesBetween(daily, at('2026-03-28T00:00:00Z'), at('2026-03-31T00:00:00Z'));
    expect(iso(found)).toEqual([
      '2026-03-28T18:30:00.000Z',
      '2026-03-29T17:30:00.000Z',
      '2026-03-30T17:30:00.000Z',
    ]);
  });

  it('move a time the clocks skip forward by the gap, and never lose the day', () => {
    const early = { ...walk, rule: 'FREQ=DAILY', time: '02:30' };
    const found = occurrencesBetween(early, at('2026-03-28T00:00:00Z'), at('2026-03-31T00:00:00Z'));
    expect(found.map((o) => o.day)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    // 02:30 does not exist on the 29th in Berlin: it happens at 03:30 summer time.
    expect(iso(found)).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
  });

  it('are the same moment for a partner in New York, whose clocks change on another date', () => {
    const ny = { ...walk, rule: 'FREQ=DAILY', time: '14:00', timeZone: 'America/New_York' };
    const found = occurrencesBetween(ny, at('2026-03-07T00:00:00Z'), at('2026-03-10T00:00:00Z'));
    expect(iso(found)).toEqual([
      '2026-03-07T19:00:00.000Z',
      '2026-03-08T18:00:00.000Z',
      '2026-03-09T18:00:00.000Z',
    ]);
  });

  it('start on the first day, stop after the last one, and end with the count', () => {
    const from = at('2026-01-01T00:00:00Z');
    const to = at('2026-06-01T00:00:00Z');
    expect(
      occurrencesBetween({ ...walk, rule: 'FREQ=DAILY;UNTIL=20260304' }, from, to).map((o) => o.day),
    ).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(occurrencesBetween({ ...walk, rule: 'FREQ=DAILY;COUNT=2' }, from, to)).toHaveLength(2);
    expect(nextOccurrence({ ...walk, rule: 'FREQ=DAILY;COUNT=2' }, at('2026-03-10T00:00:00Z'))).toBeNull();
  });

  it('keep their rhythm years after the first day', () => {
    const march = [at('2026-03-01T00:00:00Z'), at('2026-04-01T00:00:00Z')] as const;
    const fortnightly = { ...walk, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', startDay: '2021-01-01' };
    expect(occurrencesBetween(fortnightly, ...march).map((o) => o.day)).toEqual(['2026-03-06', '2026-03-20']);
    const onThe31st = { ...walk, rule: 'FREQ=MONTHLY', startDay: '2020-01-31' };
    expect(
      occurrencesBetween(onThe31st, at('2026-03-01T00:00:00Z'), at('2026-09-01T00:00:00Z')).map((o) => o.day),
    ).toEqual(['2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31']);
    const leapDay = { ...walk, rule: 'FREQ=MONTHLY;INTERVAL=12', startDay: '2020-02-29' };
    expect(
      occurrencesBetween(leapDay, at('2025-01-01T00:00:00Z'), at('2029-01-01T00:00:00Z')).map((o) => o.day),
    ).toEqual(['2028-02-29']);
    const everyThirdDay = { ...walk, rule: 'FREQ=DAILY;INTERVAL=3', startDay: '2025-03-01' };
    expect(
      occurrencesBetween(everyThirdDay, ...march)
        .map((o) => o.day)
        .slice(0, 3),
    ).toEqual(['2026-03-02', '2026-03-05', '2026-03-08']);
  });

  it('find the first Sunday of each month and the next occurrence after a moment', () => {
    const monthly = { ...walk, rule: 'FREQ=MONTHLY;BYDAY=1SU', time: '17:00' };
    expect(nextOccurrence(monthly, at('2026-03-02T09:00:00Z'))?.day).toBe('2026-04-05');
    expect(isOccurrenceDay(walk, '2026-03-05')?.startsAt.toISOString()).toBe('2026-03-05T18:00:00.000Z');
    expect(isOccurrenceDay(walk, '2026-03-04')).toBeNull();
  });
});
