/**
 * A small seeded pseudo-random generator (mulberry32), so the same records always give the same
 * intervals: a person reloading the page never sees a number move, and tests can pin answers.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

export function seededRandom(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
}

/** A seed taken from the input itself (FNV-1a over a label and numbers). */
export function seedFrom(label: string, numbers: ArrayLike<number>): number {
  let hash = 0x811c9dc5;
  const mix = (code: number) => {
    hash ^= code & 0xff;
    hash = Math.imul(hash, 0x01000193);
  };
  for (let i = 0; i < label.length; i++) mix(label.charCodeAt(i));
  for (let i = 0; i < numbers.length; i++) {
    const n = Math.round(numbers[i] ?? 0);
    mix(n);
    mix(n >>> 8);
    mix(n >>> 16);
  }
  return hash >>> 0;
}
