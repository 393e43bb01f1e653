/**
 * What a language gives the understanding: its words for each concept, as data. The logic
 * (clauses, negation, facts, dates, intents) is the same for every language.
 */
import type { CriterionId } from '../rules';
import type { Command, QuestionTopic, SmallTalk } from './reading';

/** Concepts a phrase can stand for. Several phrases may stand for one concept. */
export const TAGS = [
  // answers and their shape
  'yes', 'no', 'yesHedged', 'noHedged', 'unsure', 'negation', 'correction', 'also', 'only', 'notOnly', 'both', 'neither',
  // devices
  'computer', 'phone', 'tablet', 'webmail', 'webmailPlace', 'readVerb', 'manyDevices', 'deviceWord', 'work', 'home', 'number2', 'number3plus', 'one',
  // a device that belongs to someone else ("c'est celui de ma femme"): not where this person reads mail
  'someoneElses',
  // programs and protocols
  'program', 'programNoImap', 'programImapOk', 'imap', 'pop', 'popUse', 'happy', 'unhappy', 'leaveCopies', 'deleteFromServer',
  // backups, storage, SpamShield, connection
  'backupSelf', 'backupServer', 'backupWord', 'serverWord', 'storageShort', 'storageNoLimits', 'storageFine', 'mailboxWord', 'future', 'storageWord', 'spamShield',
  'slow', 'fast', 'connectionWord',
  // account dates
  'account', 'accountMade', 'recently', 'longAgo', 'approx', 'before', 'after',
  // asking
  'questionWord', 'askPhrase', 'setupVerb', 'everywhere', 'partly',
] as const;
export type Tag = (typeof TAGS)[number];

export type ProgramName = 'appleMail' | 'outlook' | 'thunderbird' | 'iphone' | 'android' | 'windowsMail' | 'other';

export interface Lexicon {
  language: string;
  /** chrono-node's parser for this language, by name. */
  dateLocale: 'en' | 'de' | 'fr' | 'es';
  /** Day-first numeric dates (08.06.2015 is 8 June); English reads slashed dates both ways. */
  dayFirst: boolean;
  /**
   * Words after a comma that go on with the clause before it, where the language puts a comma
   * before every subordinate clause ("Ich will nicht, dass ..."): the negation reaches into it.
   */
  continuations?: string[];
  /** Ordinal numbers are written with a dot ("am 5. August 2015"): the dot ends no sentence. */
  ordinalDots?: boolean;
  /** Words that start a new clause and end a negation's reach: "but", "although". */
  contrastWords: string[];
  /** Words cut off by an apostrophe that are words of their own ("l'ordinateur" -> "l ordinateur"); elsewhere an apostrophe joins ("don't" -> "dont"). */
  elisions: string[];
  /** Negations that follow what they negate, at the end of a clause ("Webmail nutze ich nicht"). */
  trailingNegations: string[];
  /**
   * The words for "and", and the words after "and" that start a new statement, so a new clause
   * ("... and I read mail on it"; where the pronoun is dropped, the verb: "... y tengo fibra").
   * Without them: English "and" and its pronouns.
   */
  and?: string[];
  statementStarters?: string[];
  /** Words besides `and` that join two devices into two ("el portátil o el pc"), added to English's ("or", "with"). */
  conjunctions?: string[];
  /** Words that end a negation's reach inside a clause, besides English's ("no webmail, solo el portátil"). */
  negationEnds?: string[];
  /** A negation and the pronoun after it that stands for what came before: the negation reaches back to it ("el móvil no lo uso"). */
  resumptiveNegations?: string[];
  /**
   * Concepts whose phrases stand for the words of another concept inside them, besides the ones
   * every language has: "ordi portable" is a computer, not the "portable" that is a phone; "en fait
   * non" corrects, it doesn't answer no.
   */
  hides?: Partial<Record<Tag, Tag[]>>;
  /** Words before a device that point back to one already named ("ce Mac", "le même ordi"): not one more. */
  sameDevice?: string[];
  /** Question words that start statements as well ("is", "do", "can"): a question only before one of `subjects` (a word, or the two words "como lo"). */
  auxiliaries: string[];
  subjects: string[];
  /** Question words that start statements too often to count without a question mark ("when", "where"). */
  statementStarts: string[];
  /** Words that mean nothing on their own, dropped at the start of a message ("um", "so", "well"). */
  fillers: string[];
  /** Common words never "corrected" as typos. */
  commonWords: string[];
  concepts: Partial<Record<Tag, string[]>>;
  /** Programs by name: naming one means it works with IMAP (unless the person says otherwise). */
  programs: Record<ProgramName, string[]>;
  /** Short answers that only make sense as the answer to the question on screen ("me", "slow"). */
  onScreen: Partial<Record<CriterionId, Record<string, string[]>>>;
  /** Whole-message commands ("help", "go back"); `commandPhrases` also count inside a request ("can we start over"). */
  commands: Record<Command, string[]>;
  commandPhrases: Partial<Record<Command, string[]>>;
  /** The customer's own questions, by what they contain. */
  questions: Partial<Record<Exclude<QuestionTopic, 'unknown'>, string[]>>;
  /** Tag questions ("oder?", "stimmt das?"): a clause of only these asks about the clause before it ("IMAP ist sicherer, oder?"). */
  tagQuestions?: string[];
  /** "what is that?", "how do I check?": a question about whatever is on screen. */
  whatIsThat: string[];
  smallTalk: Record<Exclude<SmallTalk, never>, string[]>;
  /** "in English please", "auf Deutsch": the language asked for. */
  languageNames: Record<'en' | 'de' | 'fr' | 'es', string[]>;
  /** Number words up to twelve, and the units "years ago" counts in. */
  numbers: Record<string, number>;
  ordinals: Record<string, number>;
  /** Wrapper words of a pick from the list: "option 2", "the second one", "number 3". */
  pickWords: string[];
  dates: DateWords;
}

/** The words of dates that the date parser doesn't read: years alone, spans, seasons, "N years ago". */
export interface DateWords {
  /** "ago" after the span (English), or before it ("vor", "il y a", "hace"). */
  agoAfter: string[];
  agoBefore: string[];
  years: string[];
  months: string[];
  decades: string[];
  /** Parts of a year, as [first month, last month]. */
  parts: Record<string, [number, number]>;
  lastYear: string[];
  thisYear: string[];
  /** "over 10 years ago", "at least": the date lies further back. */
  moreThan: string[];
  /** "less than 10 years", "under": the date lies closer to today. */
  lessThan: string[];
  /** The words between two numbers of one span ("13 o 14 años", "10 a 12"); English "or", "to" otherwise. */
  between?: string[];
  /** Words before a round number that make it a decade ("los 90", "años 2000"), where the language has no "90s". */
  decadeWords?: string[];
  /**
   * Words that show a clause about something else gives a date ("neulich", "dernier", "nouvel"), so at
   * the date question the bot asks for the account's own date; years in digits always count, and
   * English's "recent", "new", "ago", "since" without this list.
   */
  dateHints?: string[];
  /** The word for a thousand, so a year in words reads as one ("deux mille huit"); without it, years are read in digits only. */
  thousand?: string[];
  /** Parts of a decade, as [first year, last year] within it, named before it ("début des années 2000"); English "early", "mid", "late" otherwise. */
  decadeParts?: Record<string, [number, number]>;
}
