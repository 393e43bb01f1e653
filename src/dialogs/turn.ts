/**
 * One turn of a conversation as a pure function: (stored state, what arrived, settings) in,
 * (new state, replies, outcome events) out. Nothing is sent from here: src/bot saves the
 * state, then renders the replies for the channel and sends them, so nobody sees a reply
 * whose state was thrown away.
 */
import { wordsFor, type Language } from '../copy';
import { understand, understanderFor, type Reading } from '../understanding';
import type { Analysis } from '../understanding/analyze';
import type { CriterionId } from '../rules';
import { onPicked, onReading } from './answers';
import { runCommand } from './commands';
import { Conversation, type ChannelFeatures, type OutcomeEvent } from './conversation';
import { freshState, type ConversationState } from './conversation-state';
import { chooseLanguage, languageOfLocale } from './language-choice';
import { choicesShown, pickOffered } from './offered';
import { requestReply, type Reply } from './replies';
import { isIdle, summaryOf, tally, type TurnObservation } from '../analytics/session';
import type { DialogSettings } from './settings';

export type TurnInput =
  /**
   * What the person typed, or the label of the button they clicked; `today` (YYYY-MM-DD) dates
   * "2 years ago"; `locale` is the channel's ("de-DE"), if it sends one.
   */
  | { kind: 'message'; text: string; today: string; channel: ChannelFeatures; locale?: string }
  /** Someone opened the chat or installed the app; in a group, the bot was added. */
  | { kind: 'joined'; group: boolean; botName: string; channel: ChannelFeatures; locale?: string }
  /** The live-agent hub's answer to a hand-off (the Bot Framework `handoff.status` event). */
  | { kind: 'handoffStatus'; status: 'accepted' | 'failed' | 'completed'; channel: ChannelFeatures };

/** When the input arrived (ms since epoch): sessions and their outcomes are counted from it; without it, none are. */
export type Timed = { now?: number };

export interface TurnResult {
  state: ConversationState;
  replies: Reply[];
  events: OutcomeEvent[];
}

export function takeTurn(stored: ConversationState | undefined, input: TurnInput & Timed, settings: DialogSettings): TurnResult {
  const state = copyOf(stored ?? freshState());
  // A session idle for longer than the setting ended before this turn: its outcome first.
  const ended = stored?.session && input.now !== undefined && isIdle(stored.session, input.now, idleMsOf(settings)) ? summaryOf(stored.session, 'idle') : undefined;
  const session = ended ? undefined : stored?.session;
  delete state.session;
  // A hub that never said "completed" doesn't leave the bot mute for good: a new session is the bot's again.
  if (ended) delete state.withPerson;
  const c = new Conversation(state, settings, wordsFor(state.language ?? 'en', settings.brandName), input.channel);
  if (input.kind === 'handoffStatus') {
    onHandoffStatus(c, input.status);
  } else if (state.withPerson && input.kind === 'message') {
    // A person from the support team has the conversation: the bot stays quiet.
  } else if (input.kind === 'joined') {
    if (!c.state.language && languageOfLocale(input.locale)) {
      c.switchLanguage(languageOfLocale(input.locale) as Language);
      c.state.languageFrom = 'locale';
    }
    joined(c, input);
  } else {
    const chosen = chooseLanguage(c, input.text, input.locale);
    if (chosen && c.state.phase === 'idle') start(c, input.text, input.today, chosen.analysis);
    else if (chosen) handle(c, input.text, input.today, chosen.analysis);
  }
  notTwice(c, stored);
  const shown = choicesShown(c.replies);
  if (shown) c.state.offered = shown;
  else if (c.state.phase === 'idle') delete c.state.offered;
  const counted = input.now !== undefined && !(input.kind === 'joined' && input.group);
  if (counted) c.state.session = tally(session, observe(stored, c, input, input.now as number));
  else if (session) c.state.session = session;
  return { state: c.state, replies: c.replies, events: ended ? [ended, ...c.events] : c.events };
}

/**
 * The session's end when no turn comes: for a sweep of idle conversations (`endedBy` idle)
 * or a stop of the process that loses them (shutdown). Undefined when there is nothing to end.
 */
export function endSession(stored: ConversationState, now: number, settings: DialogSettings, endedBy: 'idle' | 'shutdown'): TurnResult | undefined {
  const s = stored.session;
  if (!s || (endedBy === 'idle' && !isIdle(s, now, idleMsOf(settings)))) return undefined;
  const state = copyOf(stored);
  delete state.session;
  delete state.withPerson;
  return { state, replies: [], events: [summaryOf(s, endedBy)] };
}

export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;
export const idleMsOf = (settings: DialogSettings) => settings.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS;

/** The question on screen: the account date, or a criterion id. */
function onScreen(s: ConversationState | undefined): string | undefined {
  if (!s) return undefined;
  if (s.phase === 'eligibility') return 'eligibility';
  return s.phase === 'interview' ? s.asking : undefined;
}

