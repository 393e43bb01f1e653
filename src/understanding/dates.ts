/**
 * When an account was created, from the words of one clause: as a span of days, compared
 * with the cutoff. A span wholly before it is "before", wholly on or after it "after", and
 * one on both sides ("2015", "about 10 years ago", "before 2020") straddles: the bot asks.
 *
 * Years alone, spans, parts of a year and "N years ago" are read here from the folded words;
 * written dates ("the 6th of August 2015", "15 Sept 2015") go to chrono-node, in the
 * language's locale. Both see only one clause, bounded in length.
 */
import * as chrono from 'chrono-node';
import type { DateWords, Lexicon } from './lexicon';

export type Span = { from: number; to: number }; // days since 1970, inclusive
export type DateVerdict = 'before' | 'after' | 'straddles';

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;
const MAX_CHRONO_CHARS = 160;

const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const lastDay = (y: number, m: number) => day(y, m + 1, 1) - 1;
const isYear = (n: number, todayYear: number) => n >= 1980 && n <= todayYear;
/** "12 or 13 years", "10 to 12 years": the words between two numbers of one span. */
const ENGLISH_BETWEEN = ['or', 'to'];

export interface DateContext {
  /** The cutoff, YYYY-MM-DD. */
  cutoff: string;
  /** Today, YYYY-MM-DD: "2 years ago" depends on it. */
  today: string;
}

/** The clause's date as a verdict against the cutoff, or undefined when it names no date. */
export function accountDate(tokens: string[], raw: string, lexicon: Lexicon, ctx: DateContext, approximate: boolean, bound?: 'before' | 'after'): DateVerdict | undefined {
  const [cy, cm, cd] = ctx.cutoff.split('-').map(Number);
  const cutoff = day(cy, cm, cd);
  const [ty, tm, td] = ctx.today.split('-').map(Number);
  const today = day(ty, tm, td);
  tokens = spelledYears(tokens, lexicon);
  const relative = yearsAgo(tokens, lexicon, { today, todayYear: ty, approximate });
  const span = relative ?? spanOf(tokens, raw, lexicon, { today, todayYear: ty, approximate });
  if (!span) return undefined;
  let { from, to } = span;
  // "vor 2 Jahren" is "2 years ago", not "before"; a bound applies to dates, not to spans back from today.
  if (relative) bound = undefined;
  // "before 2020": anything up to its start; "after 2015" / "since 2011" for an account means made then or later.
  if (bound === 'before') [from, to] = [-Infinity, from - 1];
  else if (bound === 'after') [from, to] = [to + 1, today];
  if (from > today) return undefined; // a date in the future is not when an account was made
  if (to < cutoff) return 'before';
  if (from >= cutoff) return 'after';
  return 'straddles';
}

