/**
 * No message can freeze the bot: adversarial messages up to the length limit (runs of spaces,
 * repeated words, digits and dates, unicode, many clauses and negations) each cost well under
 * 10 ms of CPU in the conversation step of a warm process. Bounded (a fixed set, seeded), and
 * it reports the slowest input with its time. Each input runs three times and counts its
 * fastest run, so a garbage collection on a busy machine doesn't count against it.
 */
import { freshState } from '../../src/dialogs/conversation-state';
import { takeTurn } from '../../src/dialogs/turn';
import { MAX_MESSAGE_CHARS } from '../../src/understanding';
import { settingsFrom } from '../support/in-process';
import { seeded } from '../support/seeded-random';
import { atQuestion } from '../support/turns';

const settings = settingsFrom();
const channel = { handoff: true };
const fill = (unit: string) => unit.repeat(Math.ceil(MAX_MESSAGE_CHARS / unit.length)).slice(0, MAX_MESSAGE_CHARS);

function adversarial(): string[] {
  const rand = seeded(16);
  const words = ['not', 'no', 'but', 'and', 'i', 'also', 'phone', 'laptop', '2015', 'ago', 'years', 'before', 'after', 'august', 'spam', 'shield', 'server', 'pop', 'imap', 'dont', 'what', '?', ',', '.', 'x', 'aaaaaaaa', 'ü', '日本', '🙂', '12.03.2013', '6/8/2015'];
  const random = Array.from({ length: 40 }, () => {
    let s = '';
    while (s.length < MAX_MESSAGE_CHARS - 20) s += words[Math.floor(rand() * words.length)] + (rand() < 0.8 ? ' ' : '');
    return s;
  });
  return [
    `x${' '.repeat(MAX_MESSAGE_CHARS - 2)}x`, fill(' '), fill('but '), fill('and i '), fill('not '), fill('no, '), fill('2015 '),
    fill('12.03.2013 '), fill('6/8/2015 '), fill('2 years ago '), fill('august 2015 '), fill('the 6th of august 2015, '),
    fill('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa '), fill('qwertyuiop '), fill('imap? '), fill('?'), fill(','),
    fill('🙂'), fill('ñáéü '), fill('日本語のテキスト'), fill('1 2 3 4 5 6 7 8 9 '), fill('my phone and my laptop and my ipad and '),
    fill('what is imap how do i set it up in outlook '), fill("I don't use webmail, "), fill('spamshild thunderbrid laptpo iphne '),
    ...random,
  ];
}

describe('the cost of one message', () => {
  it('stays well under 10 ms of CPU for every adversarial message, wherever it arrives', () => {
    const states = [freshState(), atQuestion('eligibility'), atQuestion('devices'), atQuestion('storage')];
    const inputs = adversarial();
    // Warm up, as a running server is: the first calls compile the lexicon, the parsers and the code.
    for (const s of states) for (const input of inputs) takeTurn(s, { kind: 'message', text: input, today: '2026-12-01', channel }, settings);
    let slowest = { ms: 0, input: '' };
    for (const input of inputs) {
      expect(input.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      for (const state of states) {
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const before = process.cpuUsage();
          takeTurn(state, { kind: 'message', text: input, today: '2026-12-01', channel }, settings);
          const used = process.cpuUsage(before);
          best = Math.min(best, (used.user + used.system) / 1000);
        }
        if (best > slowest.ms) slowest = { ms: best, input };
      }
    }
    console.log(`slowest message: ${slowest.ms.toFixed(2)} ms of CPU for ${JSON.stringify(slowest.input.slice(0, 60))}…`);
    expect(slowest.ms).toBeLessThan(10);
  });

  it('answers a message over the limit without reading it', () => {
    const before = process.cpuUsage();
    const r = takeTurn(freshState(), { kind: 'message', text: 'x'.repeat(250_000), today: '2026-12-01', channel }, settings);
    const used = process.cpuUsage(before);
    expect(r.replies.map((x) => ('text' in x ? x.text : '')).join(' ')).toMatch(/a bit long for me/);
    expect((used.user + used.system) / 1000).toBeLessThan(10);
  });
});
