import { describe, expect, it } from 'vitest';
import { FEELINGS, findPrompt, JOURNAL_PROMPTS, nextPrompt } from './prompts';

describe('journal prompts', () => {
  it('has at least thirty prompts, each a question with its own id', () => {
    expect(JOURNAL_PROMPTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(JOURNAL_PROMPTS.map((p) => p.id)).size).toBe(JOURNAL_PROMPTS.length);
    for (const prompt of JOURNAL_PROMPTS) expect(prompt.text, prompt.id).toMatch(/\?$/);
  });

  it('walks through every prompt once before coming back to the first', () => {
    const seen = new Set<string>();
    let current = JOURNAL_PROMPTS[0]?.id ?? null;
    for (let i = 0; i < JOURNAL_PROMPTS.length; i++) {
      const next = nextPrompt(current);
      seen.add(next.id);
      current = next.id;
    }
    expect(seen.size).toBe(JOURNAL_PROMPTS.length);
    expect(nextPrompt(null)).toEqual(JOURNAL_PROMPTS[0]);
  });

  it('finds a prompt by id and nothing for an unknown one', () => {
    expect(findPrompt('pulled-away')?.text).toMatch(/pull away/);
    expect(findPrompt('nope')).toBeNull();
    expect(findPrompt(null)).toBeNull();
  });

  it('offers about twenty distinct feeling words', () => {
    expect(FEELINGS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(FEELINGS).size).toBe(FEELINGS.length);
  });
});
