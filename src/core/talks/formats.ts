/**
 * The talk formats: what each conversation is for, its steps, and what to say or listen for at
 * each step. Plain data, shared by server and web (no zod here, so the web bundle stays small).
 */

export const FORMAT_IDS = ['check-in', 'stress', 'state-of-us', 'money', 'parenting', 'repair'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatStep {
  title: string;
  /** For the one who has the floor. */
  speakerPrompt: string;
  /** For the one who listens. */
  listenerPrompt: string;
}

export interface TalkFormat {
  id: FormatId;
  name: string;
  /** One sentence: when this talk helps. */
  purpose: string;
  /** Roughly how long it takes, in minutes. */
  aboutMinutes: number;
  defaultTurnMinutes: number;
  steps: FormatStep[];
}

export const TURN_MINUTES_MIN = 1;
export const TURN_MINUTES_MAX = 15;
export const TURN_MINUTES_DEFAULT = 3;
export const TOPIC_MAX_LENGTH = 140;
export const TURN_TEXT_MAX_LENGTH = 4000;

export const GROUND_RULES: readonly string[] = [
  'We speak about ourselves and what we need, not about what is wrong with the other.',
  'No sarcasm, no mocking, no paying back old hurts.',
  'The listener listens to understand, not to reply. Their turn will come.',
  'Either of us may ask for a pause at any time, and the other lets it happen.',
];

export const FORMATS: readonly TalkFormat[] = [
  {
    id: 'check-in',
    name: 'Daily check-in',
    purpose: 'A short, light talk to hear how the other’s day really was.',
    aboutMinutes: 10,
    defaultTurnMinutes: TURN_MINUTES_DEFAULT,
    steps: [
      {
        title: 'How I am today',
        speakerPrompt: 'Share one thing that weighed on you today and one thing that felt good.',
        listenerPrompt: 'Take in how their day felt to them. A nod is enough for now.',
      },
      {
        title: 'What would help tonight',
        speakerPrompt: 'Is there one small thing that would make this evening easier for you?',
        listenerPrompt: 'Hear the wish without weighing it yet. You can answer when it’s your turn.',
      },
    ],
  },
  {
    id: 'stress',
    name: 'Stress-reducing talk',
    purpose: 'For stress from outside the two of you: work, family, friends, health.',
    aboutMinutes: 20,
    defaultTurnMinutes: 5,
    steps: [
      {
        title: 'What is pressing on me',
        speakerPrompt:
          'Talk about a stress from outside your relationship. This is not the time for anything between the two of you.',
        listenerPrompt:
          'You are on their side. Show you understand and that it makes sense they feel this way. Hold back advice unless they ask for it.',
      },
    ],
  },
  {
    id: 'state-of-us',
    name: 'Weekly “state of us”',
    purpose: 'A calm weekly look at how the two of you are doing.',
    aboutMinutes: 30,
    defaultTurnMinutes: TURN_MINUTES_DEFAULT,
    steps: [
      {
        title: 'Appreciations',
        speakerPrompt: 'Name a few things your partner did this week that you were glad of.',
        listenerPrompt: 'Let the appreciation land. There is nothing to fix here.',
      },
      {
        title: 'What went well',
        speakerPrompt: 'What went well between you this week? Be specific.',
        listenerPrompt: 'Notice what worked for them, so you can do more of it.',
      },
      {
        title: 'One issue',
        speakerPrompt:
          'Bring one thing that bothered you. Describe the moment and how you felt, without blaming.',
        listenerPrompt:
          'Listen for the feeling and the need underneath. You don’t have to agree to understand.',
      },
      {
        title: 'One request',
        speakerPrompt: 'Ask for one small, clear thing for the coming week.',
        listenerPrompt: 'Hear the request as a wish, not a demand. You can say what feels possible later.',
      },
    ],
  },
  {
    id: 'money',
    name: 'Money meeting',
    purpose: 'Money talked about as a team, with shared goals in mind.',
    aboutMinutes: 30,
    defaultTurnMinutes: 4,
    steps: [
      {
        title: 'What money means to me',
        speakerPrompt: 'What worries or hopes about money are on your mind right now?',
        listenerPrompt: 'Listen for what feels safe and unsafe to them about money.',
      },
      {
        title: 'Our goals',
        speakerPrompt: 'Describe a goal you’d like the two of you to work towards.',
        listenerPrompt: 'Look for what you both want, even if the path looks different.',
      },
      {
        title: 'One decision',
        speakerPrompt: 'Suggest one decision or next step for the coming weeks.',
        listenerPrompt: 'Hear the suggestion fully before thinking about your own.',
      },
    ],
  },
  {
    id: 'parenting',
    name: 'Parenting meeting',
    purpose: 'Sharing the load of raising children, as partners.',
    aboutMinutes: 30,
    defaultTurnMinutes: 4,
    steps: [
      {
        title: 'How it’s going',
        speakerPrompt: 'What felt hard and what felt good with the children lately?',
        listenerPrompt: 'Take in how the days look from where they stand.',
      },
      {
        title: 'Roles and routines',
        speakerPrompt:
          'Is there a routine or task (mornings, bedtime, school) you’d like to share differently?',
        listenerPrompt: 'Listen for the load behind the words.',
      },
      {
        title: 'One thing to try',
        speakerPrompt: 'Suggest one small change to try until your next meeting.',
        listenerPrompt: 'Hear the idea as an experiment you could try together.',
      },
    ],
  },
  {
    id: 'repair',
    name: 'Repair after a fight',
    purpose: 'For when you are both calm again: understanding what happened, without going back into it.',
    aboutMinutes: 25,
    defaultTurnMinutes: TURN_MINUTES_DEFAULT,
    steps: [
      {
        title: 'What I felt',
        speakerPrompt: 'Name the feelings you had during the fight. Feelings only, not what the other did.',
        listenerPrompt: 'Each of you has a real side. Listen for theirs.',
      },
      {
        title: 'How I saw it',
        speakerPrompt: 'Tell how the moment looked to you, as your view rather than the facts.',
        listenerPrompt: 'You can understand their view without giving up your own.',
      },
      {
        title: 'My part, and one step',
        speakerPrompt: 'Name your own part in it, even a small one, and one thing that could help next time.',
        listenerPrompt: 'Notice what they are owning. Let it count.',
      },
    ],
  },
];

export function formatOf(id: FormatId): TalkFormat {
  const found = FORMATS.find((f) => f.id === id);
  if (!found) throw new Error(`unknown talk format ${id}`);
  return found;
}

/** Each step gives both partners a turn; after the last step the last one repeats. */
export function stepOf(format: TalkFormat, turnNumber: number): FormatStep {
  const index = Math.min(Math.floor(Math.max(turnNumber - 1, 0) / 2), format.steps.length - 1);
  return format.steps[index] ?? (format.steps[0] as FormatStep);
}
