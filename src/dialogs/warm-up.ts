/**
 * Plays whole conversations through takeTurn in every language, so the first customers after a
 * start (a deploy, a scale-out, a restart) don't pay for what the first turns would otherwise
 * build: the lexicons, date parsers and compiled messages of each language, the language
 * detector's model, and the optimized code of the hot paths. Measured before this existed
 * (`npm run bench`, 10 connections): a fresh process spent 5.6 ms of CPU a turn in its first
 * second, 2 ms in its third, and reached its steady ~0.9 ms only after about 5 s of traffic.
 *
 * A generator: each step is one turn, so the caller runs it in slices between real requests.
 */
import { LANGUAGES, type Language } from '../copy';
import type { ConversationState } from './conversation-state';
import type { Reply } from './replies';
import type { DialogSettings } from './settings';
import { takeTurn } from './turn';

/** Typed the way people do, per language: read by the understanding, not matched to buttons. */
const TYPED: Record<Language, string[]> = {
  en: ['hi, I read my mail on my phone and my laptop', 'what does IMAP mean?', 'not sure', 'why do you ask?'],
  de: ['Hallo, ich lese meine Mails auf dem Handy und dem Laptop', 'was ist IMAP?', 'weiß nicht', 'warum fragen Sie?'],
  fr: ['Bonjour, je lis mes e-mails sur mon téléphone et mon ordinateur', "c'est quoi IMAP ?", 'je ne sais pas', 'pourquoi ?'],
  es: ['Hola, leo mi correo en el móvil y en el portátil', '¿qué es IMAP?', 'no sé', '¿por qué?'],
};

/** The labels of the buttons the last replies offer. */
function labels(replies: Reply[]): string[] {
  for (let i = replies.length - 1; i >= 0; i--) {
    const r = replies[i];
    if (r.kind === 'question') return r.choices.map((c) => c.label);
    if (r.kind === 'recommendation' || r.kind === 'card') return r.actions.map((c) => c.label);
  }
  return [];
}

/**
 * `conversations` conversations, round-robin over the languages: join, a typed first message,
 * then the buttons (a different one each time, so every answer and path gets its turn) with
 * a typed message now and then, until the conversation ends or 30 turns.
 */
export function* warmUpTurns(settings: DialogSettings, conversations: number, today: string): Generator<void, number> {
  let turns = 0;
  for (let n = 0; n < conversations; n++) {
    const language = LANGUAGES[n % LANGUAGES.length];
    const locale = n % 8 < 4 ? language : undefined; // half by the channel's locale, half detected from the words
    const channel = { handoff: n % 2 === 0, name: 'warm-up' };
    let state: ConversationState | undefined;
    let result = takeTurn(state, { kind: 'joined', group: false, botName: 'Bot', channel, locale }, settings);
    const typed = TYPED[language];
    for (let i = 0; i < 30; i++) {
      state = result.state;
      const offered = labels(result.replies);
      const text = i % 5 === 0 || offered.length === 0 ? typed[(n + i) % typed.length] : offered[(n + i) % offered.length];
      result = takeTurn(state, { kind: 'message', text, today, channel, locale }, settings);
      turns++;
      yield;
      if (i > 3 && result.state.phase === 'idle') break;
    }
  }
  return turns;
}
