import { describe, expect, it } from 'vitest';
import { analyse, type CoachLabel } from './index';
import { REAL_FEELINGS } from './lexicon/feelings';

function suggestionFor(text: string, label: CoachLabel) {
  return analyse(text).findings.find((f) => f.label === label)?.suggestion;
}

/** "I feel [feeling] when [situation]. I need [need]. Would you be willing to [request]?" */
const SHAPE = /^I feel (\w[\w ]*) when (.+)\. I need (.+)\. Would you be willing to (.+)\?$/;

describe('suggested rewrites', () => {
  it('keep the situation words from criticism', () => {
    const suggestion = suggestionFor("You never help with the kids' homework.", 'criticism');
    expect(suggestion?.rewrite).toMatch(SHAPE);
    expect(suggestion?.rewrite).toContain("I feel overwhelmed when I handle the kids' homework alone.");
    expect(suggestion?.rewrite).toContain("help with the kids' homework");
  });

  it('turn an absolute into the one behaviour, without the "always"', () => {
    const rewrite =
      suggestionFor('You always leave me to deal with your mother.', 'criticism')?.rewrite ?? '';
    expect(rewrite).toContain('when you leave me to deal with your mother.');
    expect(rewrite).not.toMatch(/always|never/);
  });

  it('turn an order into a request the partner may decline', () => {
    expect(suggestionFor('You will call me every night at ten.', 'demand')?.rewrite).toMatch(
      /Would you be willing to call me every night at ten\?$/,
    );
    expect(suggestionFor('Get rid of that friend of yours.', 'demand')?.rewrite).toMatch(
      /Would you be willing to talk with me about that friend of yours\?$/,
    );
  });

  it('name the hidden feeling and keep when it happens for a judgement word', () => {
    expect(
      suggestionFor('I feel attacked every time we talk about chores.', 'faux_feeling')?.rewrite,
    ).toMatch(/^I feel tense when we talk about chores\./);
  });

  it('leave a gap rather than invent a situation', () => {
    expect(suggestionFor('Great job, Einstein.', 'contempt')?.rewrite).toContain('[what happened]');
  });

  it('carry three to five real feeling words', () => {
    const texts = [
      "You never help with the kids' homework.",
      "You're useless.",
      'Clean this up before I get back.',
      'I feel so unappreciated.',
      'Why are you so careless with money?',
    ];
    for (const text of texts) {
      for (const finding of analyse(text).findings) {
        const feelings = finding.suggestion?.feelings ?? [];
        expect(feelings.length).toBeGreaterThanOrEqual(3);
        expect(feelings.length).toBeLessThanOrEqual(5);
        for (const feeling of feelings) expect(REAL_FEELINGS).toContain(feeling);
        expect(finding.suggestion?.rewrite).toMatch(SHAPE);
      }
    }
  });

  it('are offered only for criticism, contempt, demand and judgement words', () => {
    const { findings } = analyse(
      "You never help. I feel sad. Thanks for asking. Whatever. It's not my fault.",
    );
    const withSuggestion = findings.filter((f) => f.suggestion).map((f) => f.label);
    expect(withSuggestion).toEqual(['criticism']);
  });
});
