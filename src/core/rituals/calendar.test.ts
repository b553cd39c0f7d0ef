import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarOf, escapeText, foldLine } from './calendar';

describe('the iCalendar file', () => {
  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('Walk, talk; rest\\ \nrepeat')).toBe('Walk\\, talk\\; rest\\\\ \\nrepeat');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'ö'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('reads back with its words, times and cancellations intact', () => {
    const text = calendarOf(
      'Tend rituals',
      [
        {
          uid: 'a@tend',
          title: 'Coffee, slowly; together',
          description: `Line one\nLine two ${'long '.repeat(30)}`,
          startsAt: new Date('2026-03-07T08:30:00Z'),
          minutes: 30,
          isCancelled: false,
        },
        {
          uid: 'b@tend',
          title: 'Walk',
          description: null,
          startsAt: new Date('2026-03-08T18:00:00Z'),
          minutes: 15,
          isCancelled: true,
        },
      ],
      new Date('2026-03-02T09:00:00Z'),
    );
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const coffee = new ICAL.Event(events[0]);
    expect(coffee.summary).toBe('Coffee, slowly; together');
    expect(coffee.description).toBe(`Line one\nLine two ${'long '.repeat(30)}`);
    expect(coffee.startDate.toJSDate().toISOString()).toBe('2026-03-07T08:30:00.000Z');
    expect(coffee.endDate.toJSDate().toISOString()).toBe('2026-03-07T09:00:00.000Z');
    expect(events[1]?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
