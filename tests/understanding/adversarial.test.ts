/**
 * No message can break or freeze the conversation step: adversarial messages up to the length
 * limit, wherever in the conversation they arrive and in every language, each get an answer and
 * leave a state that loads again, and none takes long enough to hold up other people's turns.
 * The freeze guard is loose on purpose (a backtracking regex cost seconds here once): the speed
 * target, under 10 ms of CPU for the slowest, is measured by `npm run bench:message-cost`.
 */
import { LANGUAGES } from '../../src/copy';
import { freshState, restoreState } from '../../src/dialogs/conversation-state';
import { takeTurn } from '../../src/dialogs/turn';
import { MAX_MESSAGE_CHARS } from '../../src/understanding';
import { adversarialMessages } from '../support/adversarial-messages';
import { settingsFrom } from '../support/in-process';
import { atQuestion } from '../support/turns';

const settings = settingsFrom();
const FROZEN_MS = 50;
const channel = { handoff: true };
const say = (text: string, locale?: string) => ({ kind: 'message' as const, text, today: '2026-12-01', channel, ...(locale ? { locale } : {}) });

describe('adversarial messages', () => {
  it.each(LANGUAGES)('each gets an answer and a state that loads again, at every point (%s)', (language) => {
    const states = [freshState(), atQuestion('eligibility'), atQuestion('devices'), atQuestion('storage')];
    // Warm, as a running server is: the first calls compile the lexicon, load the date parser and the code.
    for (const input of adversarialMessages().slice(0, 16)) for (const state of states) takeTurn(state, say(input, language), settings);
    let slowest = { ms: 0, input: '' };
    for (const input of adversarialMessages()) {
      expect(input.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      for (const state of states) {
        // The cheaper of two runs: a garbage collection on a busy machine is not the message's cost.
        let ms = Infinity;
        let r = takeTurn(state, say(input, language), settings);
        for (let run = 0; run < 2; run++) {
          const before = process.cpuUsage();
          r = takeTurn(state, say(input, language), settings);
          const used = process.cpuUsage(before);
          ms = Math.min(ms, (used.user + used.system) / 1000);
        }
        if (ms > slowest.ms) slowest = { ms, input };
        expect(r.replies.length).toBeGreaterThan(0);
        expect(restoreState({ conversation: JSON.parse(JSON.stringify(r.state)) })).toEqual(r.state);
      }
    }
    console.log(`slowest message (${language}): ${slowest.ms.toFixed(2)} ms of CPU for ${JSON.stringify(slowest.input.slice(0, 50))}…`);
    expect(slowest.ms).toBeLessThan(FROZEN_MS);
  });

  it('answers a message over the limit without reading it: nothing recorded', () => {
    const r = takeTurn(atQuestion('devices'), say(`my phone and my laptop ${'x'.repeat(250_000)}`), settings);
    expect(r.replies.map((x) => ('text' in x ? x.text : '')).join(' ')).toMatch(/a bit long for me/);
    expect(r.state.answers).toEqual(atQuestion('devices').answers);
  });
});
