/**
 * When the account was created, relative to the cutoff: from the answer to the date question
 * (yes, no, not sure, a date), or from words about the account anywhere else. A date about
 * something else ("I bought a new laptop in 2012", "since last week Outlook won't sync") is
 * never an account date. "The account is after the cutoff" turns a person away, so it is
 * taken only when it is unmistakable; a hedge or a contradiction is checked first.
 */
import { hasTag, isThing, saysUnsure, type Analysis, type ClauseReading } from './analyze';
import { accountDate, type DateContext, type DateVerdict } from './dates';
import type { Lexicon } from './lexicon';
import type { AgeReading } from './reading';
import { yesNoOf } from './yes-no';

const MAX_DATED_CLAUSES = 4;

export function ageOf(a: Analysis, atDateQuestion: boolean, lexicon: Lexicon, ctx: DateContext): AgeReading | undefined {
  const clauses = a.clauses.filter((c) => !c.question || saysUnsure(c));
  // A date in a clause of its own, next to one about the account, is the account's too ("my account is really old, like 2007").
  const about = clauses.filter((c, i) => (atDateQuestion ? !aboutSomethingElse(c) : aboutTheAccount(c) || (!aboutSomethingElse(c) && [clauses[i - 1], clauses[i + 1]].some((n) => n && aboutTheAccount(n)))));
  const verdicts: DateVerdict[] = [];
  // "yesterday", "last week" beside "my email" may date a trouble ("my email stopped working yesterday"), not the account: checked.
  let firm = true;
  // The first few dated clauses say when; a message of forty dates is read no further.
  let datedClauses = 0;
  for (const c of about) {
    if (c.tokens.some((t) => /\d/.test(t) || lexicon.dates.parts[t]) && ++datedClauses > MAX_DATED_CLAUSES) continue;
    const bound = hasTag(c, 'before') ? 'before' : hasTag(c, 'after') ? 'after' : undefined;
    const v = accountDate(c.tokens, c.raw, lexicon, ctx, hasTag(c, 'approx'), bound);
    if (v) verdicts.push(v);
    if (v && !namesWhenMade(c) && saysLately(c, lexicon)) firm = false;
  }
  const dated = verdicts.length ? combine(verdicts) : undefined;
  const said = atDateQuestion ? yesNoOf(a) : undefined;
  const stated = said?.value === 'yes' ? 'before' : said?.value === 'no' ? 'after' : undefined;

  if (dated === 'straddles') {
    // "yes, over 10 years": the yes answers it, the span agrees.
    return stated ? { kind: 'age', age: stated, confidence: said?.hedged ? 'likely' : 'sure' } : { kind: 'straddles' };
  }
  if (dated) {
    if (stated && stated !== dated) return { kind: 'unclear' }; // "yes, 2019"
    return { kind: 'age', age: dated, confidence: dated === 'after' && !firm ? 'likely' : 'sure' };
  }
  if (about.some(saysUnsure)) return { kind: 'age', age: 'unsure', confidence: 'sure' };
  // "No" turns the person away: only a plain no counts; "no, I mean..." is checked first.
  // "No, I only use my laptop": a no beside talk of devices may not be about the date; checked too.
  const aside = a.clauses.length > 1 && a.clauses.some((c) => c.hits.some(isThing));
  const worded = fromWords(about, atDateQuestion);
  if (stated) {
    // "no, it is older", "yes, it's a new account": the yes or no and the words disagree; ask.
    if (worded?.kind === 'age' && worded.age !== stated) return { kind: 'unclear' };
    return { kind: 'age', age: stated, confidence: stated === 'after' && (said?.hedged || !said?.bare || aside) ? 'likely' : 'sure' };
  }
  if (worded) return worded;
  // At the date question, a date about something else is no answer: ask again.
  if (atDateQuestion && clauses.some(aboutSomethingElse) && clauses.some((c) => givesDate(c, lexicon))) return { kind: 'unclear' };
  return undefined;
}

