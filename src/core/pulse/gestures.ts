import type { Stressor } from './days';

/**
 * When the partner's check-in marks stress from outside the two of you, a small gesture of
 * support helps more than a discussion. Ideas, not duties.
 */
const ideas: Record<Exclude<Stressor, 'other'>, string[]> = {
  work: [
    'Ask how the day went and just listen, without offering fixes.',
    'Take one small task off their evening so they can land.',
    'Offer a short walk together after work.',
  ],
  health: [
    'Ask what would help right now: quiet, company, or something practical.',
    'Make them a warm drink and sit with them a while.',
    'Offer to handle an appointment or an errand.',
  ],
  money: [
    'Say you are in this together, and leave the numbers for a calmer day.',
    'Plan a free, cosy evening at home.',
    'Ask if they would like to talk it through later, at a time they choose.',
  ],
  kids: [
    'Take over the next bedtime or school run.',
    'Give them half an hour to themselves, and guard it.',
    'Tell them one thing they did well as a parent this week.',
  ],
  family: [
    'Listen and stay on their side while they tell you about it.',
    'Ask what kind of support they would like from you with their family.',
    'Offer a hug, or a quiet evening away from the phone.',
  ],
  sleep: [
    'Offer to take the early shift tomorrow so they can rest.',
    'Suggest an early, calm evening together with the screens off.',
    'Keep the evening gentle and easy, without new plans.',
  ],
};

export type GestureStressor = keyof typeof ideas;

/** One gesture for the first outside stressor marked, varying by day; null when there is none. */
export function gestureFor(stressors: readonly string[], dayNumber: number): string | null {
  const outside = stressors.find((s): s is GestureStressor => s in ideas);
  if (!outside) return null;
  const list = ideas[outside];
  return list[((dayNumber % list.length) + list.length) % list.length] ?? null;
}