/** "deux mille huit" as "2008", where the language names its thousand (`DateWords.thousand`); the words unchanged otherwise. */
function spelledYears(tokens: string[], lexicon: Lexicon): string[] {
  const thousand = lexicon.dates.thousand;
  if (!thousand || !tokens.some((t) => thousand.includes(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!thousand.includes(tokens[i])) {
      out.push(tokens[i]);
      continue;
    }
    const times = lexicon.numbers[out[out.length - 1]];
    if (times !== undefined) out.pop();
    let year = 1000 * (times ?? 1);
    // "deux mille dix huit": the number words after the thousand add up, below a hundred.
    let k = i + 1;
    for (let rest = 0; k < tokens.length && lexicon.numbers[tokens[k]] !== undefined && rest + lexicon.numbers[tokens[k]] < 100; k++) {
      rest += lexicon.numbers[tokens[k]];
      year = 1000 * (times ?? 1) + rest;
    }
    out.push(String(year));
    i = k - 1;
  }
  return out;
}

interface Now {
  today: number;
  todayYear: number;
  approximate: boolean;
}

function spanOf(tokens: string[], raw: string, lexicon: Lexicon, now: Now): Span | undefined {
  // A day and a month in words ("the 6th of August 2015"): chrono-node reads those best.
  const month = tokens.some((t) => lexicon.dates.parts[t] !== undefined && lexicon.dates.parts[t][0] === lexicon.dates.parts[t][1]);
  const dayAndMonth = month && tokens.some((t) => /^\d{1,2}(st|nd|rd|th|er|e|o|a)?$/.test(t));
  return (dayAndMonth ? writtenDate(raw, lexicon, now) : undefined)
    ?? numericDate(tokens, lexicon.dayFirst, now)
    ?? decade(tokens, lexicon.dates, now)
    ?? partOfYear(tokens, lexicon.dates, now)
    ?? namedSpan(tokens, lexicon.dates, now)
    // Anything else chrono-node reads needs a month's name; without one it has nothing to add.
    ?? (month ? writtenDate(raw, lexicon, now) : undefined);
}

/** 08.06.2015, 6/8/2015, 2015-03-01, 05.08.15: day-first where the language writes it so; English slashes both ways. Month and year: 08/2015, 8.2015, 2015-08. */
function numericDate(tokens: string[], dayFirst: boolean, now: Now): Span | undefined {
  for (const t of tokens) {
    const parts = t.split(/[./-]/);
    if (parts.length === 2 && parts.every((p) => /^\d{1,4}$/.test(p))) {
      const [m, y] = parts[0].length === 4 ? [Number(parts[1]), Number(parts[0])] : [Number(parts[0]), Number(parts[1])];
      const yearDigits = parts[0].length === 4 ? parts[0] : parts[1];
      if (yearDigits.length === 4 && m >= 1 && m <= 12 && isYear(y, now.todayYear)) return widen({ from: day(y, m, 1), to: lastDay(y, m) }, now);
      continue;
    }
    if (parts.length !== 3 || !parts.every((p) => /^\d{1,4}$/.test(p))) continue;
    const n = parts.map(Number);
    if (parts[0].length === 4) return oneDay(n[0], n[1], n[2]);
    const year = parts[2].length === 2 ? 2000 + n[2] : n[2];
    if (!isYear(year, now.todayYear)) continue;
    const dmy = oneDay(year, n[1], n[0]);
    const mdy = oneDay(year, n[0], n[1]);
    const dotted = t.includes('.');
    if (dayFirst || dotted) return dmy ?? mdy;
    // English with slashes: 30/07/2015 reads one way only; 06/08/2015 both, so the span covers both.
    if (dmy && mdy) return { from: Math.min(dmy.from, mdy.from), to: Math.max(dmy.to, mdy.to) };
    return dmy ?? mdy;
  }
  return undefined;
}

function oneDay(y: number, m: number, d: number): Span | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const x = day(y, m, d);
  return new Date(x * DAY_MS).getUTCDate() === d ? { from: x, to: x } : undefined;
}

/** "2 years ago", "8 yrs ago", "a couple of years ago", "vor 2 Jahren", "il y a 3 ans", "hace 2 años", "a decade ago". */
function yearsAgo(tokens: string[], lexicon: Lexicon, now: Now): Span | undefined {
  const w = lexicon.dates;
  for (let i = 0; i < tokens.length; i++) {
    const unit = w.years.includes(tokens[i]) ? 1 : w.months.includes(tokens[i]) ? 1 / 12 : w.decades.includes(tokens[i]) ? 10 : 0;
    if (!unit) continue;
    const before = tokens.slice(Math.max(0, i - 4), i);
    const after = tokens.slice(i + 1, i + 3);
    // "ago" right after the span, or anywhere in a clause such as "ages ago, like 15 years".
    // A clause that is only a span ("like 15 years", "12 Jahre") answers "how long ago" too.
    const agoFollows = after.some((t) => w.agoAfter.includes(t)) || tokens.some((t) => t === w.agoAfter[0]) || tokens.length <= 4;
    const agoLeads = before.some((t) => w.agoBefore.includes(t));
    if (!agoFollows && !agoLeads && !(unit === 10 && before.length)) continue;
    // The number before the unit: "8", "twelve", "a couple of", "12-13", "9 or 10".
    const numbers: number[] = [];
    for (let k = before.length - 1; k >= 0; k--) {
      const t = before[k];
      const range = /^(\d{1,2})-(\d{1,2})$/.exec(t);
      if (range) numbers.push(Number(range[1]), Number(range[2]));
      else if (/^\d{1,2}$/.test(t)) numbers.push(Number(t));
      else if (lexicon.numbers[t] !== undefined) numbers.push(lexicon.numbers[t]);
      else if (numbers.length && !(w.between ?? ENGLISH_BETWEEN).includes(t)) break;
    }
    if (!numbers.length && unit === 10) numbers.push(1);
    if (!numbers.length) continue; // "years ago" with no number is vague: not a date
    const years = Math.max(...numbers) * unit;
    const fewest = Math.min(...numbers) * unit;
    const centre = now.today - years * YEAR_DAYS;
    if (before.some((t) => w.moreThan.includes(t))) return { from: -Infinity, to: Math.ceil(centre) };
    if (before.some((t) => w.lessThan.includes(t))) return { from: Math.floor(centre), to: now.today };
    // "about 10 years ago" could be 9 or 11; "12-13 years ago" says its own spread.
    const spread = (now.approximate && years === fewest ? Math.max(1.5, years * 0.15) : 0.5) * YEAR_DAYS;
    return { from: Math.floor(centre - spread), to: Math.ceil(now.today - fewest * YEAR_DAYS + spread) };
  }
  return undefined;
}

