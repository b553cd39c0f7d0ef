/**
 * Puts a suggested wording in place of the sentence it was made for, keeping the rest of the
 * draft as the person wrote it.
 */
export function replaceSentence(text: string, at: number, rewrite: string): string {
  const boundary = /[.!?\n]/;
  let start = at;
  while (start > 0 && !boundary.test(text[start - 1] ?? '')) start--;
  let end = at;
  while (end < text.length && !boundary.test(text[end] ?? '')) end++;
  while (end < text.length && /[.!?]/.test(text[end] ?? '')) end++;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  return `${before}${lead}${rewrite}${after}`;
}
