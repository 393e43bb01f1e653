import { LANGUAGES, type Language } from '../copy';
import { restoreTally, type SessionTally } from '../analytics/session';
import { isCriterionId, validateAnswers, type AccountAge, type Answers, type CriterionId, type Protocol } from '../rules';

/** Where a conversation is. `idle`: no interview running (not started yet, or stopped). */
export const PHASES = ['idle', 'eligibility', 'interview', 'advised', 'pickChange', 'feedback', 'ineligible'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * One conversation's progress, stored between turns. Kept small (a few hundred bytes) because
 * it is read and written on every turn: questions and advice are derived from the answers.
 */
export interface ConversationState {
  phase: Phase;
  /** The welcome was shown; a conversation (on Teams, months long) is welcomed once. */
  welcomed?: boolean;
  language?: Language;
  /** Where the language came from: the channel's locale, the person's writing, or their explicit choice (which sticks). */
  languageFrom?: 'locale' | 'text' | 'chosen';
  /** When the account was created, relative to the cutoff. */
  age?: AccountAge;
  answers: Answers;
  /** The questions answered, oldest first, so "back" can undo the last one. */
  history: CriterionId[];
  /** The question on screen during the interview. */
  asking?: CriterionId;
  /** Unrecognised replies to the question on screen. */
  misses: number;
  /** The protocol last recommended, to say what a changed answer changed. */
  advised?: Protocol;
  /** The ids of the choices shown last, so "2" or "the second one" means what was on screen. */
  offered?: string[];
  /** An answer read with less than full confidence, waiting for the person's yes ("Just to check: ..."). */
  pending?: { id: CriterionId | 'age'; value: string };
  /** A short hash of the last turn's words, so the next turn doesn't say the same thing again. */
  last?: string;
  /** The running session's tally for the support team's figures (ids and counts only). */
  session?: SessionTally;
  /** A person from the support team has the conversation (hand-off accepted): the bot stays quiet. */
  withPerson?: boolean;
}

export function freshState(welcomed = false): ConversationState {
  return { phase: 'idle', welcomed, answers: {}, history: [], misses: 0 };
}

const AGES: readonly string[] = ['before', 'after', 'unsure'];
const PROTOCOLS: readonly string[] = ['IMAP', 'POP'];

/**
 * The stored state, checked, or a fresh one. Storage holds whatever an earlier version (or a
 * bad day) wrote; anything that doesn't fit starts the conversation afresh rather than crash.
 * Records of the version that kept the interview on a botbuilder dialog stack
 * ({ welcomed, dialog: { dialogStack: [{ id, state: { s } }] } }) are read too.
 */
export function restoreState(stored: unknown): ConversationState {
  const record = (stored ?? {}) as { conversation?: unknown; welcomed?: unknown; dialog?: { dialogStack?: Array<{ state?: { s?: unknown } }> } };
  const welcomed = record.welcomed === true;
  let candidate = record.conversation;
  if (candidate === undefined && record.dialog) {
    const top = Array.isArray(record.dialog.dialogStack) ? record.dialog.dialogStack[0] : undefined;
    candidate = top?.state?.s ? { ...(top.state.s as object), welcomed } : undefined;
  }
  return checked(candidate) ?? freshState(welcomed || (candidate as { welcomed?: unknown } | undefined)?.welcomed === true);
}

function checked(value: unknown): ConversationState | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  if (!(PHASES as readonly string[]).includes(s.phase as string)) return undefined;
  const answers = validateAnswers(s.answers ?? {});
  if (!answers.ok) return undefined;
  const history = Array.isArray(s.history) ? s.history.filter((h): h is CriterionId => typeof h === 'string' && isCriterionId(h)) : [];
  const state: ConversationState = {
    phase: s.phase as Phase,
    welcomed: s.welcomed === true,
    answers: answers.value,
    history: history.filter((h) => answers.value[h] !== undefined),
    misses: typeof s.misses === 'number' && s.misses >= 0 && s.misses < 10 ? Math.floor(s.misses) : 0,
  };
  if ((LANGUAGES as readonly string[]).includes(s.language as string)) state.language = s.language as Language;
  if (s.languageFrom === 'locale' || s.languageFrom === 'text' || s.languageFrom === 'chosen') state.languageFrom = s.languageFrom;
  if (AGES.includes(s.age as string)) state.age = s.age as AccountAge;
  if (typeof s.asking === 'string' && isCriterionId(s.asking)) state.asking = s.asking;
  if (PROTOCOLS.includes(s.advised as string)) state.advised = s.advised as Protocol;
  if (Array.isArray(s.offered) && s.offered.every((o) => typeof o === 'string' && o.length < 40) && s.offered.length <= 12) {
    state.offered = s.offered as string[];
  }
  const pending = s.pending as { id?: unknown; value?: unknown } | undefined;
  if (pending && typeof pending.value === 'string' && (pending.id === 'age' ? AGES.includes(pending.value) : typeof pending.id === 'string' && isCriterionId(pending.id) && validateAnswers({ [pending.id]: pending.value }).ok)) {
    state.pending = { id: pending.id as CriterionId | 'age', value: pending.value };
  }
  if (typeof s.last === 'string' && s.last.length <= 10) state.last = s.last;
  const session = restoreTally(s.session);
  if (session) state.session = session;
  if (s.withPerson === true) state.withPerson = true;
  return state;
}
