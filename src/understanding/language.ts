/**
 * Which language a message is written in, when that matters: the conversation's language
 * reads it well enough (most words are its own), or another language we speak reads it
 * better and tinyld (a maintained language detector) agrees, or it is a language we don't
 * speak. Short messages ("Ja", "oui") count only when nothing else says otherwise.
 */
import type { Analysis } from './analyze';
import { understanderFor } from './understander';

export type Spoken = 'en' | 'de' | 'fr' | 'es';

const NONE: ReadonlySet<string> = new Set();

export type LanguageReading =
  /** The conversation's language; its reading of the message comes along so it isn't read twice. */
  | { kind: 'same'; analysis: Analysis }
  | { kind: 'other'; language: Spoken }
  | { kind: 'unsupported' };

/**
 * Share of a message's words that a language's phrases, or its own words that no phrase holds
 * (`Lexicon.ownWords`), account for; numbers and dates belong to no language, and nor do the
 * names of months and seasons of languages that write dates with ordinal dots (`dateWords`: "am 5. August 2015").
 */
export function coverage(a: Analysis, dateWords?: Readonly<Record<string, unknown>>, own: ReadonlySet<string> = NONE): number {
  const { covered, words } = counted(a, dateWords, own);
  return words ? covered / words : 1;
}

/** The words that say what language a message is in (not numbers nor dates), and how many of them the language accounts for. */
function counted(a: Analysis, dateWords?: Readonly<Record<string, unknown>>, own: ReadonlySet<string> = NONE): { covered: number; words: number } {
  let covered = 0;
  let words = 0;
  for (const c of a.clauses) {
    const seen = new Set<number>();
    for (const h of c.hits) for (let i = h.start; i < h.end; i++) seen.add(i);
    c.tokens.forEach((t, i) => {
      if (/\d/.test(t) || (dateWords && Object.hasOwn(dateWords, t))) return;
      words++;
      if (seen.has(i) || own.has(t)) covered++;
    });
  }
  return { covered, words };
}

/**
 * The names of months and seasons that belong to no language when telling languages apart, the same
 * for every language compared ("September 2015" reads as well in one as in the other): those of the
 * languages that write dates in words with ordinal dots ("am 5. August 2015").
 */
function datesOf(languages: readonly Spoken[]): Readonly<Record<string, unknown>> | undefined {
  const key = languages.join();
  if (!DATE_WORDS.has(key)) {
    const parts = [...new Set(languages)].map((l) => understanderFor(l).lexicon).filter((x) => x.ordinalDots).map((x) => x.dates.parts);
    DATE_WORDS.set(key, parts.length ? Object.assign({}, ...parts) : undefined);
  }
  return DATE_WORDS.get(key);
}
/** datesOf per list of languages: a handful of lists (the conversation's language first, then all), built once. */
const DATE_WORDS = new Map<string, Readonly<Record<string, unknown>> | undefined>();

/** Below this share, the conversation's own language may not be the one the message is in. */
const READS_WELL = 0.5;
/** Messages this short are detected only by our own words, and only without a locale to go by. */
const SHORT_WORDS = 2;

type Detector = { detectAll(text: string): Array<{ lang: string; accuracy: number }> };
let detector: Detector | undefined;
/** tinyld's model is loaded on first need (~0.3 s), not at start-up. */
/** The detector sees the start of the message: enough to tell a language, bounded in cost. */
const DETECT_CHARS = 200;
function detect(text: string): string | undefined {
  detector ??= require('tinyld') as Detector;
  return detector.detectAll(text.slice(0, DETECT_CHARS))[0]?.lang;
}

/**
 * @param current the conversation's language
 * @param supported the languages we speak
 * @param fromLocale the current language came from the channel's locale (then a short
 *   message in another language doesn't switch)
 */
export function languageOfMessage(text: string, current: Spoken, supported: readonly Spoken[], fromLocale: boolean): LanguageReading {
  const ours = understanderFor(current);
  const own = ours.analyzer.analyze(text);
  const dates = datesOf([current, ...supported]);
  const ownShare = coverage(own, dates, ours.ownWords);
  const same = { kind: 'same' as const, analysis: own };
  if (ownShare >= READS_WELL || own.tokenCount === 0) return same;
  // The other languages read the start of the message, as the detector does: enough to tell a language, and the
  // cost stays that of one message however many languages we speak.
  const start = text.slice(0, DETECT_CHARS);
  const others = supported.filter((l) => l !== current).map((l) => {
    const u = understanderFor(l);
    return { l, share: coverage(u.analyzer.analyze(start), dates, u.ownWords) };
  });
  const best = others.sort((a, b) => b.share - a.share)[0];
  if (own.tokenCount <= SHORT_WORDS) {
    // "Ja", "oui", "sí": ours only if nothing else says otherwise.
    return !fromLocale && best && best.share === 1 && ownShare === 0 ? { kind: 'other', language: best.l } : same;
  }
  const detected = detect(text);
  if (detected === current) return same;
  if (best && detected === best.l && best.share > ownShare) return { kind: 'other', language: best.l };
  // A language we don't speak: the detector says so and none of ours reads it.
  // Three words at least, numbers and dates aside: "on 5 August 2015" is a date, in no language of its own.
  if (detected && !(supported as readonly string[]).includes(detected) && (!best || best.share < READS_WELL) && ownShare < 0.3 && counted(own, dates, ours.ownWords).words >= 3) {
    return { kind: 'unsupported' };
  }
  return same;
}
