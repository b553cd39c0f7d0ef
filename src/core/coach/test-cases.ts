import { expect, it } from 'vitest';
import { analyse } from './index';

/** The labels the coach gives a message, in a stable order for comparison. */
export function labelsOf(text: string): string[] {
  return [...analyse(text).labels].sort();
}

export type Case = [text: string, labels: string[]];

/** One test per case: the message gets exactly these labels, no more and no fewer. */
export function check(cases: Case[]): void {
  it.each(cases)('%s', (text, labels) => {
    expect(labelsOf(text)).toEqual([...labels].sort());
  });
}
