import { describe, expect, it } from 'vitest';
import { check, labelsOf } from './test-cases';

describe('criticism', () => {
  check([
    ["You never help with the kids' homework.", ['criticism']],
    ['You never help with the dishes.', ['criticism']],
    ['You never once asked how my day was.', ['criticism']],
    ['you always have to be right', ['criticism']],
    ["You're always on your phone at dinner.", ['criticism']],
    ['You are never home before nine.', ['criticism']],
    ['U never listen to me', ['criticism']],
    ['You keep forgetting to take the bins out.', ['criticism']],
    ['Every single time I bring it up you change the subject.', ['criticism']],
    ['Why are you so lazy about the garden?', ['criticism']],
    ["Why can't you ever just be on time?", ['criticism']],
    ["Can't you do anything right?", ['criticism']],
    ['Do you ever think about anyone but yourself?', ['criticism']],
    ["You don't care about my feelings at all.", ['criticism']],
    ['You only care about yourself.', ['criticism']],
    ['You are the most inconsiderate person I know.', ['criticism']],
    ['youre so irresponsible with the car', ['criticism']],
    ['Typical. You forgot the milk again.', ['criticism']],
    ["Once again you've left your socks on the floor.", ['criticism']],
    ['You forget everything I tell you.', ['criticism']],
    ["It's your fault we missed the flight.", ['criticism']],
    ['ur not even trying', ['criticism']],
  ]);

  describe('not criticism', () => {
    check([
      ['I never got the letter.', []],
      ['We always forget the reusable bags.', []],
      ['The bus is always late on Mondays.', []],
      ['You always make me smile.', ['appreciation']],
      ['You never let me down.', ['appreciation']],
      ['You constantly amaze me with your patience.', ['appreciation']],
      ['I never said you were lazy.', []],
      // Praise dressed as a question is still praise.
      ['You always bring flowers on Fridays, I love that.', ['appreciation']],
    ]);
  });
});

describe('contempt', () => {
  check([
    ['Nice one, genius.', ['contempt']],
    ['Way to go, Sherlock.', ['contempt']],
    ["You're pathetic.", ['contempt']],
    ['You are such an idiot.', ['contempt']],
    ['What a loser.', ['contempt']],
    ["Oh right, because you're such an expert.", ['contempt']],
    ['Wow, you did the dishes. Somebody give you a medal.', ['contempt']],
    ['You emptied the dishwasher? Stop the presses.', ['contempt']],
    ['You disgust me.', ['contempt']],
    ['I can\u2019t believe I married someone like you.', ['contempt']],
    ['No one else would put up with you.', ['contempt']],
    ['Boo hoo, cry me a river.', ['contempt']],
    ['Could you be any slower?', ['contempt']],
    ["I'm ashamed to be married to you.", ['contempt']],
    ["Ugh, you're such a baby about this.", ['contempt']],
    ["Oh please, like you've ever cleaned a bathroom.", ['contempt']],
    ['ur so useless', ['contempt']],
  ]);

  describe('not contempt', () => {
    check([
      ['I disagree with you about the holiday budget.', []],
      ["I think we see this differently, and that's okay.", []],
      ["You're not useless, you're exhausted.", ['reflection']],
      ["I'm such an idiot, I left the keys at work.", []],
      ['You were amazing with the kids tonight.', ['appreciation']],
    ]);
  });
});

describe('defensiveness', () => {
  check([
    ["That's not my fault, the train was late.", ['defensiveness']],
    ['You started it.', ['defensiveness']],
    ['Well you were late too.', ['defensiveness']],
    ["You're overreacting again.", ['defensiveness']],
    ['Stop being so dramatic.', ['defensiveness']],
    ['I was late only because you took the car.', ['defensiveness']],
    ["I didn't do anything wrong.", ['defensiveness']],
    ['What about the time you forgot my birthday?', ['defensiveness']],
    ['It was just a joke, lighten up.', ['defensiveness']],
    ["You're making a big deal out of nothing.", ['defensiveness']],
    ["If you hadn't nagged me, I wouldn't have snapped.", ['defensiveness']],
    ["I'm sorry you feel that way.", ['defensiveness']],
    ['How is that my fault?', ['defensiveness']],
    ['Yeah, but you never thank me either.', ['defensiveness', 'criticism']],
  ]);

  it('is not taking responsibility', () => {
    expect(labelsOf("You're right, that was my fault.")).toEqual(['repair']);
    expect(labelsOf("It's my fault, I forgot to book it.")).toEqual(['repair']);
  });
});

describe('stonewalling', () => {
  check([
    ['Never mind.', ['stonewalling']],
    ['Fine. Whatever.', ['stonewalling']],
    ["I'm done talking about this.", ['stonewalling']],
    ["I don't want to talk about it.", ['stonewalling']],
    ['Leave me alone.', ['stonewalling']],
    ["There's nothing to talk about.", ['stonewalling']],
    ["I'm not discussing this again.", ['stonewalling']],
    ['Forget it, I\u2019ll do it myself.', ['stonewalling']],
    ['im not doing this again', ['stonewalling']],
  ]);

  describe('a pause with a way back is repair', () => {
    check([
      ['Can we pick this up in 20 minutes?', ['repair', 'request']],
      ["I'm too upset to talk right now, let's come back to this tonight.", ['repair']],
      ['I need a break, can we talk again after the kids are in bed?', ['repair', 'request']],
      ['Let\u2019s take a break and talk after lunch.', ['repair']],
      ["I don't want to talk about it right now, can we pick it up after dinner?", ['repair', 'request']],
    ]);
  });

  describe('not stonewalling', () => {
    check([
      ['Whatever you decide is fine with me.', []],
      ["Don't forget it's bin night.", []],
    ]);
  });
});

describe('demand', () => {
  check([
    ['You will text me when you leave the office.', ['demand']],
    ['You have to stop seeing him.', ['demand']],
    ['Delete her number.', ['demand']],
    ['Stop spending money on games.', ['demand']],
    ['Be home by eight or else.', ['demand']],
    ["If you don't stop drinking, I'm leaving.", ['demand']],
    ["You'd better answer when I call.", ['demand']],
    ['Take out the trash right now.', ['demand']],
    ['Either she goes or I go.', ['demand']],
    ['I expect you to apologise to my mother.', ['demand']],
  ]);

  describe('not demand', () => {
    check([
      ['You should try the soup, it\u2019s really good.', []],
      ['You have to see this video, it\u2019s hilarious.', []],
      ['You must be exhausted after that shift.', []],
      ["You'll love the new restaurant.", []],
      ['Would you be willing to call me at lunch?', ['request']],
      ['Could you pick up bread on your way home?', ['request']],
    ]);
  });
});
