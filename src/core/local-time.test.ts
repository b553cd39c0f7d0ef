import { describe, expect, it } from 'vitest';
import { localToUtc, nextLocalTime, quietHoursEnd } from './local-time';

const at = (iso: string) => new Date(iso);

describe('a local time to its UTC instant', () => {
  it('follows Berlin across the October change (last Sunday): 20:00 stays 20:00 on the wall', () => {
    expect(localToUtc({ year: 2026, month: 10, day: 24 }, { hour: 20, minute: 0 }, 'Europe/Berlin')).toEqual(
      at('2026-10-24T18:00:00Z'),
    );
    expect(localToUtc({ year: 2026, month: 10, day: 25 }, { hour: 20, minute: 0 }, 'Europe/Berlin')).toEqual(
      at('2026-10-25T19:00:00Z'),
    );
  });

  it('follows New York across the November change (first Sunday)', () => {
    expect(
      localToUtc({ year: 2026, month: 10, day: 31 }, { hour: 8, minute: 30 }, 'America/New_York'),
    ).toEqual(at('2026-10-31T12:30:00Z'));
    expect(
      localToUtc({ year: 2026, month: 11, day: 1 }, { hour: 8, minute: 30 }, 'America/New_York'),
    ).toEqual(at('2026-11-01T13:30:00Z'));
  });

  it('takes a time that happens twice at its first occurrence', () => {
    // 02:30 on 25 October 2026 in Berlin happens in summer time, then again in winter time.
    expect(localToUtc({ year: 2026, month: 10, day: 25 }, { hour: 2, minute: 30 }, 'Europe/Berlin')).toEqual(
      at('2026-10-25T00:30:00Z'),
    );
    expect(
      localToUtc({ year: 2026, month: 11, day: 1 }, { hour: 1, minute: 30 }, 'America/New_York'),
    ).toEqual(at('2026-11-01T05:30:00Z'));
  });

  it('moves a skipped time forward by the gap', () => {
    // 02:30 on 29 March 2026 does not exist in Berlin; it becomes 03:30 summer time.
    expect(localToUtc({ year: 2026, month: 3, day: 29 }, { hour: 2, minute: 30 }, 'Europe/Berlin')).toEqual(
      at('2026-03-29T01:30:00Z'),
    );
    expect(localToUtc({ year: 2026, month: 3, day: 8 }, { hour: 2, minute: 15 }, 'America/New_York')).toEqual(
      at('2026-03-08T07:15:00Z'),
    );
  });

  it('works for zones without daylight saving and with odd offsets', () => {
    expect(localToUtc({ year: 2026, month: 7, day: 1 }, { hour: 9, minute: 0 }, 'Asia/Kolkata')).toEqual(
      at('2026-07-01T03:30:00Z'),
    );
    expect(localToUtc({ year: 2026, month: 7, day: 1 }, { hour: 9, minute: 0 }, 'UTC')).toEqual(
      at('2026-07-01T09:00:00Z'),
    );
  });
});

describe('the next occurrence of a local time', () => {
  it('is later today when the time has not come yet, tomorrow otherwise', () => {
    const time = { hour: 20, minute: 0 };
    expect(nextLocalTime(at('2026-10-24T12:00:00Z'), time, 'Europe/Berlin')).toEqual(
      at('2026-10-24T18:00:00Z'),
    );
    expect(nextLocalTime(at('2026-10-24T19:00:00Z'), time, 'Europe/Berlin')).toEqual(
      at('2026-10-25T19:00:00Z'),
    );
  });
});

describe('quiet hours', () => {
  const quiet = { start: { hour: 22, minute: 0 }, end: { hour: 7, minute: 0 } };

  it('know when they end, across midnight, in the person’s own zone', () => {
    expect(quietHoursEnd(at('2026-10-24T21:30:00Z'), quiet, 'Europe/Berlin')).toEqual(
      at('2026-10-25T06:00:00Z'),
    );
    expect(quietHoursEnd(at('2026-10-24T12:00:00Z'), quiet, 'Europe/Berlin')).toBeNull();
  });

  it('mean nothing when they start and end at the same time', () => {
    const none = { start: { hour: 7, minute: 0 }, end: { hour: 7, minute: 0 } };
    expect(quietHoursEnd(at('2026-10-24T05:00:00Z'), none, 'Europe/Berlin')).toBeNull();
  });
});
