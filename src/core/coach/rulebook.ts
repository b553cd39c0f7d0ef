import { openingsOf, splitBranches } from './first-words';
import type { Rule } from './rules/rule';

/**
 * The rules, compiled once into branches filed in a small trie by the words they can
 * start with. A message is then read word by word, and a branch is tried (sticky) only
 * where its first words are actually present, instead of every pattern scanning every
 * character of every message.
 */
export interface Branch {
  rule: Rule;
  /** Sticky for filed branches, global for the few that may start anywhere. */
  pattern: RegExp;
}

export interface Prefixed {
  prefix: string;
  branch: Branch;
}

/** The branches reachable after some words. */
export interface WordNode {
  /** Branches that may be tried once the words so far are present. */
  ready: Branch[];
  next: Map<string, WordNode>;
  /** Branches waiting for a word that starts with `prefix`. */
  prefixed: Prefixed[];
}

export interface Rulebook {
  root: WordNode;
  anywhere: Branch[];
}

function node(): WordNode {
  return { ready: [], next: new Map(), prefixed: [] };
}

function file(book: Rulebook, branch: Branch, source: string): void {
  const openings = openingsOf(source);
  if (!openings) {
    book.anywhere.push({ rule: branch.rule, pattern: new RegExp(source, 'g') });
    return;
  }
  // Shortest first, so a branch already ready at a shallower node is not filed deeper too.
  openings.sort((a, b) => a.words.length - b.words.length);
  for (const { words, lastOpen } of openings) {
    let at = book.root;
    let covered = false;
    for (let i = 0; i < words.length && !covered; i++) {
      const word = words[i] ?? '';
      if (i === words.length - 1 && lastOpen) {
        if (!at.prefixed.some((p) => p.prefix === word && p.branch === branch))
          at.prefixed.push({ prefix: word, branch });
        covered = true;
        break;
      }
      let child = at.next.get(word);
      if (!child) {
        child = node();
        at.next.set(word, child);
      }
      at = child;
      covered = at.ready.includes(branch);
    }
    if (!covered) at.ready.push(branch);
  }
}

export function compileRulebook(rules: readonly Rule[]): Rulebook {
  const book: Rulebook = { root: node(), anywhere: [] };
  for (const rule of rules) {
    for (const source of splitBranches(rule.pattern.source)) {
      file(book, { rule, pattern: new RegExp(source, 'y') }, source);
    }
  }
  return book;
}
