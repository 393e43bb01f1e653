/**
 * The bot's words, per language, from ICU MessageFormat files (src/copy/locales/*.json).
 * Loaded and checked once at start-up: every language must have every English key, with
 * the same placeholders, and parse; a mistake stops the start naming the language and key,
 * so a person never sees a blank or a raw key in chat. Messages are compiled once
 * (intl-messageformat), so a lookup on a turn costs well under a microsecond.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import en from './locales/en.json';
import de from './locales/de.json';
import es from './locales/es.json';
import fr from './locales/fr.json';

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const sources: Record<Language, unknown> = { en, de, fr, es };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every message key, checked by the compiler: "questions.devices.question", "actions.setup". */
export type CopyKey = Leaves<typeof en>;

export class CopyError extends Error {}

export interface Catalog {
  language: Language;
  messages: Map<string, IntlMessageFormat>;
}

/** "a.b.c" -> text, for every string in a nested JSON object. */
function flatten(node: unknown, prefix: string, out: Map<string, string>, language: string): void {
  if (typeof node === 'string') {
    out.set(prefix, node);
    return;
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) {
    throw new CopyError(`copy ${language}: "${prefix}" must be text or a group of texts`);
  }
  for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out, language);
}

function placeholders(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{\s*([a-zA-Z]\w*)/g)) names.add(m[1]);
  return [...names].sort();
}

function compile(language: Language, reference?: Map<string, string>): { catalog: Catalog; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  flatten(sources[language], '', texts, language);
  const problems: string[] = [];
  if (reference) {
    for (const key of reference.keys()) if (!texts.has(key)) problems.push(`missing "${key}"`);
    for (const key of texts.keys()) if (!reference.has(key)) problems.push(`"${key}" is not in English`);
  }
  const messages = new Map<string, IntlMessageFormat>();
  for (const [key, text] of texts) {
    if (!text.trim()) {
      problems.push(`"${key}" is empty`);
      continue;
    }
    const expected = reference?.get(key);
    if (expected !== undefined && placeholders(expected).join() !== placeholders(text).join()) {
      problems.push(`"${key}" must use the placeholders {${placeholders(expected).join('}, {')}}`);
    }
    try {
      messages.set(key, new IntlMessageFormat(text, language, undefined, { ignoreTag: true }));
    } catch (error) {
      problems.push(`"${key}" does not parse: ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new CopyError(`copy ${language}: ${problems.join('; ')}`);
  return { catalog: { language, messages }, texts };
}

let loaded: Map<Language, Catalog> | undefined;

/** Every language's words, checked against English. Throws CopyError naming what is wrong. */
export function loadCatalogs(): Map<Language, Catalog> {
  if (loaded) return loaded;
  const english = compile('en');
  const all = new Map<Language, Catalog>([['en', english.catalog]]);
  for (const language of LANGUAGES) if (language !== 'en') all.set(language, compile(language, english.texts).catalog);
  loaded = all;
  return all;
}
