import type { CoachLabel } from './labels';

/**
 * One gentle sentence per label, spoken to the writer. Plain words, no jargon, no
 * exclamation marks: the coach is a friend at the writer's shoulder, not a referee.
 */
export const EXPLANATIONS: Readonly<Record<CoachLabel, string>> = {
  safety:
    'What you describe sounds serious, and your safety matters more than any wording; support is there for you.',
  criticism:
    'Words like "always" and "never" sound like a verdict on your partner; one moment you want changed is easier to hear.',
  contempt:
    'Mockery and names make your partner feel small; saying what you feel and need gives them a way in.',
  defensiveness:
    'Pushing blame back is a natural reflex, but owning a small part helps your partner soften too.',
  stonewalling:
    'Shutting the talk down leaves your partner alone with it; saying when you will come back keeps it open.',
  demand: 'An order leaves your partner no choice; an ask they could turn down usually gets a warmer yes.',
  faux_feeling: 'This word says what you think your partner did; the feeling under it is easier to hear.',
  thought_as_feeling:
    '"I feel like you…" shares a belief about your partner; naming the feeling itself is easier to hear.',
  i_statement: 'You named your own feeling, which helps your partner understand without feeling blamed.',
  reflection: 'Saying back what your partner said shows them you are listening.',
  open_question: 'This question leaves room for your partner to answer in their own words.',
  validation: 'Telling your partner their feeling makes sense helps them feel understood.',
  appreciation: 'Noticing what your partner does well builds warmth for the harder talks.',
  repair: 'Owning your part, or pausing with a plan to come back, helps you find your way back.',
  request: 'A clear ask your partner is free to decline makes it easy to say yes.',
};
