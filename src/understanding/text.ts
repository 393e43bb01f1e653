/**
 * Text into clauses of folded tokens, in one linear pass: no regular expression that could
 * backtrack ever sees the person's text, and the text is bounded before anything else.
 */

/** Longer messages aren't answers or descriptions we can use: the bot says so instead. */
export const MAX_MESSAGE_CHARS = 1000;
/** A run-on sentence is read in pieces of this many words: no clause of a person's is longer. */
const MAX_CLAUSE_WORDS = 40;
/** Nobody's message has more clauses than this; the rest of a flood ("no, no, no, ...") isn't read. */
const MAX_CLAUSES = 30;

export interface Clause {
  /** Folded words: lower case, no accents or apostrophes ("Don't" -> "dont", "é" -> "e"). */
  tokens: string[];
  /** The clause ended with a question mark. */
  asked: boolean;
  /** The clause's own words as typed (for the date parser), spaces collapsed. */
  raw: string;
}

const NONE: ReadonlySet<string> = new Set();
const SENTENCE_END = new Set(['.', '!', '?', ';', '\n', '…', '¿', '¡', ':']);
const CLAUSE_BREAK = new Set([',', '(', ')', '[', ']', '—', '–', '/']);
const APOSTROPHES = new Set(["'", '’', '`', '´', 'ʼ']);

/**
 * Lower case without diacritics, one character at a time (ß -> ss, œ -> oe). Digits, letters
 * of any script and the characters that shape a message stay; everything else is a space.
 */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** Pronouns that start a new statement after "and". */
const STARTERS = new Set(['i', 'im', 'ive', 'id', 'it', 'its', 'thats', 'that', 'we', 'my', 'ich', 'es', 'je', 'jai', 'cest', 'yo', 'mi']);

/** A language's "and", and the words after it that start a new statement: "... and I read mail on it", "... y tengo fibra". */
export interface Joins {
  and: ReadonlySet<string>;
  starters: ReadonlySet<string>;
}
const ENGLISH_JOINS: Joins = { and: new Set(['and']), starters: STARTERS };

/** The joins of a lexicon that names its own; English's otherwise. */
export function joinsOf(and?: string[], starters?: string[]): Joins {
  return and ? { and: new Set(and), starters: new Set(starters ?? []) } : ENGLISH_JOINS;
}

function startsClause(text: string, from: number, starters: ReadonlySet<string>): boolean {
  let k = from;
  while (k < text.length && text[k] === ' ') k++;
  let next = '';
  while (k < text.length && (isWordChar(text[k]) || APOSTROPHES.has(text[k]))) {
    if (!APOSTROPHES.has(text[k])) next += text[k];
    k++;
  }
  return starters.has(next);
}

/**
 * The message as clauses: split at sentence ends, commas, brackets and dashes, and at the
 * language's contrast words ("but", "although"), which end a clause's negation too. A comma
 * before one of the language's `continuations` ("dass") goes on with the clause it belongs to.
 * Dots between digits ("08.06.2015") and between letters and digits stay inside a word; where
 * the language writes ordinal numbers with a dot (`ordinalDots`: "am 5. August"), so does that dot.
 */
export function clausesOf(
  message: string,
  contrastWords: ReadonlySet<string>,
  elisions: ReadonlySet<string> = NONE,
  joins: Joins = ENGLISH_JOINS,
  ordinalDots = false,
  continuations: ReadonlySet<string> = NONE,
): Clause[] {
  const text = fold(message.slice(0, MAX_MESSAGE_CHARS));
  const clauses: Clause[] = [];
  let tokens: string[] = [];
  let raw = '';
  let word = '';
  let i = 0;
  const endWord = () => {
    if (!word) return;
    // "but", "although" start a new clause, and so does "and" before "I" or "it" ("... and I read mail on it").
    const and = joins.and.has(word) && i + 1 < text.length && startsClause(text, i + 1, joins.starters);
    if (contrastWords.has(word) || and) {
      if (tokens.length) endClause(false);
    } else {
      tokens.push(word);
      if (tokens.length >= MAX_CLAUSE_WORDS) endClause(false);
    }
    word = '';
  };
  const endClause = (asked: boolean) => {
    if (tokens.length && clauses.length < MAX_CLAUSES) clauses.push({ tokens, asked, raw: raw.trim() });
    tokens = [];
    raw = '';
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (isWordChar(c)) {
      word += c;
      raw += c;
    } else if (APOSTROPHES.has(c)) {
      // "don't" -> "dont"; "l'ordi" -> "l" "ordi" where the language elides; a quote mark around a word is dropped
      if (elisions.has(word)) endWord();
    } else if ((c === '.' || c === '-' || c === '/') && word && i + 1 < text.length && /\p{N}/u.test(text[i + 1]) && /\p{N}/u.test(word[word.length - 1])) {
      word += c; // 08.06.2015, 2015-03-01, 06/08/2015
      raw += c;
    } else if (ordinalDots && c === '.' && word.length <= 2 && /^\p{N}+$/u.test(word) && text[i + 1] === ' ' && i + 2 < text.length && /\p{L}/u.test(text[i + 2])) {
      // "am 5. August 2015": the dot of an ordinal number, not the end of a sentence (the date parser reads it as typed)
      endWord();
      raw += '. ';
    } else if (SENTENCE_END.has(c)) {
      endWord();
      endClause(c === '?');
      if (c === '?' && clauses.length) clauses[clauses.length - 1].asked = true;
    } else if (c === ',' && continuations.size && startsClause(text, i + 1, continuations)) {
      // "Ich will nicht, dass meine Mails auf dem Server bleiben": the comma before "dass" ends no clause
      endWord();
      if (!raw.endsWith(' ')) raw += ' ';
    } else if (CLAUSE_BREAK.has(c) || c === '&' || c === '+') {
      endWord();
      if (c === '&' || c === '+') {
        tokens.push('and');
        raw += ' and ';
      } else endClause(false);
    } else {
      endWord();
      if (!raw.endsWith(' ')) raw += ' ';
    }
  }
  endWord();
  endClause(false);
  return clauses;
}
