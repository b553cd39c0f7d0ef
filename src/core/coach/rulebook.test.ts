import { describe, expect, it } from 'vitest';
import { openingsOf, splitBranches } from './first-words';
import { analyse, COACH_LABELS } from './index';
import { formsOf } from './inflect';
import { isReported, read } from './reading';
import { type Hits, resolve } from './resolve';
import { RULES } from './rules';

/** The slow, obviously right way: every rule scans the whole message. */
function labelsByScanning(text: string): string[] {
  const reading = read(text);
  const hits: Hits = new Map();
  for (const rule of RULES) {
    const re = new RegExp(rule.pattern.source, 'g');
    for (let m = re.exec(reading.norm); m !== null; m = re.exec(reading.norm)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex++;
        continue;
      }
      if (!rule.readsReported && isReported(reading, start)) continue;
      if (rule.accept && !rule.accept(reading, start, end)) continue;
      hits.set(rule.label, [...(hits.get(rule.label) ?? []), { start, end }]);
    }
  }
  resolve(reading, hits);
  return COACH_LABELS.filter((label) => hits.has(label));
}

const MESSAGES = [
  "You never help with the kids' homework and you're always on your phone.",
  'Why are you so careless with money? Typical.',
  "Oh sure, because you're so perfect. Great job, Einstein.",
  "It's not my fault you didn't check the calendar. Well, you did it first.",
  "Forget it. I'm not talking about this. Leave me alone.",
  "You will call me every night at ten. Get rid of that friend. If you don't stop, I'm leaving.",
  "I feel ignored and so unappreciated. I feel like you don't want to be here.",
  'He pushed me against the door and said he would hurt me. I want to disappear forever.',
  'He tracks my location, takes my phone and won\u2019t let me see my friends.',
  'I feel anxious when the bills are late. It sounds like you felt alone at the party.',
  'What was the hardest part of today? That makes sense to me. Thanks for handling the bank.',
  "I'm sorry, I was short with you. Can we pick this up in 20 minutes? Could we eat together on Friday?",
  'This traffic is killing me and my feet are killing me, I could kill for a coffee.',
  'u never txt back. ur so useless. dont talk to me. im done.',
  'He said "you\u2019re useless" and she said \u2018whatever\u2019. He yelled "I\u2019ll kill you".',
  'You should try the soup. You must be exhausted. I feel like a walk after dinner.',
  'The plumber is coming at ten. We always forget the reusable bags. I never realised the store closes early.',
  'Would you be willing to call me at lunch? How about we try a phone-free dinner once a week?',
  "You're overreacting, it was just a joke. Stop being so dramatic. I did my part.",
  "I'm scared of what he'll do. I don't feel safe at home. Nobody would miss me if I was gone.",
  "You're a fucking idiot, shut up. What a moron. You disgust me.",
  "I'm embarrassed to be seen with you. Wow, you cooked. Alert the media.",
  'Every single time I bring it up you change the subject, you do this all the time.',
  'I love you. You never let me down. You always know how to cheer me up.',
  'Either she goes or I go. You are not allowed to see him. Give me your password.',
  "I get overwhelmed when the house is loud. I'm hopeful about us. It makes me sad when we fight.",
  'Spare me the drama, princess. Boo hoo. Could you be any slower? Grow up.',
  'My bad, that came out wrong, let me rephrase. I own my part in this.',
];

describe('the word index', () => {
  it.each(MESSAGES)('finds the same labels as scanning every rule over: %s', (text) => {
    expect(analyse(text).labels).toEqual(labelsByScanning(text));
  });
});

describe('openingsOf', () => {
  it('spells the first words a branch can start with', () => {
    expect(openingsOf(String.raw`\b(?:you|u)\s+(?:never|always)\b`)).toEqual([
      { words: ['you', 'never'], lastOpen: false },
      { words: ['you', 'always'], lastOpen: false },
      { words: ['u', 'never'], lastOpen: false },
      { words: ['u', 'always'], lastOpen: false },
    ]);
  });

  it('treats an optional apostrophe as either one word or two', () => {
    expect(openingsOf(String.raw`\bdon'?t\s+go\b`)?.map((o) => o.words)).toEqual([
      ['dont', 'go'],
      ['don', 't', 'go'],
    ]);
  });

  it('leaves a word open where the pattern can go on spelling it', () => {
    expect(openingsOf(String.raw`\bfuk\w*`)).toContainEqual({ words: ['fuk'], lastOpen: true });
  });

  it('gives up on branches that may start with punctuation', () => {
    expect(openingsOf(String.raw`[,.]\s*genius\b`)).toBeNull();
  });

  it('splits only at top-level alternation', () => {
    expect(splitBranches(String.raw`\ba(?:b|c)|[|]d|e`)).toEqual([String.raw`\ba(?:b|c)`, '[|]d', 'e']);
  });
});

describe('formsOf', () => {
  it.each([
    ['push', ['push', 'pushes', 'pushing', 'pushed']],
    ['slap', ['slap', 'slaps', 'slapping', 'slapped']],
    ['choke', ['choke', 'chokes', 'choking', 'choked']],
    ['take', ['take', 'takes', 'taking', 'took', 'taken']],
    ['spy', ['spy', 'spies', 'spying', 'spied']],
    ['control', ['control', 'controls', 'controlling', 'controlled']],
  ])('%s', (verb, forms) => {
    expect(formsOf(verb)).toEqual(forms);
  });
});
