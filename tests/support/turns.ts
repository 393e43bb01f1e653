/**
 * The pure conversation step, driven from a given point: the account date question or one of
 * the interview's questions on screen, with its choices offered as the bot shows them.
 */
import { freshState, type ConversationState } from '../../src/dialogs/conversation-state';
import { takeTurn, type TurnResult } from '../../src/dialogs/turn';
import { criterion, UNSURE, type CriterionId } from '../../src/rules';
import { settingsFrom } from './in-process';

const settings = settingsFrom();
const channel = { handoff: true };

export function atQuestion(id: CriterionId | 'eligibility', answers: ConversationState['answers'] = {}): ConversationState {
  const base = { ...freshState(true), answers, history: Object.keys(answers) as CriterionId[] };
  if (id === 'eligibility') return { ...base, phase: 'eligibility', offered: ['a:before', 'a:after', `a:${UNSURE}`] };
  const values = [...criterion(id).options.map((o) => o.value), UNSURE];
  return { ...base, phase: 'interview', age: 'before', asking: id, offered: values.map((v) => `a:${v}`) };
}

export function say(state: ConversationState, text: string): TurnResult {
  return takeTurn(state, { kind: 'message', text, today: '2026-12-01', channel }, settings);
}
