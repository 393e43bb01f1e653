/**
 * The conversation's language: the channel's locale to begin with (Web Chat sends the
 * browser's, Teams the client's), else the language the person writes in; "auf Deutsch",
 * "in English please" choose it for good. A message in a language we don't speak gets a
 * short answer in English naming the ones we do.
 */
import { LANGUAGES, wordsFor, type Language } from '../copy';
import { MAX_MESSAGE_CHARS } from '../understanding';
import type { Analysis } from '../understanding/analyze';
import { languageOfMessage } from '../understanding/language';
import type { Conversation } from './conversation';

/** "de-DE", "fr_CA", "es" -> a language we speak, or undefined. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code ?? '') ? (code as Language) : undefined;
}

/**
 * Sets the language for this message. Returns false when the message is in a language we
 * don't speak (already answered), else the reading of the message in its language if one was made.
 */
export function chooseLanguage(c: Conversation, text: string, locale: string | undefined): { analysis?: Analysis } | false {
  const s = c.state;
  if (!s.language) {
    const fromLocale = languageOfLocale(locale);
    if (fromLocale) {
      c.switchLanguage(fromLocale);
      s.languageFrom = 'locale';
    }
  }
  if (s.languageFrom === 'chosen' || text.length > MAX_MESSAGE_CHARS) return {};
  const current = (s.language ?? 'en') as Language;
  const seen = languageOfMessage(text, current, LANGUAGES, s.languageFrom === 'locale');
  if (seen.kind === 'other') {
    c.switchLanguage(seen.language as Language);
    s.languageFrom = 'text';
    c.heard('languageDetected', seen.language);
  }
  if (seen.kind === 'unsupported') {
    c.heard('otherLanguage');
    c.say(wordsFor('en', c.settings.brandName).t('language.unsupported'));
    c.ask();
    return false;
  }
  return seen.kind === 'same' ? { analysis: seen.analysis } : {};
}