const answersIn = (s: ConversationState | undefined) => (s ? Object.keys(s.answers).length + (s.age ? 1 : 0) : 0);

function observe(before: ConversationState | undefined, c: Conversation, input: TurnInput, now: number): TurnObservation {
  const after = onScreen(c.state);
  return {
    now,
    message: input.kind === 'message',
    before: onScreen(before),
    after,
    at: c.state.withPerson ? 'withPerson' : (after ?? c.state.phase),
    asked: c.replies.some((r) => r.kind === 'question'),
    newAnswers: answersIn(c.state) - answersIn(before),
    events: c.events,
    channel: input.channel.name ?? 'unknown',
    language: c.state.language ?? 'en',
  };
}

/** The hub took the conversation, couldn't, or gave it back: say what happens now. */
function onHandoffStatus(c: Conversation, status: 'accepted' | 'failed' | 'completed'): void {
  const w = c.words;
  c.emit('handoffStatus', { status });
  if (status === 'accepted') {
    c.state.withPerson = true;
    return c.say(w.t('handoff.accepted'));
  }
  delete c.state.withPerson;
  if (status === 'failed') {
    c.say(w.t('handoff.failed'));
    c.replies.push(requestReply(c.settings, w, false));
    return;
  }
  c.say(w.t('handoff.completed'));
}

/** Teams keeps one conversation for months, and may announce an install twice: greet once. */
function joined(c: Conversation, input: Extract<TurnInput, { kind: 'joined' }>): void {
  if (c.state.welcomed || c.state.phase !== 'idle') return;
  if (input.group) {
    c.say(c.words.t('groupIntro', { botName: input.botName }));
    c.state.welcomed = true;
    return;
  }
  c.restart();
  c.say(c.words.t('welcome'));
  c.ask();
}

/**
 * A new interview: welcome (first contact only), then what the first message says: the
 * account date, facts, a question of the person's own, a request for a person.
 */
function start(c: Conversation, said: string, today: string, analyzed?: Analysis): void {
  const welcome = !c.state.welcomed;
  c.restart();
  c.say(welcome ? c.words.t('welcome') : c.words.t('hiAgain'));
  const r = read(c, said, today, undefined, analyzed);
  if (r.tooLong) return c.ask(c.words.t('tooLong'));
  if (r.command) c.heard('command', r.command);
  else if (r.smallTalk === 'greeting') c.heard('smallTalk', 'greeting');
  if (r.command === 'request' || r.command === 'help') return runCommand(c, r.command);
  const saysSomething = r.question || r.switchTo || r.age || r.facts.some((f) => f.confidence === 'sure') || (r.smallTalk && r.smallTalk !== 'greeting');
  if (r.empty || r.command || r.pick !== undefined || !saysSomething) return c.ask();
  onReading(c, r);
}

function handle(c: Conversation, said: string, today: string, analyzed?: Analysis): void {
  // After "it doesn't apply", a date typed is still about the account.
  const onScreen = c.state.phase === 'eligibility' || c.state.phase === 'ineligible' ? 'eligibility' : c.state.phase === 'interview' ? c.state.asking : undefined;
  const r = read(c, said, today, onScreen, analyzed);
  const picked = !r.tooLong ? pickOffered(said, r.pick, c.state, c.words) : undefined;
  if (picked) return onPicked(c, picked);
  onReading(c, r);
}

function read(c: Conversation, said: string, today: string, onScreen: CriterionId | 'eligibility' | undefined, analyzed?: Analysis): Reading {
  return understand(said, { onScreen, cutoff: c.settings.accountCutoff, today, answers: c.state.answers, advised: c.state.advised }, understanderFor(c.state.language ?? 'en'), analyzed);
}

/**
 * The same words twice in a row read as a bot stuck in a loop: the second time, offer a way
 * out; the third time, offer a person. `last` keeps a short hash of the words and how often they came.
 */
function notTwice(c: Conversation, before: ConversationState | undefined): void {
  const words = c.replies.map((r) => ('text' in r ? r.text : r.kind === 'recommendation' ? r.title : '')).join('\n');
  const h = hash(words);
  const [lastHash, lastCount] = (before?.last ?? '').split(':');
  const count = words && lastHash === h ? Number(lastCount || 0) + 1 : 0;
  if (count === 1) c.replies.unshift({ kind: 'text', text: c.words.t('repeatWayOut') });
  if (count >= 2) c.replies.unshift({ kind: 'text', text: c.words.t('repeatWayOutAgain') });
  c.state.last = count ? `${h}:${Math.min(count, 9)}` : h;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The stored state is the caller's: work on a copy. */
function copyOf(s: ConversationState): ConversationState {
  return { ...s, answers: { ...s.answers }, history: [...s.history], offered: s.offered && [...s.offered] };
}
