import { describe, expect, it } from 'vitest';
import { RITUAL_LIBRARY, RITUAL_TITLE_MAX_LENGTH, ritualTitleFrom } from './library';

describe('the ritual library', () => {
  it('offers at least twelve rituals, each with a title within the limit and words on how', () => {
    expect(RITUAL_LIBRARY.length).toBeGreaterThanOrEqual(12);
    for (const ritual of RITUAL_LIBRARY) {
      expect(ritual.title.length).toBeLessThanOrEqual(RITUAL_TITLE_MAX_LENGTH);
      expect(ritual.how.length).toBeGreaterThan(20);
    }
  });
});

describe('a ritual title from an adopted idea', () => {
  it('keeps short words as they are', () => {
    expect(ritualTitleFrom('  Lay out   clothes the night before ')).toBe('Lay out clothes the night before');
  });

  it('cuts long words at a whole word within the limit, and says so with an ellipsis', () => {
    const idea =
      'Every Sunday evening we sit down for twenty minutes with tea, look at the week ahead, and split the school runs fairly';
    const title = ritualTitleFrom(idea);
    expect(title.length).toBeLessThanOrEqual(RITUAL_TITLE_MAX_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(idea.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.slice(0, -1).endsWith(' ')).toBe(false);
  });
});
