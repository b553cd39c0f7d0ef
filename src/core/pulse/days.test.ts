import { describe, expect, it } from 'vitest';
import { isCadenceDay, nextCadenceDay, parseDay, shiftDay, todayIn, weekdayOf } from './days';

describe('today, in the person’s own time zone', () => {
  it('is already tomorrow in Tokyo while it is still today in New York', () => {
    const now = new Date('2026-11-25T20:30:00Z');
    expect(todayIn(now, 'Asia/Tokyo')).toBe('2026-11-26');
    expect(todayIn(now, 'America/New_York')).toBe('2026-11-25');
    expect(todayIn(now, 'Europe/Berlin')).toBe('2026-11-25');
  });

  it('turns at local midnight across a daylight-saving change', () => {
    // Berlin leaves summer time on 25 October 2026: midnight on the 26th is 23:00 UTC.
    expect(todayIn(new Date('2026-10-25T22:59:00Z'), 'Europe/Berlin')).toBe('2026-10-25');
    expect(todayIn(new Date('2026-10-25T23:00:00Z'), 'Europe/Berlin')).toBe('2026-10-26');
    // New York enters summer time on 8 March 2026: midnight on the 9th is 04:00 UTC.
    expect(todayIn(new Date('2026-03-09T03:59:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(todayIn(new Date('2026-03-09T04:00:00Z'), 'America/New_York')).toBe('2026-03-09');
  });

  it('reads only real calendar days', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('cadence days', () => {
  it('counts every other day from the anchor, on both sides of it and across months', () => {
    const cadence = { kind: 'alternate', anchor: '2026-11-25' } as const;
    expect(isCadenceDay(cadence, '2026-11-25')).toBe(true);
    expect(isCadenceDay(cadence, '2026-11-26')).toBe(false);
    expect(isCadenceDay(cadence, '2026-11-27')).toBe(true);
    expect(isCadenceDay(cadence, '2026-11-24')).toBe(false);
    expect(isCadenceDay(cadence, '2026-11-23')).toBe(true);
    expect(isCadenceDay(cadence, '2026-12-01')).toBe(true);
    expect(nextCadenceDay(cadence, '2026-11-26')).toBe('2026-11-27');
  });

  it('keeps every other day steady through a daylight-saving night', () => {
    const cadence = { kind: 'alternate', anchor: '2026-10-24' } as const;
    const day = todayIn(new Date('2026-10-26T06:00:00Z'), 'Europe/Berlin');
    expect(day).toBe('2026-10-26');
    expect(isCadenceDay(cadence, day)).toBe(true);
  });

  it('follows chosen weekdays', () => {
    const cadence = { kind: 'weekdays', weekdays: [1, 3, 5] } as const;
    expect(weekdayOf('2026-11-25')).toBe(3);
    expect(isCadenceDay(cadence, '2026-11-25')).toBe(true);
    expect(isCadenceDay(cadence, '2026-11-26')).toBe(false);
    expect(nextCadenceDay(cadence, '2026-11-28')).toBe('2026-11-30');
  });

  it('gives the same weekday a different answer for partners on different sides of midnight', () => {
    const cadence = { kind: 'weekdays', weekdays: [4] } as const;
    const now = new Date('2026-11-25T20:30:00Z');
    expect(isCadenceDay(cadence, todayIn(now, 'Asia/Tokyo'))).toBe(true);
    expect(isCadenceDay(cadence, todayIn(now, 'America/New_York'))).toBe(false);
  });

  it('has every day for a daily cadence and none for an empty weekday list', () => {
    expect(nextCadenceDay({ kind: 'daily' }, '2026-11-25')).toBe('2026-11-25');
    expect(nextCadenceDay({ kind: 'weekdays', weekdays: [] }, '2026-11-25')).toBeNull();
  });
});
