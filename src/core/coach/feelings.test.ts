import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import { REAL_FEELINGS } from './lexicon/feelings';
import { check } from './test-cases';

describe('faux_feeling: a judgement worded as a feeling', () => {
  check([
    ['I feel ignored.', ['faux_feeling']],
    ['I feel so unappreciated.', ['faux_feeling']],
    ['I feel neglected.', ['faux_feeling']],
    ['I felt so betrayed when you told her.', ['faux_feeling']],
    ['I feel rejected every time you turn away.', ['faux_feeling']],
    ["I'm feeling really taken for granted.", ['faux_feeling']],
    ["I've been feeling really neglected.", ['faux_feeling']],
    ['You make me feel so small and unimportant.', ['faux_feeling']],
    ['I feel like I\u2019m being pushed away.', ['faux_feeling']],
    ['Honestly I feel pretty used.', ['faux_feeling']],
  ]);

  it('is not a denied judgement', () => {
    expect(analyse("I don't feel ignored at all.").labels).toEqual([]);
    expect(analyse('I never feel judged by you.').labels).not.toContain('faux_feeling');
  });

  it('offers the real feelings the judgement may hide', () => {
    const finding = analyse('I feel ignored.').findings.find((f) => f.label === 'faux_feeling');
    expect(finding?.suggestion?.feelings).toEqual(['lonely', 'hurt', 'sad', 'disconnected']);
  });
});

describe('thought_as_feeling: a belief worded as a feeling', () => {
  check([
    ["I feel like you don't want to be here.", ['thought_as_feeling']],
    ['I feel that you lied to me.', ['thought_as_feeling']],
    ["I feel you're judging me.", ['thought_as_feeling']],
    ['I feel like you never listen to me.', ['thought_as_feeling']],
    ["I feel that you don't respect my time.", ['thought_as_feeling']],
    ['I feel as if nobody in this house notices me.', ['thought_as_feeling']],
    ['I feel like the kids matter more to you than I do.', ['thought_as_feeling']],
    ['I feel like nothing I do is good enough for you.', ['thought_as_feeling']],
    ["I feel as though you've already decided.", ['thought_as_feeling']],
  ]);

  describe('a wish is not a belief', () => {
    check([
      ['I feel like a walk after dinner.', []],
      ['I feel like pizza tonight.', []],
      ['I feel like going for a swim.', []],
      ['I feel like Thai food tonight.', []],
      ['I feel that way too.', []],
    ]);
  });
});

describe('i_statement: the writer owning a real feeling', () => {
  check([
    ['I feel anxious when the bills are late.', ['i_statement']],
    ['I feel lonely on the nights you work late.', ['i_statement']],
    ['I felt hurt when you left without saying goodbye.', ['i_statement']],
    ["I'm feeling overwhelmed with work this month.", ['i_statement']],
    ['I get anxious when you drive fast.', ['i_statement']],
    ["I'm nervous about meeting your parents.", ['i_statement']],
    ["I was worried when you didn't answer.", ['i_statement']],
    ['It makes me sad when we skip our walks.', ['i_statement']],
  ]);

  it('is not claimed for feelings the writer denies', () => {
    expect(analyse("I'm not angry.").labels).toEqual([]);
  });

  it('is not a defensive excuse', () => {
    expect(analyse('What did you expect, I was exhausted.').labels).toEqual(['defensiveness']);
  });

  it('only ever suggests real feelings', () => {
    for (const text of [
      'I feel attacked every time we talk about chores.',
      'I feel cheated out of our weekend.',
      'You never help.',
    ]) {
      for (const finding of analyse(text).findings) {
        for (const feeling of finding.suggestion?.feelings ?? []) expect(REAL_FEELINGS).toContain(feeling);
      }
    }
  });
});
