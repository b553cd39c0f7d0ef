import { describe, expect, it } from 'vitest';
import { CadenceCalendar, dayFromNumber, dayNumber } from './calendar';

describe('the insights calendar', () => {
  it('turns days into numbers and back, across a leap day and a year end', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayFromNumber(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
  });

  it('follows the cadence in force each day, and the first one before it began', () => {
    const calendar = new CadenceCalendar([
      // 2 March 2026 is a Monday; from the 9th, Mondays and Thursdays only.
      { since: '2026-03-09', cadence: { kind: 'weekdays', weekdays: [1, 4] } },
      { since: '2026-03-02', cadence: { kind: 'alternate', anchor: '2026-03-02' } },
    ]);
    const days = ['2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-08', '2026-03-09'];
    expect(days.map((d) => calendar.isCadenceDay(dayNumber(d)))).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
    ]);
    expect(calendar.isCadenceDay(dayNumber('2026-03-10'))).toBe(false);
    expect(calendar.isCadenceDay(dayNumber('2026-03-12'))).toBe(true);
    expect(dayFromNumber(calendar.previousCadenceDay(dayNumber('2026-03-12')) ?? 0)).toBe('2026-03-09');
  });

  it('finds no previous check-in day for a cadence with none', () => {
    const never = new CadenceCalendar([{ since: '2026-03-02', cadence: { kind: 'weekdays', weekdays: [] } }]);
    expect(never.previousCadenceDay(dayNumber('2026-03-12'))).toBeNull();
  });
});
