import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import { normalise, read } from './reading';
import { check } from './test-cases';

describe('how a message is read', () => {
  it('keeps offsets when straightening curly quotes and lower-casing', () => {
    const text = 'You\u2019re ALWAYS \u201clate\u201d';
    expect(normalise(text)).toBe('you\'re always "late"');
    expect(normalise(text)).toHaveLength(text.length);
  });

  it('splits sentences and marks questions', () => {
    const reading = read('Thanks for dinner! Are you free Friday? I am.');
    expect(reading.starts.map((s, i) => reading.text.slice(s, reading.ends[i]))).toEqual([
      'Thanks for dinner!',
      'Are you free Friday?',
      'I am.',
    ]);
    expect(reading.questions).toEqual([false, true, false]);
  });

  it('marks speech the writer is quoting', () => {
    const reading = read('He said "you never listen" and left.');
    // From the opening quote up to the closing one.
    expect(reading.reported).toEqual([8, 25]);
  });
});

describe('negation', () => {
  check([
    ["You're not lazy.", []],
    ["I'm not saying you're careless.", []],
    ["I don't think you're selfish.", []],
    ["I don't feel ignored.", []],
    ["He didn't hit me, he hit the wall.", ['safety']],
  ]);
});

describe('quoted speech', () => {
  check([
    ['He said "you\'re useless" and walked out.', []],
    ['My sister told me "you always ruin everything" at lunch.', []],
    ["My friend said 'whatever' when I asked her.", []],
    ['She called me \u201ca useless idiot\u201d in front of everyone.', []],
    // Harm is still reported, even in someone else's words.
    ['He yelled "I\'ll kill you" at me.', ['safety']],
  ]);
  it('is the writer speaking when nobody else is quoted', () => {
    expect(analyse('"You never listen."').labels).toEqual(['criticism']);
  });
});

describe('several sentences in one message', () => {
  check([
    ['I love you. You never listen though.', ['appreciation', 'criticism']],
    ['You never help. Whatever, forget it.', ['criticism', 'stonewalling']],
    ["I'm sorry I was late. I feel bad about it.", ['i_statement', 'repair']],
    ['Thank you for the flowers. I feel really loved.', ['appreciation', 'i_statement']],
  ]);
});

describe('casual spelling', () => {
  check([
    ['u never txt back', ['criticism']],
    ['dont talk to me', ['stonewalling']],
    ['ur being so dramatic', ['defensiveness']],
    ['thank u for today, it meant a lot', ['appreciation']],
    ['youre so careless', ['criticism']],
  ]);
});

describe('spans', () => {
  it('point at the words that raised each finding, in the original text', () => {
    const text = 'Honestly, You NEVER help. He pushed me.';
    const { findings } = analyse(text);
    const spans = Object.fromEntries(findings.map((f) => [f.label, f.spans.map((s) => s.text)]));
    expect(spans).toEqual({ safety: ['pushed me'], criticism: ['You NEVER'] });
    for (const finding of findings) {
      for (const span of finding.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('merge overlapping hits and keep separate ones apart', () => {
    const [finding] = analyse('You never call. You never write.').findings;
    expect(finding?.spans.map((s) => s.text)).toEqual(['You never', 'You never']);
  });
});

describe('the analysis', () => {
  it('gives every finding one gentle second-person sentence', () => {
    const { findings } = analyse(
      "You never help. You're useless. It's not my fault. Whatever. Get rid of him. I feel ignored. I feel like you lied. He hit me. I feel sad. It sounds like you were hurt. What happened? That makes sense. Thanks. I'm sorry. Could we talk?",
    );
    expect(findings).toHaveLength(15);
    for (const { explanation } of findings) {
      expect(explanation).toMatch(/\byour?\b/i);
      expect(explanation).not.toContain('!');
      expect(explanation.length).toBeLessThan(160);
    }
  });

  it('is the same every time for the same text', () => {
    const text = 'You always leave me to deal with your mother.';
    expect(analyse(text)).toEqual(analyse(text));
  });

  it('handles empty and odd input', () => {
    expect(analyse('')).toEqual({ labels: [], findings: [] });
    expect(analyse('   \n\n  ').labels).toEqual([]);
    expect(analyse('\u0130stanbul was lovely!!! \u{1F60A}').labels).toEqual([]);
  });
});
