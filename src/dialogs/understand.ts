/**
 * Turns what people type (or the text a button sends) into meaning: a command, an answer
 * to the current question, or facts from a description. Pure functions, no botbuilder.
 */
import { ageFromDate, ageFromYear, type AccountAge, type Answers, type Criterion, UNSURE } from '../rules';
import {
  accountAgeCues, answerCues, commandPatterns, deviceKinds, negation, noWords, ordinals, unsurePattern, yesWords,
  type Command,
} from './vocabulary';

export type { Command } from './vocabulary';

/** Lower case, no accents, punctuation or apostrophes ("don't" -> "dont"), no leading filler ("um, well, wait"). */
export function normalize(text: string): string {
  return normalizeNow(text);
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

/**
 * The answer value this text gives to question `c`, or undefined when it doesn't answer it.
 * Accepts yes/no in everyday forms, "not sure" forms, and phrases that point to one answer
 * (the button words and numbers are picked from what is on screen, in offered.ts).
 */
export function answerFor(c: Criterion, text: string): string | undefined {
  const t = normalize(text);
  if (!t) return undefined;
  if (isUnsure(t)) return UNSURE;
  const yn = yesNo(t);
  const meant = yn && c.options.filter((o) => o.means === yn);
  if (meant && meant.length === 1) return meant[0].value;
  const cued = answerCues.find((a) => a.criterion === c.id && a.cue.test(t));
  if (cued) return cued.value;
  const described = factsIn(text).answers[c.id];
  return described;
}

/** The answer to "did you create your account before the cutoff?" */
export function accountAgeOf(text: string, cutoff: string): AccountAge | undefined {
  const t = normalize(text);
  if (isUnsure(t)) return 'unsure';
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
