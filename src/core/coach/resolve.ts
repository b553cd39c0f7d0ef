import type { CoachLabel } from './labels';
import { type Reading, sentenceAt } from './reading';

/** A matched stretch of the normalised text, before it becomes a public span. */
export interface Hit {
  start: number;
  end: number;
}

export type Hits = Map<CoachLabel, Hit[]>;

/** Keeps only the hits of `label` that `keep` agrees with. */
function filter(hits: Hits, label: CoachLabel, keep: (hit: Hit) => boolean): void {
  const list = hits.get(label);
  if (!list) return;
  const kept = list.filter(keep);
  if (kept.length === 0) hits.delete(label);
  else hits.set(label, kept);
}

/** Drops `label` from every sentence where `winner` was found. */
function yieldTo(reading: Reading, hits: Hits, label: CoachLabel, winner: CoachLabel): void {
  const taken = new Set((hits.get(winner) ?? []).map((hit) => sentenceAt(reading, hit.start)));
  if (taken.size > 0) filter(hits, label, (hit) => !taken.has(sentenceAt(reading, hit.start)));
}

/** Words that show a repair is a pause with a way back rather than an apology. */
const WAY_BACK =
  /pause|break|later|minute|hour|tonight|tomorrow|come back|pick (?:this|it|that)|revisit|again|after|calm|cool|continue/;

/**
 * Where two labels compete for the same words, keep the one that describes them better.
 * Each line here encodes a "not this" from the taxonomy.
 */
export function resolve(reading: Reading, hits: Hits): void {
  // Sarcastic praise ("Great job, Einstein") is contempt, not appreciation.
  yieldTo(reading, hits, 'appreciation', 'contempt');
  // A pause with a return time is repair, not stonewalling.
  const repairs = hits.get('repair') ?? [];
  if (repairs.some((hit) => WAY_BACK.test(reading.norm.slice(hit.start, hit.end))))
    hits.delete('stonewalling');
  // "If you go to that party, we're done" is an ultimatum, not a refusal to talk.
  yieldTo(reading, hits, 'stonewalling', 'demand');
  // "I feel like I'm being ignored" is a judgement word first; one label says it.
  const faux = hits.get('faux_feeling') ?? [];
  filter(hits, 'thought_as_feeling', (t) => !faux.some((f) => t.start < f.end && f.start < t.end));
  // "What did you expect, I was exhausted" offers a feeling as an excuse, not as an opening.
  yieldTo(reading, hits, 'i_statement', 'defensiveness');
  // A "could you…?" is a request even if it also has an order's verb in it.
  yieldTo(reading, hits, 'demand', 'request');
  // "Let's take a break and try again" is repair; it is not also a request.
  const paused = new Set(repairs.map((hit) => sentenceAt(reading, hit.start)));
  filter(
    hits,
    'request',
    (r) => !(paused.has(sentenceAt(reading, r.start)) && reading.norm.startsWith('let', r.start)),
  );
  // "How would you feel about…?" asks for a yes: a request, not an open question.
  yieldTo(reading, hits, 'open_question', 'request');
}
