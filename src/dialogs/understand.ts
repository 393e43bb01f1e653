/**
 * Turns what people type (or the text a button sends) into meaning: a command, an answer
 * to the current question, or facts from a description. Pure functions, no botbuilder.
 */
import { ageFromDate, ageFromYear, criteria, type AccountAge, type Answers, type Criterion, UNSURE } from '../rules';
import {
  accountAgeCues, answerCues, commandPatterns, deviceKinds, negation, noWords, ordinals, unsurePattern, yesWords,
  type Command,
} from './vocabulary';

const RECENT = 4;
const recentIn: Array<string | undefined> = new Array(RECENT).fill(undefined);
const recentOut: string[] = new Array(RECENT).fill('');
let next = 0;

/**
 * Lower case, no punctuation, no apostrophes, no leading filler ("um, well, wait").
 * One turn normalizes the same message several times (command? answer? yes/no?
 * description?), so the last few results are kept; only a handful, so no one's messages
 * linger in memory.
 */
export function normalize(text: string): string {
  for (let i = 0; i < RECENT; i++) if (recentIn[i] === text) return recentOut[i];
  const t = normalizeNow(text);
  recentIn[next] = text;
  recentOut[next] = t;
  next = (next + 1) % RECENT;
  return t;
}

function normalizeNow(text: string): string {
  let t = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9?]+/g, ' ')
    .replace(/\?+/g, ' ? ')
    .replace(/\s+/g, ' ')
    .trim();
  if (t !== '?') t = t.replace(/\s*\?\s*/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const stripped = t.replace(/^(ok so|okay so|so|um+|uh+|er+|hmm+|oh|well|wait|actually|and|hey|hi|please|sorry|ah)\s+/, '');
    if (stripped === t) break;
    t = stripped;
  }
  return t.replace(/\s+(please|thanks|thank you)$/, '');
}

/** normalize() of the bot's own words (answer labels, topics): a fixed set, kept. */
const labels = new Map<string, string>();
export function normalizedLabel(label: string): string {
  let t = labels.get(label);
  if (t === undefined) labels.set(label, (t = normalizeNow(label)));
  return t;
}

export function commandOf(normalized: string): Command | undefined {
  return commandPatterns.find(([, re]) => re.test(normalized))?.[0];
}

export function isUnsure(normalized: string): boolean {
  return unsurePattern.test(normalized) || normalized === 'not sure';
}

/** "2", "option 2", "number two", "the second one" -> 2 */
export function choiceNumber(normalized: string): number | undefined {
  const m = /^(?:(?:option|number|no|answer|choice|#)\s*)?(?:the\s+)?(\d{1,2}|first|second|third|fourth|fifth|one|two|three|four|five)(?:\s+(?:one|option|answer|please))?$/.exec(normalized);
  if (!m) return undefined;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : ordinals[m[1]];
}

export function yesNo(normalized: string): 'yes' | 'no' | undefined {
  if (yesWords.has(normalized) || noWords.has(normalized)) return yesWords.has(normalized) ? 'yes' : 'no';
  const words = normalized.split(' ');
  // "yes I do use it", "nope, never": the first word or two decide, unless negated later.
  for (const n of [2, 1]) {
    const head = words.slice(0, n).join(' ');
    if (noWords.has(head)) return 'no';
    if (yesWords.has(head) && !negation.test(words.slice(n).join(' '))) return 'yes';
  }
  return undefined;
}

/** The choices a question shows, in order: its answers, then "Not sure". */
export function choiceValues(c: Criterion): string[] {
  return [...c.options.map((o) => o.value), UNSURE];
}

/**
 * The answer value this text gives to question `c`, or undefined when it doesn't answer it.
 * Accepts the button words, the answer's number, yes/no in everyday forms, "not sure"
 * forms, and phrases that point to one answer.
 */
export function answerFor(c: Criterion, text: string): string | undefined {
  const t = normalize(text);
  if (!t) return undefined;
  if (isUnsure(t)) return UNSURE;
  const values = choiceValues(c);
  const byLabel = values.find((v) => normalizedLabel(v === UNSURE ? 'Not sure' : c.optionLabels[v]) === t);
  if (byLabel) return byLabel;
  const n = choiceNumber(t);
  if (n !== undefined) return values[n - 1];
  const yn = yesNo(t);
  if (yn && c.options.some((o) => o.value === yn)) return yn;
  const cued = answerCues.find((a) => a.criterion === c.id && a.cue.test(t));
  if (cued) return cued.value;
  const described = factsIn(text).answers[c.id];
  return described;
}

/** The answer to "did you create your account before the cutoff?" */
export function accountAgeOf(text: string, cutoff: string): AccountAge | undefined {
  const t = normalize(text);
  if (isUnsure(t) || t === '3' || t === 'not sure') return 'unsure';
  if (t === '1' || t === 'yes before then') return 'before';
  if (t === '2' || t === 'no on or after then') return 'after';
  // "It is a new account" states an age; a plain "yes" answers the question.
  const stated = statedAccountAge(text, cutoff);
  if (stated) return stated;
  const yn = yesNo(t);
  return yn === 'yes' ? 'before' : yn === 'no' ? 'after' : undefined;
}

/** An account age stated outright ("since 2012", "2016-03-01", "it's a new account"). */
export function statedAccountAge(text: string, cutoff: string): AccountAge | undefined {
  const t = normalize(text);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return ageFromDate(iso[0], cutoff);
  const year = /\b(19[89]\d|20\d\d)\b/.exec(t);
  if (year) return ageFromYear(Number(year[1]), cutoff);
  if (accountAgeCues.before.test(t) && !accountAgeCues.after.test(t)) return 'before';
  if (accountAgeCues.after.test(t) && !accountAgeCues.before.test(t)) return 'after';
  return undefined;
}

/**
 * Answers a person gave without being asked: "I read my mail on my iPhone and my laptop
 * and sometimes in webmail". Only clear phrases count, and not in a negated clause.
 */
export function factsIn(text: string): { answers: Answers } {
  const answers: Answers = {};
  const clauses = normalizeClauses(text);
  const kinds = new Set<string>();
  for (const clause of clauses) {
    for (const { criterion, value, cue, anywhere } of answerCues) {
      if (!anywhere || answers[criterion] !== undefined) continue;
      const m = cue.exec(clause);
      if (!m) continue;
      const before = clause.slice(0, m.index);
      if (!negation.test(m[0]) && negation.test(before)) continue;
      answers[criterion] = value;
    }
    if (!negation.test(clause)) for (const [kind, re] of deviceKinds) if (re.test(clause)) kinds.add(kind);
  }
  // Two kinds of device ("my phone and my laptop") is several devices, and outweighs Web Mail.
  if (kinds.size >= 2 && answers.devices !== 'oneComputer') answers.devices = 'severalDevices';
  return { answers };
}

function normalizeClauses(text: string): string[] {
  return text
    .split(/[.;!?\n]+|,\s*but\s+|\s+but\s+/i)
    .map((c) => normalize(c))
    .filter(Boolean);
}

/** Criteria a description touched, in asking order (for "Got it: ..."). */
export function describedFacts(answers: Answers): string[] {
  return criteria.filter((c) => answers[c.id] !== undefined).map((c) => c.facts[answers[c.id] as string]);
}
