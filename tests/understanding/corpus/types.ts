/**
 * The understanding corpus: messages written the way customers type, each labelled with
 * what the bot must take from it at the point of the conversation where it is typed.
 * Labels are language-neutral; one file per language holds the cases.
 *
 * Assume today is 1 December 2026 and the account cutoff is 6 August 2015.
 */

/** Where the conversation is when the message arrives: what is on screen. */
export type Where =
  /** The first message of a conversation (it may come before any question). */
  | 'first'
  /** "Did you create your account before 6 August 2015?" */
  | 'eligibility'
  /** "Where do you read your email?" one computer only / a computer and Web Mail / several computers, phones or tablets */
  | 'devices'
  /** "Does your email program work with IMAP?" yes / no */
  | 'program'
  /** "Do you use POP today?" no / yes and happy with it / yes and I leave copies on the server */
  | 'popToday'
  /** "Who should keep your email backed up?" I make my own backups / the email server */
  | 'backups'
  /** "Which sounds more like you?" my device is short of space / I'd rather not watch a mailbox limit */
  | 'storage'
  /** "Do you use SpamShield Pro?" yes / no */
  | 'spamShield'
  /** "Is your Internet connection slow?" yes (slow) / no */
  | 'connection'
  /** After the recommendation (with its follow-ups: set-up, request, change an answer, start over, done). */
  | 'advised'
  /** After "the advice doesn't apply to accounts created on or after the cutoff". */
  | 'ineligible';

export interface AnswerValues {
  age: 'before' | 'after' | 'unsure';
  devices: 'oneComputer' | 'webmail' | 'severalDevices' | 'unsure';
  program: 'yes' | 'no' | 'unsure';
  popToday: 'no' | 'satisfied' | 'leaveOnServer' | 'unsure';
  backups: 'self' | 'server' | 'unsure';
  storage: 'shortOfSpace' | 'noLimits' | 'unsure';
  spamShield: 'yes' | 'no' | 'unsure';
  /** yes = the connection is slow */
  connection: 'yes' | 'no' | 'unsure';
}
export type Recorded = { [K in keyof AnswerValues]?: AnswerValues[K] };

export type Command =
  | 'help' | 'why' | 'back' | 'startOver' | 'stop' | 'summary' | 'change' | 'setup' | 'request' | 'done';

/** The customer's own questions the bot answers (then goes back to where it was, recording nothing). */
export type QuestionTopic =
  | 'useBoth'
  | 'whatIsImap' | 'whatIsPop' | 'difference' | 'security' | 'serversPorts' | 'switchSafely'
  | 'changeLater' | 'findAccountDate' | 'whatIsSpamShield'
  | 'setupAppleMail' | 'setupOutlook' | 'setupThunderbird' | 'setupIphone' | 'setupAndroidGmail' | 'setupWindowsMail'
  /** A question the bot has no answer for: it says so, offers the request link, and goes on. */
  /** "what do you mean?" at a question that has no topic of its own: its hint is the answer. */
  | 'thisQuestion'
  | 'unknown';

export type SmallTalk = 'greeting' | 'thanks' | 'ok' | 'whichOne' | 'other';

export type Language = 'en' | 'de' | 'fr' | 'es';

export interface Expected {
  /** Exactly these answers are recorded (or changed) by this message; anything else recorded is wrong. Omitted: nothing is recorded. */
  record?: Recorded;
  /** Not clear enough to record: the bot must ask back (a concrete check or one clarifying question). */
  askBack?: true;
  command?: Command;
  question?: QuestionTopic;
  smallTalk?: SmallTalk;
  /** "in English please", "auf Deutsch", "en français": switch to this language. */
  switchTo?: Language;
  /** Written in a language the bot doesn't speak. */
  unsupportedLanguage?: true;
}

export interface CorpusCase {
  say: string;
  at: Where;
  /** Answers already recorded before this message (for corrections and "also ..."). */
  given?: Recorded;
  expect: Expected;
  /** Why the label is what it is, where that isn't obvious. */
  note?: string;
}
