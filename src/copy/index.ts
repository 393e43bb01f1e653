/** The bot's words: one file per language, checked at start-up. */
export { LANGUAGES, CopyError, loadCatalogs, type CopyKey, type Language } from './catalog';
export { Words, wordsFor, type Vars } from './words';
