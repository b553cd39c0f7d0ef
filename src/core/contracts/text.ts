import { z } from 'zod';

/** Line breaks and tabs are fine in what people write; other control characters are not. */
export function hasNoControls(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 32 && char !== '\n' && char !== '\r' && char !== '\t') || code === 127) return false;
  }
  return true;
}

/** Words a person typed: trimmed, not empty, at most `max` characters, no control characters. */
export const Text = (max: number) =>
  z.string().trim().min(1).max(max).refine(hasNoControls, 'must not contain control characters');
