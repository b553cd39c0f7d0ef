import { dayNumber } from './days';

/**
 * The question of the day: open questions, each one an invitation to say a little more than
 * "fine". Answering is optional; an answer is private unless its writer shares it.
 */

export const QUESTION_CATEGORIES = [
  'appreciation',
  'memories',
  'hopes',
  'everyday',
  'feelings',
  'play',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export interface Question {
  id: string;
  category: QuestionCategory;
  text: string;
}

const byCategory: Record<QuestionCategory, string[]> = {
  appreciation: [
    'What is something small your partner did lately that you were glad about?',
    'Which of your partner’s habits quietly makes your days easier?',
    'When did you last feel looked after, and what made it feel that way?',
    'What is a quality in your partner you would like more people to notice?',
    'What did your partner do this week that you have not thanked them for yet?',
    'What is one way your partner has grown that you admire?',
    'Which words or gestures from your partner stay with you for a while afterwards?',
    'What does your partner bring to your home that nobody else could?',
    'When did your partner make you laugh recently?',
    'What is one thing about how your partner treats others that you respect?',
    'What part of your shared life are you thankful for today?',
  ],
  memories: [
    'What is a moment from your early days together that you still smile about?',
    'Which trip or outing together would you happily live again?',
    'What is a meal you shared that you remember well, and why?',
    'When did you first feel you could really count on your partner?',
    'What is a hard time you got through together, and what helped?',
    'Which song, place or smell brings your partner to mind?',
    'What is an ordinary day together that turned out to be a good one?',
    'What did you two do for fun when you first met?',
    'What is a tradition you started together, on purpose or by accident?',
    'When did you feel proud to be with your partner?',
  ],
  hopes: [
    'What would help you feel more connected this week?',
    'What is something you would like the two of you to try this year?',
    'What would a really good ordinary Sunday look like for you?',
    'Where would you like the two of you to be in five years?',
    'What is one small thing you would like more of between you?',
    'What is a dream of yours your partner might not know much about?',
    'What would you like your home to feel like when you walk in?',
    'What kind of support would you like from your partner in the months ahead?',
    'What is a place you would love to see together one day?',
    'What would you like to learn or make together?',
    'What do you hope your partner knows about how you feel about them?',
  ],
  everyday: [
    'What part of today are you looking forward to, or glad is over?',
    'What is taking up most of your thoughts at the moment?',
    'What is one chore or errand that would feel lighter if shared this week?',
    'What gave you a bit of energy today?',
    'When in the day do you feel most like yourself?',
    'What is one thing that would make tomorrow morning easier?',
    'What is something you read, watched or heard lately that stayed with you?',
    'Who did you talk with today who made a difference, even a small one?',
    'What is one thing you would like to say no to this week?',
    'How would you like to spend the next free evening you have?',
  ],
  feelings: [
    'What feeling has been with you most today?',
    'When did you feel close to your partner this week?',
    'What is something you have been carrying that you would like to put down?',
    'What helps you feel calm when the day gets loud?',
    'What makes you feel listened to?',
    'Is there something you have wanted to say but have not found the moment for?',
    'What is one worry you could share, even a small one?',
    'What do you need more of right now: rest, company, space or fun?',
    'When did you last feel fully at ease with your partner?',
    'What is something you are quietly proud of lately?',
    'How do you like to be comforted when you are low?',
  ],
  play: [
    'If you two had a free day with no duties at all, how would you spend it?',
    'What is a silly thing you would like to do together just once?',
    'Which game, sport or hobby could the two of you pick up together?',
    'If your relationship had a theme song, what would it be this week?',
    'What is a treat you could share without a special reason?',
    'What would you cook together if you had a whole afternoon?',
    'Which film or series would you like to watch side by side soon?',
    'What is a place nearby you have never visited and could explore together?',
    'If you could swap daily routines for a day, what would surprise you?',
    'What made you both laugh the hardest this year?',
  ],
};

export const QUESTIONS: readonly Question[] = QUESTION_CATEGORIES.flatMap((category) =>
  byCategory[category].map((text, index) => ({ id: `${category}-${index + 1}`, category, text })),
);

/** A small string hash (FNV-1a), so each space walks the questions in its own order. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A small seeded generator (mulberry32): the same seed gives the same order everywhere. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const orders = new Map<string, number[]>();

/** The space's own order of the questions: a shuffle seeded by the space's id. */
function orderFor(spaceId: string): number[] {
  let order = orders.get(spaceId);
  if (!order) {
    const next = generator(hashOf(spaceId));
    order = QUESTIONS.map((_, index) => index);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    orders.set(spaceId, order);
  }
  return order;
}

/**
 * The question for a space on a day. The space walks its own shuffled order one step a day, so a
 * question comes back only after every other one has had its day (more than 60 days).
 */
export function questionFor(spaceId: string, day: string): Question {
  const order = orderFor(spaceId);
  const step = ((dayNumber(day) % order.length) + order.length) % order.length;
  return QUESTIONS[order[step] ?? 0] as Question;
}

export function findQuestion(id: string): Question | null {
  return QUESTIONS.find((q) => q.id === id) ?? null;
}
