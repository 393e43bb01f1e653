import { takeTurn, type TurnInput } from '../../src/dialogs/turn';
import { freshState, type ConversationState } from '../../src/dialogs/conversation-state';
import type { Reply } from '../../src/dialogs/replies';
import { criteria, UNSURE } from '../../src/rules';
import { settingsFrom } from '../support/in-process';
import { seeded } from '../support/seeded-random';
import { english } from '../support/words';

const settings = settingsFrom();
const channel = { handoff: true };
const say = (state: ConversationState, text: string) => takeTurn(state, { kind: 'message', text, today: '2026-12-01', channel } as TurnInput, settings);

const everyday = ['yes', 'yep', 'nah', 'not really', 'I do', 'sure', 'not sure', "don't know", 'skip', '1', '2', '3', '4', 'the second one'];
const labels = criteria.flatMap((c) => [...c.options.map((o) => o.value), UNSURE].map((v) => english.t(v === UNSURE ? 'notSure' : (`questions.${c.id}.options.${v}` as never))));
const interruptions = ['help', 'why?', 'what did I say', 'How do I set it up?', 'Submit a request'];
const odd = ['', '   ', '🙂🙂🙂', '?', '!!!', '\u0000\u0001', 'ñáé ü', '<script>alert(1)</script>', '{"text":"hi"}', 'DROP TABLE users;', '9999', '-1', '0', 'x'.repeat(5000), '\n\n\n', 'Ⅻ', '٣', 'null', 'undefined', 'NaN', '__proto__', 'constructor'];
const moves = ['back', 'start over', 'Change an answer', 'stop', 'done'];

/**
 * A question that was answered is asked again only when the person went back (which forgets
 * the answer) or picked it from "Change an answer" (then it stays on screen until answered).
 * Returns the question asked wrongly.
 */
function reAskedWithoutCause(before: ConversationState, after: ConversationState, replies: Reply[]): string | undefined {
  const asked = after.phase === 'interview' && replies.some((r) => r.kind === 'question') ? after.asking : undefined;
  if (!asked || after.answers[asked] === undefined || before.phase === 'pickChange') return undefined;
  const untouched = before.answers[asked] === after.answers[asked] && before.history.join() === after.history.join();
  const stillOnScreen = before.phase === 'interview' && before.asking === asked && untouched;
  return stillOnScreen ? undefined : asked;
}

describe('robustness: thousands of random conversations', () => {
  it('never throws, always replies, and never asks an answered question again without back or a change', () => {
    const rand = seeded(20261126);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const problems: string[] = [];
    let turns = 0;
    let reAskChecks = 0;
    for (let convo = 0; convo < 2000; convo++) {
      let state = say(freshState(), rand() < 0.2 ? 'I read mail on my phone and laptop' : 'hi').state;
      for (let turn = 0; turn < 25; turn++) {
        const roll = rand();
        const input = roll < 0.35 ? pick(everyday) : roll < 0.6 ? pick(labels) : roll < 0.75 ? pick(interruptions) : roll < 0.9 ? pick(odd) : pick(moves);
        turns++;
        let result;
        try {
          result = say(state, input);
        } catch (e) {
          problems.push(`threw on ${JSON.stringify(input)}: ${(e as Error).message}`);
          break;
        }
        if (result.replies.length === 0) problems.push(`no reply to ${JSON.stringify(input)}`);
        if (Object.keys(state.answers).length) reAskChecks++;
        const again = reAskedWithoutCause(state, result.state, result.replies);
        if (again) problems.push(`asked ${again} again after ${JSON.stringify(input)}`);
        if (JSON.stringify(result.state).length >= 2048) problems.push('state over 2 KB');
        state = result.state;
      }
    }
    expect(turns).toBe(50_000);
    // The re-ask check had answered questions to look at in most turns.
    expect(reAskChecks).toBeGreaterThan(20_000);
    expect(problems).toEqual([]);
  });

  it('the re-ask check catches a bot that asks an answered question again', () => {
    const before: ConversationState = { ...freshState(true), phase: 'interview', answers: { devices: 'oneComputer' }, history: ['devices'], asking: 'program' };
    const question: Reply = { kind: 'question', text: 'Where do you read your email?', choices: [] };
    // Asked again after answering the next question.
    expect(reAskedWithoutCause(before, { ...before, answers: { devices: 'oneComputer', program: 'yes' }, history: ['devices', 'program'], asking: 'devices' }, [question])).toBe('devices');
    // Asked again right after it was answered.
    const onDevices = { ...before, asking: 'devices' as const };
    expect(reAskedWithoutCause(onDevices, { ...onDevices, history: ['devices'], answers: { devices: 'webmail' } }, [question])).toBe('devices');
    // Picked from "Change an answer", or shown again while being changed ("help"): fine.
    expect(reAskedWithoutCause({ ...before, phase: 'pickChange' }, onDevices, [question])).toBeUndefined();
    expect(reAskedWithoutCause(onDevices, onDevices, [question])).toBeUndefined();
  });

  it('answers a very long message by asking for fewer words, on the first message and mid-interview', () => {
    for (const state of [freshState(), say(freshState(), 'hi').state]) {
      const result = say(state, 'word '.repeat(1000));
      expect(result.replies.map((r) => ('text' in r ? r.text : '')).join('\n')).toContain(english.t('tooLong'));
      expect(result.state.phase).toBe('eligibility');
    }
  });
});
