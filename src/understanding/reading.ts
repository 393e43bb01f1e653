/**
 * What the understanding makes of one message, before the conversation acts on it: its
 * kind first (a command, the customer's own question, small talk, another language, an
 * answer or facts), then what it says, each fact with how sure the reading is.
 */
import type { AccountAge, CriterionId } from '../rules';

export type Command =
  | 'help' | 'why' | 'back' | 'startOver' | 'stop' | 'summary' | 'change' | 'setup' | 'request' | 'done';

export type QuestionTopic =
  | 'whatIsImap' | 'whatIsPop' | 'difference' | 'security' | 'serversPorts' | 'switchSafely'
  | 'changeLater' | 'findAccountDate' | 'whatIsSpamShield' | 'useBoth'
  | 'setupAppleMail' | 'setupOutlook' | 'setupThunderbird' | 'setupIphone' | 'setupAndroidGmail' | 'setupWindowsMail'
  /** "what do you mean?" at a question whose subject is no topic of its own: how to answer it. */
  | 'thisQuestion'
  | 'unknown';

export type SmallTalk = 'greeting' | 'thanks' | 'ok' | 'whichOne' | 'other';

/** sure: record it. likely: ask one yes/no to confirm before recording. */
export type Confidence = 'sure' | 'likely';

export interface Fact {
  criterion: CriterionId;
  value: string;
  confidence: Confidence;
}

export type AgeReading =
  | { kind: 'age'; age: AccountAge; confidence: Confidence }
  /** A date or range on both sides of the cutoff ("2015", "about 10 years ago"). */
  | { kind: 'straddles' }
  /** A date about something else, or an answer and a date that disagree ("yes, 2019"). */
  | { kind: 'unclear' };

export interface Reading {
  /** Nothing was typed (an attachment alone, a blank). Symbols alone ("??") are typed, and not understood. */
  empty: boolean;
  tooLong: boolean;
  command?: Command;
  question?: QuestionTopic;
  smallTalk?: SmallTalk;
  switchTo?: 'en' | 'de' | 'fr' | 'es';
  /** The answer to the question on screen, if the message gives one. */
  answer?: Fact;
  /** Facts about other questions (or the same one, said in passing). */
  facts: Fact[];
  /** What it says about when the account was created. */
  age?: AgeReading;
  /** "both", "it depends", "sort of": not one of the answers; ask which fits best. */
  unclear?: boolean;
  /** "actually", "also", "now", "oh wait": the person is correcting an earlier answer. */
  correcting: boolean;
  /** A plain yes or no that starts the message ("yes I do", "nope", "I think so"). */
  yesNo?: 'yes' | 'no';
  /** A pick by number ("2", "the second one"), for the choices on screen. */
  pick?: number;
}