/** "summer 2015", "early 2013", "July 2015", "late 2015", years alone ("2012", "in 2014", "2k12", "2014 or 2016"). */
function partOfYear(tokens: string[], w: DateWords, now: Now): Span | undefined {
  let span: Span | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const year = yearOf(tokens[i], now.todayYear);
    if (year === undefined) continue;
    let one: Span = { from: day(year, 1, 1), to: lastDay(year, 12) };
    // A part or month just before the year ("summer 2015", "march of 2014", "mid 2015"), and
    // a part of that month ("end of August 2015", "early July 2015").
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const part = w.parts[tokens[k]];
      if (!part) continue;
      one = { from: day(year, part[0], 1), to: lastDay(year, part[1]) };
      const within = part[0] === part[1] ? [tokens[k - 1], tokens[k - 2]].map((t) => (t ? w.parts[t] : undefined)).find((p) => p && p[1] - p[0] === 3) : undefined;
      if (within) {
        const third = within[0] === 1 ? 0 : within[0] === 5 ? 1 : 2;
        one = { from: day(year, part[0], 1 + third * 10), to: third === 2 ? lastDay(year, part[0]) : day(year, part[0], 10 + third * 10) };
      }
      break;
    }
    span = span ? { from: Math.min(span.from, one.from), to: Math.max(span.to, one.to) } : one;
  }
  return span && widen(span, now);
}

function yearOf(token: string, todayYear: number): number | undefined {
  const m = /^(?:(\d{4})(?:ish)?|2k(\d{1,2}))$/.exec(token);
  if (!m) return undefined;
  const y = m[1] ? Number(m[1]) : 2000 + Number(m[2]);
  return isYear(y, todayYear) ? y : undefined;
}

/** "the 90s", "the 2000s", "mid 2010s", "early 2000s"; "los 90", "los años 2000" where the language names decades by a word before. */
function decade(tokens: string[], w: DateWords, now: Now): Span | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const m = /^(\d{2}|\d{4})s$/.exec(tokens[i]) ?? (i > 0 && w.decadeWords?.includes(tokens[i - 1]) ? /^(\d0|\d{3}0)$/.exec(tokens[i]) : null);
    if (!m) continue;
    const start = m[1].length === 2 ? (Number(m[1]) >= 80 ? 1900 : 2000) + Number(m[1]) : Number(m[1]);
    if (start > now.todayYear) continue;
    const part = tokens[i - 1];
    // "au début des années 2000": the language's own parts, a few words before the decade.
    const own = w.decadeParts ? tokens.slice(Math.max(0, i - 4), i).map((t) => w.decadeParts?.[t]).filter((p) => p !== undefined).pop() : undefined;
    const [a, b] = own ?? (part === 'early' ? [0, 3] : part === 'mid' || part === 'middle' ? [3, 7] : part === 'late' ? [7, 9] : [0, 9]);
    return { from: day(start + a, 1, 1), to: lastDay(start + b, 12) };
  }
  return undefined;
}

/** "last year", "this year", "last month", "recently". */
function namedSpan(tokens: string[], w: DateWords, now: Now): Span | undefined {
  const text = ` ${tokens.join(' ')} `;
  if (w.lastYear.some((p) => text.includes(` ${p} `))) {
    const y = now.todayYear - 1;
    return { from: day(y, 1, 1), to: lastDay(y, 12) };
  }
  if (w.thisYear.some((p) => text.includes(` ${p} `))) return { from: now.today - 120, to: now.today };
  return undefined;
}

/** Dates written out ("the 6th of August 2015", "Sept 15th, 2015"), by chrono-node. */
function writtenDate(raw: string, lexicon: Lexicon, now: Now): Span | undefined {
  const text = raw.slice(0, MAX_CHRONO_CHARS);
  if (!/\d/.test(text)) return undefined;
  const parser = chrono[lexicon.dateLocale] as typeof chrono.en;
  const ref = new Date(now.today * DAY_MS + DAY_MS / 2);
  for (const r of parser.parse(text, ref)) {
    const y = r.start.get('year');
    if (!r.start.isCertain('year') || y === null || !isYear(y, now.todayYear)) continue;
    if (r.start.isCertain('month') && r.start.isCertain('day')) return oneDay(y, r.start.get('month') as number, r.start.get('day') as number);
    if (r.start.isCertain('month')) {
      const m = r.start.get('month') as number;
      return widen({ from: day(y, m, 1), to: lastDay(y, m) }, now);
    }
  }
  return undefined;
}

/** "around 2015", "2012 I think": a year either side. */
function widen(span: Span, now: Now): Span {
  if (!now.approximate) return span;
  const spread = Math.round(YEAR_DAYS);
  return { from: span.from - spread, to: span.to + spread };
}
