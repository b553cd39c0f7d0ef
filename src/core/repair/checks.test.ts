import { describe, expect, it } from 'vitest';
import { checkRepair, type RepairCheckKind } from './checks';

const kindsOf = (text: string): RepairCheckKind[] => checkRepair(text).map((c) => c.kind);

describe('repair checks', () => {
  it.each([
    ["I'm sorry if I hurt you.", 'sorry if'],
    ['Sorry if that came out wrong.', 'Sorry if'],
    ['I apologise if you were upset.', 'apologise if'],
    ['I apologize if my tone was off.', 'apologize if'],
    ['I’m sorry if you felt left out.', 'sorry if'],
    ['I am really sorry if anything I said hurt.', 'sorry if'],
    ['Sorry for whatever I did.', 'Sorry for whatever'],
    ['My apologies if I offended you.', 'apologies if'],
  ])('names a conditional apology: %s', (text, words) => {
    const checks = checkRepair(text).filter((c) => c.kind === 'sorry_if');
    expect(checks).toHaveLength(1);
    expect(checks[0]?.text).toBe(words);
  });

  it.each([
    "I'm sorry you feel that way.",
    "I'm sorry that you felt hurt.",
    "Sorry you're upset.",
    "I'm sorry you are so angry with me.",
    "I'm sorry you took it like that.",
    "I'm sorry you see it that way.",
    'Sorry you think I did it on purpose.',
    "I'm sorry you’re feeling bad.",
    'Sorry you got so offended.',
    'I apologise that you felt left out.',
  ])('names an apology for the partner’s reaction: %s', (text) => {
    expect(kindsOf(text)).toContain('sorry_you_feel');
  });

  it.each([
    ["I'm sorry, but you were rude first.", 'but'],
    ['I apologise for shouting, but I was exhausted.', 'but'],
    ['Sorry but I had a terrible day.', 'but'],
    ['I am sorry I forgot. However, you never remind me.', 'However'],
    ["I'm sorry I snapped, although anyone would have.", 'although'],
    ["I'm sorry I was late. But the traffic was awful.", 'But'],
  ])('names a "but" that undoes the apology: %s', (text, words) => {
    const checks = checkRepair(text).filter((c) => c.kind === 'but');
    expect(checks).toHaveLength(1);
    expect(checks[0]?.text).toBe(words);
  });

  it.each([
    'You made me so angry.',
    'You make me yell when you do that.',
    "If you hadn't ignored me, I wouldn't have shouted.",
    "If you'd just listened for once.",
    'If you didn’t leave everything to me, this wouldn’t happen.',
    'You started it.',
    'Well, you did it first.',
    'After what you said, what did you expect?',
    'You know how you get.',
    'You were the one who walked out.',
    "You're overreacting.",
    "You're too sensitive.",
    'You should have told me earlier.',
    "It's your fault as much as mine.",
    'It was partly your fault.',
    'You pushed me to say it.',
  ])('names blame handed back: %s', (text) => {
    expect(kindsOf(text)).toContain('blame_back');
  });

  it.each([
    "I'm sorry I raised my voice.",
    "I'm sorry I hurt you. I understand you felt alone at the party.",
    "I'm sorry I made you feel small.",
    "I'm sorry. If you want, we can talk tonight.",
    "I'm sorry I shouted, but that's no excuse.",
    "I'm sorry I shouted, but it was still wrong of me.",
    "I'm sorry I was late, but I want you to know I'm changing how I plan.",
    'I apologise. I was tired but that is mine to handle.',
    'I was anything but kind, and I am sorry.',
    "I'm sorry, not just for tonight but for the last few weeks.",
    "It's not your fault. I'm sorry I said it was.",
    "It wasn't your fault at all.",
    "You shouldn't have had to wait for me.",
    'I should have told you earlier.',
    'You made me laugh when I needed it, and I pushed you away. I am sorry.',
    "I'm sorry you had to handle it all alone.",
    "I'm sorry you waited so long for me.",
    'Sorry, I was wrong.',
    "I'm so sorry. You didn't deserve that.",
    "If you'd like to talk later, I'm here.",
    "I'm sorry I got angry. You should know I'm working on it.",
    'I apologise for my tone, and I will work on it.',
    'I apologise, and I will do better.',
    "I'm sorry I forgot our anniversary. I know how much it meant to you.",
    'Next time I will call if I am running late.',
    'If you would like, I can plan Saturday.',
    'I understand why you were hurt: I promised and did not show up.',
    'I felt defensive but I know it came out harsh.',
    '',
  ])('lets a whole apology be: %s', (text) => {
    expect(checkRepair(text)).toEqual([]);
  });

  it('gives offsets into the words as written, curly apostrophes and capitals included', () => {
    const text = 'Hi. I’M SORRY IF it hurt, But You Started It.';
    const checks = checkRepair(text);
    expect(checks.map((c) => c.kind)).toEqual(['sorry_if', 'but', 'blame_back']);
    for (const check of checks) expect(text.slice(check.start, check.end)).toBe(check.text);
    expect(checks[2]?.text).toBe('You Started It');
  });

  it('finds each concern in a longer message once', () => {
    const text = "I'm sorry if you were upset, but you made me do it. Sorry you feel that way.";
    expect(kindsOf(text)).toEqual(['sorry_if', 'but', 'blame_back', 'sorry_you_feel']);
  });
});
