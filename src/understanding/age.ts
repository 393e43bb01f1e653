/**
 * When the account was created, relative to the cutoff: from the answer to the date question
 * (yes, no, not sure, a date), or from words about the account anywhere else. A date about
 * something else ("I bought a new laptop in 2012", "since last week Outlook won't sync") is
 * never an account date. "The account is after the cutoff" turns a person away, so it is
 * taken only when it is unmistakable; a hedge or a contradiction is checked first.
 */
import { hasTag, saysUnsure, type Analysis, type ClauseReading } from './analyze';
import { accountDate, type DateContext, type DateVerdict } from './dates';
import type { Lexicon } from './lexicon';
import type { AgeReading } from './reading';
import { yesNoOf } from './yes-no';

const MAX_DATED_CLAUSES = 4;
const THINGS = ['t:computer', 't:phone', 't:tablet', 't:deviceWord', 'p:'];

export function ageOf(a: Analysis, atDateQuestion: boolean, lexicon: Lexicon, ctx: DateContext): AgeReading | undefined {
  const clauses = a.clauses.filter((c) => !c.question || saysUnsure(c));
  // A date in a clause of its own, next to one about the account, is the account's too ("my account is really old, like 2007").
  const about = clauses.filter((c, i) => (atDateQuestion ? !aboutSomethingElse(c) : aboutTheAccount(c) || (!aboutSomethingElse(c) && [clauses[i - 1], clauses[i + 1]].some((n) => n && aboutTheAccount(n)))));
  const verdicts: DateVerdict[] = [];
  // The first few dated clauses say when; a message of forty dates is read no further.
  let datedClauses = 0;
  for (const c of about) {
    if (c.tokens.some((t) => /\d/.test(t) || lexicon.dates.parts[t]) && ++datedClauses > MAX_DATED_CLAUSES) continue;
    const bound = hasTag(c, 'before') ? 'before' : hasTag(c, 'after') ? 'after' : undefined;
    const v = accountDate(c.tokens, c.raw, lexicon, ctx, hasTag(c, 'approx'), bound);
    if (v) verdicts.push(v);
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
    return { kind: 'age', age: dated, confidence: 'sure' };
  }
  if (about.some(saysUnsure)) return { kind: 'age', age: 'unsure', confidence: 'sure' };
  // "No" turns the person away: only a plain no counts; "no, I mean..." is checked first.
  if (stated) return { kind: 'age', age: stated, confidence: stated === 'after' && (said?.hedged || !said?.bare) ? 'likely' : 'sure' };
  const words = about.filter((c) => hasTag(c, 'recently') || hasTag(c, 'longAgo') || hasTag(c, 'before') || hasTag(c, 'after'));
  for (const c of words) {
    // "newer", "it's a new account": sure; a vaguer "fairly recent I think" is checked.
    if (hasTag(c, 'recently') && !hasTag(c, 'longAgo')) return { kind: 'age', age: 'after', confidence: hasTag(c, 'account') || (atDateQuestion && c.tokens.length - c.start <= 2) ? 'sure' : 'likely' };
    if (hasTag(c, 'longAgo')) return { kind: 'age', age: 'before', confidence: 'likely' };
    if (atDateQuestion && c.tokens.length <= 4) {
      // "before", "before then", "after that": the answer's own words.
      if (hasTag(c, 'before')) return { kind: 'age', age: 'before', confidence: 'sure' };
      if (hasTag(c, 'after')) return { kind: 'age', age: 'after', confidence: 'sure' };
    }
  }
  // At the date question, a date about something else is no answer: ask again.
  if (atDateQuestion && clauses.some(aboutSomethingElse) && clauses.some((c) => givesDate(c, lexicon))) return { kind: 'unclear' };
  return undefined;
}

/** The clause gives a date of some kind: a year, or one of the language's words for when. */
function givesDate(c: ClauseReading, lexicon: Lexicon): boolean {
  const clues = lexicon.dates.dateHints;
  if (!clues) return /\d{4}|recent|new|ago|since/.test(c.tokens.join(' '));
  return c.tokens.some((t) => /\d{4}/.test(t) || clues.includes(t));
}

function combine(verdicts: DateVerdict[]): DateVerdict {
  return verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : 'straddles';
}

/** A clause about the account: "my account is from 2012", "I opened it in 2009", "signed up last year". */
function aboutTheAccount(c: ClauseReading): boolean {
  const things = c.hits.some((h) => THINGS.some((k) => h.key.startsWith(k)));
  // "I recently bought a new laptop and need to set up my email on it" dates the laptop.
  if (things) return hasTag(c, 'accountMade', 'any') && hasTag(c, 'account', 'any');
  return hasTag(c, 'account', 'any') || hasTag(c, 'accountMade', 'any');
}

/** A clause about a device or program and not the account: "I bought a new laptop in 2012". */
function aboutSomethingElse(c: ClauseReading): boolean {
  return !hasTag(c, 'account', 'any') && c.hits.some((h) => THINGS.some((k) => h.key.startsWith(k)));
}
