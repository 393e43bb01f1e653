/**
 * The session tally rides in the conversation's state, which must stay under 2 KB and must
 * survive whatever storage holds: random conversations with the clock running, the largest
 * tally there can be, and stored tallies that are broken.
 */
import { takeTurn, type TurnInput } from '../../src/dialogs/turn';
import { freshState, restoreState, type ConversationState } from '../../src/dialogs/conversation-state';
import { criteria } from '../../src/rules';
import { settingsFrom } from '../support/in-process';
import { seeded } from '../support/seeded-random';

const settings = settingsFrom();
const channel = { handoff: true, name: 'msteams' };
const inputs = ['yes', 'no', '1', '2', '3', 'not sure', 'purple elephants', 'help', 'back', 'start over', 'Change an answer', 'done', 'Yes', '4', 'talk to a person', 'stop', 'hola', 'why?'];

describe('the session tally in the state', () => {
  it('keeps the state under 2 KB through 7,500 random turns with the clock running, and restores it as it was', () => {
    const rand = seeded(14);
    let largest = 0;
    let now = Date.parse('2026-12-01T08:00:00Z');
    let outcomes = 0;
    for (let convo = 0; convo < 300; convo++) {
      let state: ConversationState | undefined;
      for (let turn = 0; turn < 25; turn++) {
        now += rand() < 0.05 ? 40 * 60_000 : 20_000; // now and then a pause longer than the idle time
        const text = inputs[Math.floor(rand() * inputs.length)];
        const r = takeTurn(state, { kind: 'message', text, today: '2026-12-01', channel, now } as TurnInput & { now: number }, settings);
        outcomes += r.events.filter((e) => e.name === 'conversationOutcome').length;
        const stored = JSON.parse(JSON.stringify({ conversation: r.state }));
        largest = Math.max(largest, JSON.stringify(stored).length);
        expect(restoreState(stored).session).toEqual(r.state.session);
        state = r.state;
      }
    }
    expect(outcomes).toBeGreaterThan(40);
    expect(largest).toBeLessThan(2048);
  });

  it('fits the largest tally there can be, with every question answered, in under 2 KB', () => {
    const steps = ['eligibility', ...criteria.map((c) => c.id)];
    const full = Object.fromEntries(steps.map((s) => [s, 99]));
    const answers = Object.fromEntries(criteria.map((c) => [c.id, c.options[0].value]));
    const state = restoreState({
      conversation: {
        ...freshState(true), phase: 'advised', language: 'es', languageFrom: 'chosen', age: 'before', answers, history: criteria.map((c) => c.id), advised: 'IMAP',
        offered: ['c:setup', 'c:request', 'c:change', 'c:startOver', 'c:done'], last: 'abcdefg:9', withPerson: true,
        session: { start: 1e13, last: 1e13, turns: 9999, asked: steps, answered: 999, reAsks: full, notUnderstood: full, at: 'withPerson', advised: 'POP', helpful: true, rating: 5, escalated: true, ineligible: true, channel: 'x'.repeat(40), language: 'es' },
      },
    });
    expect(state.session?.reAsks).toEqual(full);
    expect(JSON.stringify({ conversation: state, seen: ['aaaaaaa', 'bbbbbbb', 'ccccccc', 'ddddddd', 'eeeeeee'], at: 1e13 }).length).toBeLessThan(2048);
  });

  it('drops a broken stored tally (the session then starts afresh) and keeps the rest of the state', () => {
    for (const session of [{ start: 'yesterday' }, { start: 1, last: 1, turns: 1, answered: 0, asked: ['<script>'], channel: 'webchat', language: 'en' }, 42, null]) {
      const state = restoreState({ conversation: { ...freshState(true), phase: 'advised', advised: 'IMAP', answers: {}, session } });
      expect(state.session).toBeUndefined();
      expect(state.advised).toBe('IMAP');
    }
  });
});
