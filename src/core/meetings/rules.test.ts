import { describe, expect, it } from 'vitest';
import { TOPIC_MAX_LENGTH } from '../talks/formats';
import { agendaTopic, isReviewDue, isSameDay, isSameItems, nextMeeting, storedWho } from './rules';

describe('the talk topic made from an agenda', () => {
  it('names the meeting and its items in order', () => {
    expect(agendaTopic('Money meeting', ['Holiday  budget', ' The roof'])).toBe(
      'Money meeting: Holiday budget; The roof',
    );
  });

  it('is the meeting’s name alone when the agenda is empty', () => {
    expect(agendaTopic('Parenting meeting', [])).toBe('Parenting meeting');
  });

  it('is cut at a word to fit a talk topic', () => {
    const long = agendaTopic(
      'Money meeting',
      Array.from({ length: 20 }, (_, i) => `item number ${i}`),
    );
    expect(long.length).toBeLessThanOrEqual(TOPIC_MAX_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    expect(long).toMatch(/^Money meeting: item number 0; /);
    expect(long).not.toMatch(/ …$/);
  });
});

describe('who holds a routine', () => {
  it('is a person, both, or someone named', () => {
    expect(storedWho('me', 'alex', 'sam', undefined)).toEqual({ personId: 'alex' });
    expect(storedWho('partner', 'alex', 'sam', undefined)).toEqual({ personId: 'sam' });
    expect(storedWho('both', 'alex', null, undefined)).toEqual({ kind: 'both' });
    expect(storedWho('other', 'alex', 'sam', ' Grandma Jo ')).toEqual({ kind: 'other', name: 'Grandma Jo' });
  });

  it('cannot be a partner who has not joined, or someone without a name', () => {
    expect(storedWho('partner', 'alex', null, undefined)).toBeNull();
    expect(storedWho('other', 'alex', 'sam', '  ')).toBeNull();
  });
});

describe('an agenda’s new order', () => {
  it('names every item once', () => {
    expect(isSameItems(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isSameItems(['a'], ['a', 'b'])).toBe(false);
    expect(isSameItems(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isSameItems(['a', 'c'], ['a', 'b'])).toBe(false);
  });
});

describe('a meeting today', () => {
  const sundays = {
    rule: 'FREQ=WEEKLY;BYDAY=SU',
    startDay: '2026-03-01',
    time: '20:00',
    timeZone: 'America/New_York',
  };

  it('finds the next meeting, still counting one begun within the hour', () => {
    // Sunday 8 March, 20:00 in New York (summer time from that morning) is 00:00 UTC on the 9th.
    expect(nextMeeting(sundays, new Date('2026-03-08T12:00:00Z'))?.toISOString()).toBe(
      '2026-03-09T00:00:00.000Z',
    );
    expect(nextMeeting(sundays, new Date('2026-03-09T00:30:00Z'))?.toISOString()).toBe(
      '2026-03-09T00:00:00.000Z',
    );
    expect(nextMeeting(sundays, new Date('2026-03-09T01:30:00Z'))?.toISOString()).toBe(
      '2026-03-16T00:00:00.000Z',
    );
  });

  it('is today or not in the reader’s own zone', () => {
    const meeting = new Date('2026-03-09T00:00:00Z');
    const now = new Date('2026-03-08T15:00:00Z');
    expect(isSameDay(meeting, now, 'America/New_York')).toBe(true);
    // In Berlin it is Sunday afternoon, and the meeting falls on Monday at 01:00.
    expect(isSameDay(meeting, now, 'Europe/Berlin')).toBe(false);
  });
});

describe('a plan’s review', () => {
  it('is due from its date on', () => {
    expect(isReviewDue('2026-03-30', '2026-03-29')).toBe(false);
    expect(isReviewDue('2026-03-30', '2026-03-30')).toBe(true);
    expect(isReviewDue(null, '2026-03-30')).toBe(false);
  });
});
