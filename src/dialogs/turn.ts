/**
 * One turn of a conversation as a pure function: (stored state, what arrived, settings) in,
 * (new state, replies, outcome events) out. Nothing is sent from here: src/bot saves the
 * state, then renders the replies for the channel and sends them, so nobody sees a reply
 * whose state was thrown away.
 */
import { wordsFor } from '../copy';
import { onAnswer, onChangeOfMind, onEligibility, onFeedback, onPicked, onPickChange, takeFacts } from './answers';
import { accepts, runCommand } from './commands';
import { Conversation, type ChannelFeatures, type OutcomeEvent } from './conversation';
import { freshState, type ConversationState } from './conversation-state';
import { choicesShown, pickOffered } from './offered';
import type { Reply } from './replies';
import type { DialogSettings } from './settings';
import { commandOf, normalize, statedAccountAge } from './understand';

/** Longer messages aren't answers or descriptions we can use; say so rather than guess. */
export const MAX_INPUT_CHARS = 1000;

export type TurnInput =
  /** What the person typed, or the label of the button they clicked. */
  | { kind: 'message'; text: string; channel: ChannelFeatures }
  /** Someone opened the chat or installed the app; in a group, the bot was added. */
  | { kind: 'joined'; group: boolean; botName: string; channel: ChannelFeatures };

export interface TurnResult {
  state: ConversationState;
  replies: Reply[];
  events: OutcomeEvent[];
}

export function takeTurn(stored: ConversationState | undefined, input: TurnInput, settings: DialogSettings): TurnResult {
  const state = copyOf(stored ?? freshState());
  const c = new Conversation(state, settings, wordsFor(state.language ?? 'en', settings.brandName), input.channel);
  if (input.kind === 'joined') joined(c, input);
  else if (c.state.phase === 'idle') start(c, input.text);
  else handle(c, input.text);
  const shown = choicesShown(c.replies);
  if (shown) c.state.offered = shown;
  else if (c.state.phase === 'idle') delete c.state.offered;
  return { state: c.state, replies: c.replies, events: c.events };
}

/** Teams keeps one conversation for months, and may announce an install twice: greet once. */
function joined(c: Conversation, input: Extract<TurnInput, { kind: 'joined' }>): void {
  if (c.state.welcomed || c.state.phase !== 'idle') return;
  if (input.group) {
    c.say(c.words.t('groupIntro', { botName: input.botName }));
    c.state.welcomed = true;
    return;
  }
  start(c, '');
}

/** A new interview: welcome (first contact only), take what a first message describes, ask. */
function start(c: Conversation, said: string): void {
  const welcome = !c.state.welcomed;
  c.restart();
  c.say(welcome ? c.words.t('welcome') : c.words.t('hiAgain'));
  if (said.length > MAX_INPUT_CHARS) return c.ask(c.words.t('tooLong'));
  const t = normalize(said);
  if (t && !commandOf(t)) {
    takeFacts(c, said);
    const age = statedAccountAge(said, c.settings.accountCutoff);
    if (age && age !== 'unsure') return c.setAge(age);
  }
  c.ask();
}

function handle(c: Conversation, said: string): void {
  if (said.length > MAX_INPUT_CHARS) return c.ask(c.words.t('tooLong'));
  const picked = pickOffered(said, c.state, c.words);
  if (picked) return onPicked(c, picked);
  const t = normalize(said);
  if (!t) return c.ask(c.words.t('unsupported'));
  const command = commandOf(t);
  if (command && accepts(c, command)) return runCommand(c, command);
  switch (c.state.phase) {
    case 'eligibility': return onEligibility(c, said);
    case 'interview': return onAnswer(c, said);
    case 'advised': return onChangeOfMind(c, said);
    case 'pickChange': return onPickChange(c);
    case 'feedback': return onFeedback(c, said);
    case 'ineligible':
    case 'idle':
      return c.ask();
  }
}

/** The stored state is the caller's: work on a copy. */
function copyOf(s: ConversationState): ConversationState {
  return { ...s, answers: { ...s.answers }, history: [...s.history], offered: s.offered && [...s.offered] };
}
