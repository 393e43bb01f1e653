/**
 * `npm run bench:message-cost`: the CPU one message costs in the conversation step of a warm
 * process, for the adversarial messages of tests/support/adversarial-messages.ts at four
 * points of the conversation and in every language. Each message runs three times and its
 * fastest run counts, so a garbage collection on a busy machine doesn't count against it.
 * Target: the slowest well under 10 ms. Prints one line.
 */
import { loadavg } from 'os';
import { LANGUAGES } from '../src/copy';
import { freshState } from '../src/dialogs/conversation-state';
import { takeTurn } from '../src/dialogs/turn';
import { adversarialMessages } from '../tests/support/adversarial-messages';
import { settingsFrom } from '../tests/support/in-process';
import { atQuestion } from '../tests/support/turns';

const settings = settingsFrom();
const channel = { handoff: true };
const states = [freshState(), atQuestion('eligibility'), atQuestion('devices'), atQuestion('storage')];
const inputs = adversarialMessages();
const turn = (state: (typeof states)[number], text: string, locale: string) =>
  takeTurn(state, { kind: 'message', text, today: '2026-12-01', channel, locale }, settings);

// Warm up, as a running server is: the first calls compile the lexicons, the parsers and the code.
for (const locale of LANGUAGES) for (const s of states) for (const input of inputs) turn(s, input, locale);

const costs: number[] = [];
let slowest = { ms: 0, input: '', locale: '' };
for (const locale of LANGUAGES) {
  for (const input of inputs) {
    for (const state of states) {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const before = process.cpuUsage();
        turn(state, input, locale);
        const used = process.cpuUsage(before);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      costs.push(best);
      if (best > slowest.ms) slowest = { ms: best, input, locale };
    }
  }
}
costs.sort((a, b) => a - b);
const at = (q: number) => costs[Math.min(costs.length - 1, Math.floor(q * costs.length))].toFixed(2);
console.log(`slowest: ${JSON.stringify(slowest.input.slice(0, 60))}… (${slowest.locale})`);
console.log(
  `message cost: median=${at(0.5)}ms p99=${at(0.99)}ms slowest=${slowest.ms.toFixed(2)}ms n=${costs.length} load=${loadavg()[0].toFixed(1)}`,
);
