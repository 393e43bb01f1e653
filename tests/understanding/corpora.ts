/** The labelled corpus of each language (its words as native speakers type them; the same labels). */
import type { Language } from '../../src/copy';
import { cases as de } from './corpus/de';
import { cases as en } from './corpus/en';
import { cases as es } from './corpus/es';
import { cases as fr } from './corpus/fr';
import type { CorpusCase } from './corpus/types';

export const corpora: Record<Language | 'de' | 'fr' | 'es', CorpusCase[]> = { en, de, fr, es };
