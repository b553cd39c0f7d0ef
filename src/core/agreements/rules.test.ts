import { describe, expect, it } from 'vitest';
import { defaultReviewDay, parseDay, reviewDayProblem, todayIn } from './days';
import { type AgreementState, check, isDue, isStale } from './rules';

const waiting = { number: 1, proposedBy: 'alex', status: 'proposed', isDiscussed: false } as const;
const proposed: AgreementState = {
  status: 'proposed',
  latest: 1,
  activeNumber: null,
  pending: waiting,
  reviewOn: null,
};
const active: AgreementState = {
  status: 'active',
  latest: 2,
  activeNumber: 2,
  pending: null,
  reviewOn: '2026-03-30',
};

describe('agreement moves', () => {
  it('let only the partner accept or ask to talk over a proposal', () => {
    expect(check(proposed, { type: 'accept' }, 'sam', '2026-03-02')).toEqual({ ok: true });
    expect(check(proposed, { type: 'accept' }, 'alex', '2026-03-02').ok).toBe(false);
    expect(check(proposed, { type: 'discuss' }, 'alex', '2026-03-02').ok).toBe(false);
    const discussed = { ...proposed, pending: { ...waiting, isDiscussed: true } };
    expect(check(discussed, { type: 'discuss' }, 'sam', '2026-03-02').ok).toBe(false);
    expect(check(discussed, { type: 'accept' }, 'sam', '2026-03-02').ok).toBe(true);
    expect(check(active, { type: 'accept' }, 'sam', '2026-03-02')).toEqual({
      ok: false,
      reason: 'There is no proposal waiting for an answer.',
    });
  });

  it('offer keep only from the review date on', () => {
    expect(isDue(active, '2026-03-29')).toBe(false);
    expect(isDue(active, '2026-03-30')).toBe(true);
    expect(check(active, { type: 'keep' }, 'sam', '2026-03-29').ok).toBe(false);
    expect(check(active, { type: 'keep' }, 'sam', '2026-04-02').ok).toBe(true);
    expect(isDue(proposed, '2027-01-01')).toBe(false);
  });

  it('end with retirement', () => {
    const retired: AgreementState = { ...active, status: 'retired' };
    for (const type of ['accept', 'change', 'discuss', 'keep', 'retire'] as const) {
      expect(check(retired, { type }, 'sam', '2026-04-01').ok).toBe(false);
    }
    expect(isDue(retired, '2026-04-01')).toBe(false);
  });

  it('call a change stale when it was based on an older version', () => {
    expect(isStale(active, 2)).toBe(false);
    expect(isStale(active, 1)).toBe(true);
  });
});

describe('review days', () => {
  it('default to four weeks from today, across month ends', () => {
    expect(defaultReviewDay('2026-03-02')).toBe('2026-03-30');
    expect(defaultReviewDay('2026-12-20')).toBe('2027-01-17');
  });

  it('are real days from today to a year ahead', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(reviewDayProblem('2026-03-02', '2026-03-02')).toBeNull();
    expect(reviewDayProblem('2026-03-01', '2026-03-02')).toBe('choose today or a later day');
    expect(reviewDayProblem('2027-06-01', '2026-03-02')).toBe('choose a day within a year');
    expect(reviewDayProblem('2026-13-01', '2026-03-02')).toBe('choose a real date');
  });

  it('count today in the person’s own zone', () => {
    const lateInBerlin = new Date('2026-03-02T23:30:00Z');
    expect(todayIn(lateInBerlin, 'Europe/Berlin')).toBe('2026-03-03');
    expect(todayIn(lateInBerlin, 'America/New_York')).toBe('2026-03-02');
  });
});
