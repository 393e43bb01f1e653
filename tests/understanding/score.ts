/**
 * Scores the conversation's understanding on the labelled corpus: each message is played
 * through the real turn (takeTurn) at the point of the conversation its label names, and
 * what the turn recorded, asked back or recognised is compared with the label.
 *
 * - precision: of the answers recorded (or changed), how many the label says;
 * - recall: of the messages, how many were taken exactly as labelled (answers recorded, the
 *   command, question or small talk recognised, or a check asked back where the label asks one);
 * - questions-as-answers: customer questions from which anything was recorded.
 */
import { freshState, type ConversationState } from '../../src/dialogs/conversation-state';
import { takeTurn } from '../../src/dialogs/turn';
import { criterion, recommend, UNSURE, type Answers, type CriterionId } from '../../src/rules';
import { settingsFrom } from '../support/in-process';
import type { CorpusCase, Recorded } from './corpus/types';
import type { Language } from '../../src/copy';

export const TODAY = '2026-12-01';
const settings = settingsFrom();
const channel = { handoff: true };

export interface Outcome {
  case: CorpusCase;
  recorded: Recorded;
  wrong: string[];
  passed: boolean;
  why: string[];
  said: string;
}

export interface Score {
  n: number;
  recordedFacts: number;
  rightFacts: number;
  precision: number;
  recall: number;
  questionsAsAnswers: number;
  outcomes: Outcome[];
}

function stateAt(k: CorpusCase, language: Language): ConversationState {
  const s = stateAtPoint(k);
  return language === 'en' ? s : { ...s, language };
}

function stateAtPoint(k: CorpusCase): ConversationState {
  const { age, ...given } = k.given ?? {};
  const answers = given as Answers;
  const base: ConversationState = { ...freshState(true), answers, history: Object.keys(answers) as CriterionId[], age: age ?? 'before' };
  switch (k.at) {
    case 'first':
      return { ...freshState(false), ...(k.given ? { answers, history: base.history } : {}) };
    case 'eligibility':
      return { ...base, age: age, phase: 'eligibility', offered: ['a:before', 'a:after', `a:${UNSURE}`] };
    case 'advised': {
      const profile = Object.keys(answers).length ? answers : { devices: 'severalDevices', program: 'yes' };
      return { ...base, answers: { ...profile }, history: Object.keys(profile) as CriterionId[], phase: 'advised', advised: recommend(profile).protocol, offered: ['c:setup', 'c:request', 'c:change', 'c:startOver', 'c:done'] };
    }
    case 'ineligible':
      return { ...base, age: 'after', phase: 'ineligible', offered: ['c:startOver', 'c:done'] };
    default: {
      const values = [...criterion(k.at).options.map((o) => o.value), UNSURE];
      return { ...base, phase: 'interview', asking: k.at, offered: values.map((v) => `a:${v}`) };
    }
  }
}

export function play(k: CorpusCase, language: Language = 'en'): Outcome {
  const before = stateAt(k, language);
  const result = takeTurn(before, { kind: 'message', text: k.say, today: TODAY, channel }, settings);
  const after = result.state;
  const recorded: Recorded = {};
  for (const id of Object.keys(after.answers) as CriterionId[]) {
    if (after.answers[id] !== before.answers[id]) (recorded as Record<string, string>)[id] = after.answers[id] as string;
  }
  if (after.age !== before.age && after.age) recorded.age = after.age;
  const heard = result.events.filter((e) => e.name === 'message').map((e) => e.properties as { kind: string; about?: string });
  const e = k.expect;
  const expected = (e.record ?? {}) as Record<string, string>;
  const wrong = Object.entries(recorded).filter(([id, v]) => expected[id] !== v).map(([id, v]) => `${id}=${v}`);
  const why: string[] = [];
  for (const [id, v] of Object.entries(expected)) {
    const now = id === 'age' ? after.age : after.answers[id as CriterionId];
    if (now !== v) why.push(`missing ${id}=${v}`);
  }
  if (wrong.length) why.push(`recorded ${wrong.join(', ')}`);
  const askedBack = !!after.pending || heard.some((h) => h.kind === 'askBack');
  if (e.askBack && !askedBack) why.push('did not ask back');
  if (e.command && !heard.some((h) => (h.kind === 'command' || h.kind === 'pick') && h.about === e.command)) why.push(`not command ${e.command}`);
  if (e.question && !heard.some((h) => h.kind === 'question' && h.about === e.question)) why.push(`not question ${e.question}`);
  if (e.smallTalk && !heard.some((h) => h.kind === 'smallTalk' && h.about === e.smallTalk) && !(e.smallTalk === 'whichOne' && heard.some((h) => h.kind === 'smallTalk' || h.kind === 'facts' || h.kind === 'answer'))) why.push(`not small talk ${e.smallTalk}`);
  if (e.switchTo && !heard.some((h) => h.kind === 'switchLanguage' && h.about === e.switchTo)) why.push(`not a switch to ${e.switchTo}`);
  if (e.unsupportedLanguage && !heard.some((h) => h.kind === 'otherLanguage')) why.push('not seen as another language');
  const said = result.replies.map((r) => ('text' in r ? r.text : r.kind === 'recommendation' ? r.title : r.kind)).join(' | ');
  return { case: k, recorded, wrong, passed: why.length === 0, why, said };
}

export function score(cases: CorpusCase[], language: Language = 'en'): Score {
  const outcomes = cases.map((k) => play(k, language));
  const recordedFacts = outcomes.reduce((n, o) => n + Object.keys(o.recorded).length, 0);
  const rightFacts = recordedFacts - outcomes.reduce((n, o) => n + o.wrong.length, 0);
  const questionsAsAnswers = outcomes.filter((o) => o.case.expect.question && o.wrong.length > 0).length;
  return {
    n: cases.length,
    recordedFacts,
    rightFacts,
    precision: recordedFacts ? rightFacts / recordedFacts : 1,
    recall: outcomes.filter((o) => o.passed).length / cases.length,
    questionsAsAnswers,
    outcomes,
  };
}