/** The account's age from words for when: "it's quite new", "ages ago", "before then". */
function fromWords(about: ClauseReading[], atDateQuestion: boolean): AgeReading | undefined {
  const words = about.filter((c) => datesTheAccount(c, 'recently') || datesTheAccount(c, 'longAgo') || hasTag(c, 'before') || hasTag(c, 'after'));
  for (const c of words) {
    // "newer", "it's a new account": sure; a vaguer "fairly recent I think" is checked.
    if (datesTheAccount(c, 'recently') && !datesTheAccount(c, 'longAgo')) return { kind: 'age', age: 'after', confidence: namesWhenMade(c) || (hasTag(c, 'account') && c.tokens.length - c.start <= 5) || (atDateQuestion && c.tokens.length - c.start <= 2) ? 'sure' : 'likely' };
    if (datesTheAccount(c, 'longAgo')) return { kind: 'age', age: 'before', confidence: 'likely' };
    if (atDateQuestion && c.tokens.length <= 4) {
      // "before", "before then", "after that": the answer's own words.
      if (hasTag(c, 'before')) return { kind: 'age', age: 'before', confidence: 'sure' };
      if (hasTag(c, 'after')) return { kind: 'age', age: 'after', confidence: 'sure' };
    }
  }
  return undefined;
}

/** The clause gives a date of some kind: a year, or one of the language's words for when. */
function givesDate(c: ClauseReading, lexicon: Lexicon): boolean {
  const clues = lexicon.dates.dateHints;
  if (!clues) return /\d{4}|recent|new|ago|since/.test(c.tokens.join(' '));
  return c.tokens.some((t) => /\d{4}/.test(t) || clues.includes(t));
}

/**
 * A word for when ("new", "recently", "ages ago") that dates the account, not a device or
 * program beside it: "my email on my new iPhone", "since last week my Outlook..." date the
 * iPhone and the trouble. In a clause that names a thing, it counts only next to the account's
 * own words ("a new account", "I opened it recently").
 */
function datesTheAccount(c: ClauseReading, tag: 'recently' | 'longAgo'): boolean {
  const key = `t:${tag}`;
  const things = c.hits.filter(isThing);
  const accountWords = c.hits.filter((h) => h.key === 't:account' || h.key === 't:accountMade');
  return c.hits.some((h) => {
    if (h.key !== key || c.negated(h)) return false;
    if (things.some((t) => t.start >= h.end && t.start <= h.end + 1)) return false;
    if (!things.length) return true;
    return accountWords.some((w) => w.key === 't:accountMade' || (w.start <= h.end + 1 && w.end >= h.start - 1));
  });
}

/** The clause says when the account was made: "I opened it last year", "2019", "last week" alone, "since 2012". */
function namesWhenMade(c: ClauseReading): boolean {
  return hasTag(c, 'accountMade', 'any') || c.tokens.length - c.start <= 4 || c.tokens.some((t) => /^\d{4}$/.test(t));
}

/** "yesterday", "last week", "today": words that date an event as readily as an account. */
function saysLately(c: ClauseReading, lexicon: Lexicon): boolean {
  const text = ` ${c.tokens.join(' ')} `;
  return lexicon.dates.thisYear.some((p) => text.includes(` ${p} `));
}

function combine(verdicts: DateVerdict[]): DateVerdict {
  return verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : 'straddles';
}

/** A clause about the account: "my account is from 2012", "I opened it in 2009", "signed up last year". */
function aboutTheAccount(c: ClauseReading): boolean {
  const things = c.hits.some(isThing);
  // "I recently bought a new laptop and need to set up my email on it" dates the laptop.
  if (things) return hasTag(c, 'accountMade', 'any') && hasTag(c, 'account', 'any');
  return hasTag(c, 'account', 'any') || hasTag(c, 'accountMade', 'any');
}

/** A clause about a device or program and not the account: "I bought a new laptop in 2012". */
function aboutSomethingElse(c: ClauseReading): boolean {
  return !hasTag(c, 'account', 'any') && c.hits.some(isThing);
}
