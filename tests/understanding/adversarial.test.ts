/**
 * No message can break the conversation step: adversarial messages up to the length limit,
 * wherever in the conversation they arrive and in every language, each get an answer and
 * leave a state that loads again. What each costs is measured by `npm run bench:message-cost`
 * (a benchmark, not a timed test).
 */
import { LANGUAGES } from '../../src/copy';
import { freshState, restoreState } from '../../src/dialogs/conversation-state';
import { takeTurn } from '../../src/dialogs/turn';
import { MAX_MESSAGE_CHARS } from '../../src/understanding';
import { adversarialMessages } from '../support/adversarial-messages';
import { settingsFrom } from '../support/in-process';
import { atQuestion } from '../support/turns';

const settings = settingsFrom();
const channel = { handoff: true };
const say = (text: string, locale?: string) => ({ kind: 'message' as const, text, today: '2026-12-01', channel, ...(locale ? { locale } : {}) });

describe('adversarial messages', () => {
  it.each(LANGUAGES)('each gets an answer and a state that loads again, at every point (%s)', (language) => {
    const states = [freshState(), atQuestion('eligibility'), atQuestion('devices'), atQuestion('storage')];
    for (const input of adversarialMessages()) {
      expect(input.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      for (const state of states) {
        const r = takeTurn(state, say(input, language), settings);
        expect(r.replies.length).toBeGreaterThan(0);
        expect(restoreState({ conversation: JSON.parse(JSON.stringify(r.state)) })).toEqual(r.state);
      }
    }
  });

  it('answers a message over the limit without reading it: nothing recorded', () => {
    const r = takeTurn(atQuestion('devices'), say(`my phone and my laptop ${'x'.repeat(250_000)}`), settings);
    expect(r.replies.map((x) => ('text' in x ? x.text : '')).join(' ')).toMatch(/a bit long for me/);
    expect(r.state.answers).toEqual(atQuestion('devices').answers);
  });
});
