import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import { check } from './test-cases';

describe('reflection', () => {
  check([
    ['It sounds like you felt alone at the party.', ['reflection']],
    ["So you're saying the mornings are the hardest part.", ['reflection']],
    ['What I\u2019m hearing is that you want more say in the plans.', ['reflection']],
    ["It seems like you're worried about your job.", ['reflection']],
    ['You felt brushed off when I laughed, is that right?', ['reflection']],
    ['Sounds like you had a rough day.', ['reflection']],
    ['So you felt left out at dinner.', ['reflection']],
    ['You were disappointed that I forgot, right?', ['reflection']],
    ['You sound exhausted.', ['reflection']],
  ]);
  it('is not "sounds like a plan"', () => {
    expect(analyse('That sounds like a plan.').labels).toEqual([]);
  });
});

describe('open_question', () => {
  check([
    ['What was the hardest part of today?', ['open_question']],
    ['How are you feeling about the move?', ['open_question']],
    ['What can I take off your plate this week?', ['open_question']],
    ['How did the meeting with your boss go?', ['open_question']],
    ['Tell me more about what happened at work.', ['open_question']],
  ]);
  describe('not open: yes/no, rhetorical, or a bare fact', () => {
    check([
      ['Are you coming to the party?', []],
      ['Did you eat?', []],
      ['Where did you put the charger?', []],
      ['What time is dinner?', []],
      ['Why are you so careless?', ['criticism']],
      ['What is wrong with you?', ['criticism']],
    ]);
  });
});

describe('validation', () => {
  check([
    ['That makes sense to me.', ['validation']],
    ['Of course you were upset, that was a lot.', ['validation']],
    ['I understand why that scared you.', ['validation']],
    ['Your worry about it is fair.', ['validation']],
    ["I can see why you'd be frustrated.", ['validation']],
    ['No wonder you\u2019re tired.', ['validation']],
    ['That must have been really hard.', ['validation']],
    ['You have every right to be angry.', ['validation']],
  ]);
  it('is not a denial of sense', () => {
    expect(analyse("That doesn't make sense.").labels).toEqual([]);
    expect(analyse("I don't understand why you did that.").labels).toEqual([]);
  });
});

describe('appreciation', () => {
  check([
    ['Thanks for handling the call to the bank.', ['appreciation']],
    ['I loved the note you left me.', ['appreciation']],
    ['You were amazing with the kids tonight.', ['appreciation']],
    ['I appreciate you making time for this.', ['appreciation']],
    ['You always know how to cheer me up.', ['appreciation']],
    ['I really appreciate how patient you were with my mum.', ['appreciation']],
    ["You're a great dad.", ['appreciation']],
    ['thx for doing the laundry babe', ['appreciation']],
  ]);
  it('is not sarcasm or a complaint', () => {
    expect(analyse('Great job, Einstein.').labels).toEqual(['contempt']);
    expect(analyse('Thanks for nothing.').labels).toEqual(['contempt']);
    expect(analyse("I don't appreciate being yelled at.").labels).toEqual([]);
  });
});

describe('repair', () => {
  check([
    ["I'm sorry, I was short with you.", ['repair']],
    ["Let's take ten minutes and try again.", ['repair']],
    ['That came out wrong, let me rephrase.', ['repair']],
    ["I own my part in this; I didn't follow through.", ['repair']],
    ['My bad, I should have called.', ['repair']],
    ['I apologize, I shouldn\u2019t have said that.', ['repair']],
    ['Can we pause and come back to this after dinner?', ['repair', 'request']],
  ]);
  it('is not a non-apology', () => {
    expect(analyse("I'm sorry you feel that way.").labels).toEqual(['defensiveness']);
    expect(analyse("I'm not sorry.").labels).toEqual([]);
  });
});

describe('request', () => {
  check([
    ['Could we eat together on Friday?', ['request']],
    ['Would you be open to a budget check-in every other Sunday?', ['request']],
    ["Can you let me know when you're leaving work?", ['request']],
    ['Would you like to walk together after dinner tomorrow?', ['request']],
    ["I'd like us to plan a date night this month.", ['request']],
    ['Maybe we could cook together on Sunday?', ['request']],
    ['How about we try a phone-free dinner once a week?', ['request']],
  ]);
  it('is not "I\'d like to" about the writer alone', () => {
    expect(analyse("I feel tense when we talk about moving, and I'd like to go slowly.").labels).toEqual([
      'i_statement',
    ]);
  });
  it('is not a rhetorical "can you ever"', () => {
    expect(analyse('Can you ever do anything without being reminded?').labels).toEqual(['criticism']);
  });
});
