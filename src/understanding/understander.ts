import { Analyzer } from './analyze';
import { Intents } from './intents';
import type { Lexicon } from './lexicon';
import { de } from './languages/de';
import { en } from './languages/en';
import { es } from './languages/es';
import { fr } from './languages/fr';

/** A language's lexicon, compiled once: its phrase index, typo vocabulary and intent tables. */
export class Understander {
  readonly analyzer: Analyzer;
  readonly intents: Intents;

  constructor(readonly lexicon: Lexicon) {
    this.analyzer = new Analyzer(lexicon);
    this.intents = new Intents(lexicon);
  }
}

const compiled = new Map<string, Understander>();
const lexicons: Record<string, Lexicon> = { en, de, fr, es };

/** The understanding of a language, compiled on first use (a few milliseconds). */
export function understanderFor(language: string): Understander {
  let u = compiled.get(language);
  if (!u) compiled.set(language, (u = new Understander(lexicons[language] ?? en)));
  return u;
}
