/**
 * The journal's self-awareness prompts and feeling words: data only, zod-free for the web.
 * Prompts ask about oneself, never about what the partner did wrong.
 */

export interface JournalPrompt {
  id: string;
  text: string;
}

export const JOURNAL_PROMPTS: readonly JournalPrompt[] = [
  { id: 'pulled-away', text: 'When did I pull away this week, and what was I protecting?' },
  { id: 'past-conflict', text: 'What did earlier relationships teach me about conflict?' },
  { id: 'unsaid-need', text: 'What do I need that I haven’t said out loud yet?' },
  { id: 'felt-close', text: 'When did I feel close lately, even for a moment? What made it possible?' },
  { id: 'first-reaction', text: 'When I feel hurt, what is my first move: to fight, to flee, or to freeze?' },
  { id: 'family-love', text: 'How was love shown in the home I grew up in? What do I repeat?' },
  { id: 'hard-to-ask', text: 'What is hard for me to ask for, and why might that be?' },
  { id: 'soft-spot', text: 'Which words or tones touch an old sore spot in me?' },
  { id: 'my-part', text: 'In our last disagreement, what was my part, honestly?' },
  { id: 'small-repair', text: 'What small repair could I offer this week without waiting for one?' },
  { id: 'safe-feeling', text: 'What helps me feel safe enough to open up?' },
  {
    id: 'story-told',
    text: 'What story am I telling myself about my partner right now? Is it the whole story?',
  },
  { id: 'grateful-for', text: 'What is one thing about my partner I’m grateful for but rarely mention?' },
  { id: 'body-signal', text: 'Where do I feel tension in my body when we drift apart?' },
  { id: 'quiet-fear', text: 'What am I afraid would happen if I said how I really feel?' },
  {
    id: 'enough',
    text: 'When do I feel “not enough” in this relationship? Where does that feeling come from?',
  },
  { id: 'withheld', text: 'Is there something I’m holding back as a way of keeping score?' },
  { id: 'hope', text: 'What do I still hope for in us?' },
  { id: 'boundary', text: 'Is there a limit I need to set kindly, for my own sake?' },
  { id: 'listened', text: 'When did I last feel truly listened to? What did the other person do?' },
  { id: 'tired', text: 'What drains my energy lately, and how does it spill into how I treat us?' },
  { id: 'apology', text: 'Is there an apology I owe, or one I’m waiting for?' },
  { id: 'proud', text: 'What did I do this week that I am quietly proud of?' },
  { id: 'trigger-need', text: 'The last time I snapped, what need was underneath?' },
  { id: 'distance-comfort', text: 'Does some part of me find distance comfortable? What does it spare me?' },
  { id: 'kind-self', text: 'How would I speak to a friend going through what I am going through?' },
  { id: 'early-days', text: 'What did I love doing together at the start that we’ve let go of?' },
  {
    id: 'change-myself',
    text: 'What is one habit of mine I would like to change, for me as much as for us?',
  },
  { id: 'feel-seen', text: 'What would help me feel seen by my partner this week?' },
  { id: 'give-freely', text: 'What can I give freely, without expecting something back?' },
  { id: 'anger-under', text: 'When I feel angry, what softer feeling might be hiding underneath?' },
  { id: 'trust', text: 'What would rebuilding trust look like in small, everyday steps?' },
  { id: 'today', text: 'How am I, really, today?' },
];

export const FEELINGS = [
  'calm',
  'hopeful',
  'grateful',
  'loved',
  'close',
  'relieved',
  'proud',
  'tender',
  'lonely',
  'sad',
  'hurt',
  'anxious',
  'overwhelmed',
  'frustrated',
  'angry',
  'resentful',
  'ashamed',
  'guilty',
  'numb',
  'confused',
  'tired',
  'disappointed',
] as const;
export type Feeling = (typeof FEELINGS)[number];

export const JOURNAL_TEXT_MAX_LENGTH = 20_000;

export function findPrompt(id: string | null): JournalPrompt | null {
  return JOURNAL_PROMPTS.find((p) => p.id === id) ?? null;
}

/** The prompt after `currentId`, wrapping around: "another prompt". */
export function nextPrompt(currentId: string | null): JournalPrompt {
  const at = JOURNAL_PROMPTS.findIndex((p) => p.id === currentId);
  return JOURNAL_PROMPTS[(at + 1) % JOURNAL_PROMPTS.length] as JournalPrompt;
}
