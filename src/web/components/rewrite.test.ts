import { describe, expect, it } from 'vitest';
import { replaceSentence } from './rewrite';

describe('replaceSentence', () => {
  it('replaces only the sentence the suggestion was made for', () => {
    const draft = 'I had a long day. You never help with dinner! Can we talk later?';
    expect(replaceSentence(draft, draft.indexOf('You never'), 'I feel tired when I cook alone.')).toBe(
      'I had a long day. I feel tired when I cook alone. Can we talk later?',
    );
  });

  it('replaces a whole one-sentence draft', () => {
    expect(replaceSentence('You never listen.', 0, 'I feel unheard when I talk.')).toBe(
      'I feel unheard when I talk.',
    );
  });

  it('keeps other lines as they were', () => {
    expect(replaceSentence('Hi.\nYou always forget', 6, 'I feel sad when plans slip.')).toBe(
      'Hi.\nI feel sad when plans slip.',
    );
  });
});
