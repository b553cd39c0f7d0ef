import type { NotificationChannel, NotificationKind } from '../../../core/notification-kinds';

/** What a notification may carry: the partner's display name and ids. Never anything a person wrote. */
export interface NotifyParams {
  partnerName?: string;
  [id: string]: string | undefined;
}

export interface Words {
  title: string;
  body: string;
}

export interface KindDefinition {
  kind: NotificationKind;
  /** Channels on until the person chooses otherwise. */
  defaults: Record<NotificationChannel, boolean>;
  /** The path in the app it opens. */
  link(params: NotifyParams): string;
  /** Per language: a short label for settings and the words of the message. */
  words: Record<string, { label: string; message(params: NotifyParams): Words }>;
}

const partner = (p: NotifyParams) => p.partnerName ?? 'Your partner';
const partnerLower = (p: NotifyParams) => p.partnerName ?? 'your partner';

/**
 * The kinds Tend knows. Features call `notify` or `schedule` with a kind from here. The words
 * stay general on purpose: a lock screen or an inbox may be seen by others, so they never quote
 * what someone wrote and never mention the journal or anything about safety.
 */
const definitions: KindDefinition[] = [
  {
    kind: 'pulse.reminder',
    defaults: { inApp: true, push: true, email: false },
    link: () => '/',
    words: {
      en: {
        label: 'Check-in reminders',
        message: () => ({
          title: 'A moment for your check-in',
          body: 'How are you two doing today? It takes a minute.',
        }),
      },
    },
  },
  {
    kind: 'ritual.reminder',
    defaults: { inApp: true, push: true, email: false },
    link: (p) => (p.ritualId ? `/rituals/${p.ritualId}` : '/rituals'),
    words: {
      en: {
        label: 'Ritual reminders',
        message: () => ({ title: 'Time for your ritual', body: 'A few minutes together is enough.' }),
      },
    },
  },
  {
    kind: 'ritual.proposed',
    defaults: { inApp: true, push: true, email: false },
    link: (p) => (p.ritualId ? `/rituals/${p.ritualId}` : '/rituals'),
    words: {
      en: {
        label: 'Rituals proposed to you',
        message: (p) => ({
          title: `${partner(p)} suggested a ritual for you two`,
          body: 'Open Tend to see it, and answer when you like.',
        }),
      },
    },
  },
  {
    kind: 'pause.return',
    defaults: { inApp: true, push: true, email: false },
    link: () => '/',
    words: {
      en: {
        label: 'When a pause ends',
        message: (p) => ({
          title: 'Your pause is over',
          body: `When you feel ready, you can come back to the talk with ${partnerLower(p)}.`,
        }),
      },
    },
  },
  {
    kind: 'talk.invitation',
    defaults: { inApp: true, push: true, email: true },
    link: (p) => (p.talkId ? `/talks/${p.talkId}` : '/talks'),
    words: {
      en: {
        label: 'Invitations to talk',
        message: (p) => ({
          title: `${partner(p)} would like to talk`,
          body: 'You can accept, suggest another time, or say not now.',
        }),
      },
    },
  },
  {
    kind: 'agreement.review',
    defaults: { inApp: true, push: true, email: true },
    link: () => '/agreements',
    words: {
      en: {
        label: 'Agreements to look at again',
        message: (p) => ({
          title: 'An agreement to look at again',
          body: `See whether what you and ${partnerLower(p)} agreed still works for you both.`,
        }),
      },
    },
  },
  {
    kind: 'plan.review',
    defaults: { inApp: true, push: true, email: true },
    link: () => '/meetings/parenting',
    words: {
      en: {
        label: 'Parenting plan reviews',
        message: (p) => ({
          title: 'Your parenting plan, looked at again',
          body: `A good day to see with ${partnerLower(p)} whether the routines still fit your family.`,
        }),
      },
    },
  },
  {
    kind: 'meeting.due',
    defaults: { inApp: true, push: true, email: false },
    link: (p) => (p.topic === 'money' || p.topic === 'parenting' ? `/meetings/${p.topic}` : '/meetings'),
    words: {
      en: {
        label: 'Money and parenting meetings',
        message: (p) => ({
          title: p.topic === 'parenting' ? 'Time for your parenting meeting' : 'Time for your money meeting',
          body: 'Your agenda is ready whenever you both are.',
        }),
      },
    },
  },
  {
    kind: 'experiment.review',
    defaults: { inApp: true, push: true, email: true },
    link: (p) => (p.problemId ? `/problems/${p.problemId}` : '/problems'),
    words: {
      en: {
        label: 'When something you tried comes to an end',
        message: (p) => ({
          title: 'Your experiment has run its course',
          body: `When you have a moment, say whether it helped. ${partner(p)} is asked too.`,
        }),
      },
    },
  },
  {
    kind: 'commitment.due',
    defaults: { inApp: true, push: true, email: false },
    link: () => '/commitments',
    words: {
      en: {
        label: 'The day of something you said you’d do',
        // Never the words: a lock screen may be seen by others.
        message: () => ({
          title: 'Today is a day you gave yourself',
          body: 'Something on your list is for today. Done or not, it helps to say.',
        }),
      },
    },
  },
  {
    kind: 'appreciation.received',
    defaults: { inApp: true, push: true, email: false },
    link: () => '/appreciations',
    words: {
      en: {
        label: 'Appreciations',
        message: (p) => ({ title: `${partner(p)} sent you an appreciation`, body: 'Open Tend to read it.' }),
      },
    },
  },
  {
    kind: 'repair.received',
    defaults: { inApp: true, push: true, email: false },
    link: (p) => (p.repairId ? `/repair/${p.repairId}` : '/repair'),
    words: {
      en: {
        label: 'Repair attempts',
        message: (p) => ({
          title: `${partner(p)} reached out to you`,
          body: 'Open Tend to read it when you’re ready.',
        }),
      },
    },
  },
  {
    kind: 'summary.weekly',
    defaults: { inApp: true, push: false, email: true },
    link: () => '/insights',
    words: {
      en: {
        label: 'Weekly summary',
        // The lines are worked out from the person's own week alone; nothing anyone wrote.
        message: (p) => ({
          title: 'Your week in Tend',
          body: p.helped
            ? [p.wins, p.helped, p.suggestion].filter((line) => line).join('\n\n')
            : 'A short look back at your week is ready.',
        }),
      },
    },
  },
];

const registry = new Map<string, KindDefinition>(definitions.map((d) => [d.kind, d]));

export function kindOf(kind: string): KindDefinition | null {
  return registry.get(kind) ?? null;
}

export function allKinds(): KindDefinition[] {
  return [...registry.values()];
}

/** The label and words of a kind in `locale`, falling back to English. */
export function wordsFor(definition: KindDefinition, locale: string) {
  const words = definition.words[locale] ?? definition.words.en;
  if (!words) throw new Error(`${definition.kind} has no English words`);
  return words;
}
