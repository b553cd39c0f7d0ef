import { describe, expect, it } from 'vitest';
import { shiftDay } from './days';
import { gestureFor } from './gestures';
import { QUESTION_CATEGORIES, QUESTIONS, questionFor } from './questions';

describe('the question of the day', () => {
  it('has at least 60 distinct open questions in every category', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(QUESTIONS.map((q) => q.text)).size).toBe(QUESTIONS.length);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const category of QUESTION_CATEGORIES)
      expect(QUESTIONS.filter((q) => q.category === category).length).toBeGreaterThan(5);
    for (const q of QUESTIONS) {
      expect(q.text.endsWith('?'), q.text).toBe(true);
      expect(q.text).not.toContain('!');
    }
  });

  it('is the same all day for a space, and does not repeat within 60 days', () => {
    for (const spaceId of ['0b1c-space', 'a3f9-space', '5e5e-space']) {
      expect(questionFor(spaceId, '2026-11-25')).toEqual(questionFor(spaceId, '2026-11-25'));
      for (let start = 0; start < 400; start += 37) {
        const seen = new Set<string>();
        for (let i = 0; i < 60; i++) seen.add(questionFor(spaceId, shiftDay('2026-01-01', start + i)).id);
        expect(seen.size).toBe(60);
      }
    }
  });

  it('walks a different order for different spaces', () => {
    const days = Array.from({ length: 10 }, (_, i) => shiftDay('2026-11-25', i));
    const a = days.map((d) => questionFor('space-one', d).id);
    const b = days.map((d) => questionFor('space-two', d).id);
    expect(a).not.toEqual(b);
  });
});

describe('a supportive gesture', () => {
  it('answers outside stress, and nothing else', () => {
    expect(gestureFor(['work'], 3)).toBeTruthy();
    expect(gestureFor(['other'], 3)).toBeNull();
    expect(gestureFor([], 3)).toBeNull();
  });
});
