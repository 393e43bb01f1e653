/**
 * Finds the lexicon's phrases in a clause: whole words, longest first, with small typos
 * tolerated (an edit for words of five letters or more, two from eight, or two letters
 * swapped) by fastest-levenshtein against the lexicon's own words. Linear in the words
 * of the clause; the typo search looks at a bounded number of unknown words.
 */
import { distance } from 'fastest-levenshtein';
import { clausesOf } from './text';

export interface Hit {
  key: string;
  start: number;
  end: number;
}

interface Entry {
  key: string;
  words: string[];
}

/** At most this many unknown words per message are checked for typos. */
export const MAX_TYPO_LOOKUPS = 16;
/**
 * Which phrases a longer one contains and stands for: the negation in "no idea" or "don't
 * want to watch limits", "slow" in "not slow", "yes" in "not sure". Everything else inside a
 * longer phrase still counts ("work" in "work pc", "account" in "when was my account created").
 */
const HIDES: Record<string, string[]> = {
  't:fast': ['t:slow'],
  't:slow': ['t:fast'],
  't:unsure': ['t:yes', 't:no', 't:yesHedged', 't:noHedged', 't:questionWord', 't:number2', 't:number3plus', 't:one'],
  't:noHedged': ['t:yesHedged', 't:no', 't:yes'],
  't:yesHedged': ['t:yes'],
  't:notOnly': ['t:only', 't:one'],
  't:storageFine': ['t:storageShort'],
  't:storageShort': ['t:storageFine'],
  't:storageNoLimits': ['t:storageShort'],
  't:leaveCopies': ['t:serverWord', 't:backupServer', 't:backupSelf'],
  't:backupServer': ['t:backupSelf', 't:serverWord'],
  't:backupSelf': ['t:serverWord'],
  't:programNoImap': ['t:imap', 't:pop', 't:popUse', 't:programImapOk', 't:only'],
  't:programImapOk': ['t:imap'],
  't:popUse': ['t:pop'],
  't:unhappy': ['t:happy'],
  't:happy': ['t:unhappy'],
  't:no': ['t:yes'],
};

function shadows(container: string, contained: string, hides: Readonly<Record<string, string[]>>): boolean {
  if (contained === 't:negation') return container.startsWith('t:') && container !== 't:negation';
  if (container.startsWith('t:')) return (HIDES[container]?.includes(contained) ?? false) || (hides[container]?.includes(contained) ?? false);
  // Commands, questions, small talk, programs: the longest phrase of each kind says it.
  return container.slice(0, 2) === contained.slice(0, 2);
}

export class PhraseMatcher {
  private readonly byFirst = new Map<string, Entry[]>();
  /** Lexicon words of five letters or more, by length, for the typo search. */
  private readonly vocabulary = new Map<number, string[]>();
  private readonly known = new Set<string>();
  private longest = 1;
  /** The language's own concepts that stand for the words inside them (`Lexicon.hides`), by key. */
  private readonly hides: Record<string, string[]> = {};

  constructor(phrases: Iterable<[key: string, phrase: string]>, commonWords: Iterable<string>, elisions?: ReadonlySet<string>, hides: Partial<Record<string, string[]>> = {}) {
    for (const [container, contained] of Object.entries(hides)) this.hides[`t:${container}`] = (contained ?? []).map((t) => `t:${t}`);
    for (const [key, phrase] of phrases) {
      const words = wordsOf(phrase, elisions);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ key, words });
      this.longest = Math.max(this.longest, words.length);
      this.byFirst.set(words[0], list);
      for (const w of words) this.known.add(w);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const w of this.known) {
      if (w.length < 4 || /\d/.test(w)) continue;
      const bucket = this.vocabulary.get(w.length) ?? [];
      bucket.push(w);
      this.vocabulary.set(w.length, bucket);
    }
    for (const w of commonWords) for (const x of wordsOf(w, elisions)) this.known.add(x);
  }

  /** Words with typos replaced by the lexicon word they were meant to be. */
  correct(tokens: string[], budget: { lookups: number }): string[] {
    return tokens.map((t) => {
      if (this.known.has(t) || t.length < 4 || /\d/.test(t) || budget.lookups <= 0) return t;
      budget.lookups--;
      return this.closest(t) ?? t;
    });
  }

  /** Every phrase found in these words, without hits that lie inside a longer one. */
  find(tokens: string[]): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const e of this.byFirst.get(tokens[i]) ?? []) {
        if (i + e.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < e.words.length && ok; k++) ok = tokens[i + k] === e.words[k];
        if (ok) hits.push({ key: e.key, start: i, end: i + e.words.length });
      }
    }
    // A phrase inside a longer one is part of it ("slow" in "not slow", "no" in "no idea"); the
    // parts of a device's or program's name still count ("work" in "work pc", "iphone" in "iphone mail").
    // Hits come in order of their start: a container starts at most `longest` words before.
    return hits.filter((h, i) => {
      for (let k = i; k >= 0 && hits[k].start >= h.end - this.longest; k--) {
        const o = hits[k];
        if (o !== h && o.end - o.start > h.end - h.start && o.start <= h.start && o.end >= h.end && shadows(o.key, h.key, this.hides)) return false;
      }
      for (let k = i + 1; k < hits.length && hits[k].start === h.start; k++) {
        const o = hits[k];
        if (o.end - o.start > h.end - h.start && o.end >= h.end && shadows(o.key, h.key, this.hides)) return false;
      }
      return true;
    });
  }

  private closest(word: string): string | undefined {
    // Four letters: two letters swapped ("ipda") or one left out ("hapy"); five or six: one edit; seven or more: two.
    const allowed = word.length >= 7 ? 2 : word.length >= 5 ? 1 : 0;
    let best: string | undefined;
    let bestDistance = Infinity;
    let tie = false;
    for (let len = word.length - allowed; len <= word.length + allowed; len++) {
      for (const candidate of this.vocabulary.get(len) ?? []) {
        // Typos rarely change both the first and the last letter; this skips most of the list.
        if (candidate[0] !== word[0] && candidate[candidate.length - 1] !== word[word.length - 1]) continue;
        const d = swapped(word, candidate) ? 1 : allowed ? distance(word, candidate) : candidate.length === 5 && candidate[0] === word[0] ? distance(word, candidate) : Infinity;
        if (d > Math.max(allowed, 1)) continue;
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance && candidate !== best) {
          const pick = this.firstLetterFirst(word, best as string, candidate);
          if (pick) best = pick;
          else tie = true;
        }
      }
    }
    // Two words equally close: a guess either way, so none.
    return tie ? undefined : best;
  }

  /** Of two equally close words, the one that keeps the first letter ("sever": server, not never). */
  private firstLetterFirst(word: string, a: string, b: string): string | undefined {
    if (a[0] === word[0] && b[0] !== word[0]) return a;
    if (b[0] === word[0] && a[0] !== word[0]) return b;
    return undefined;
  }
}

/** "recieve" for "receive": the same letters with one neighbouring pair swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** A phrase as the folded words a message is matched on. */
export function wordsOf(phrase: string, elisions?: ReadonlySet<string>): string[] {
  return clausesOf(phrase, new Set(), elisions).flatMap((c) => c.tokens);
}
