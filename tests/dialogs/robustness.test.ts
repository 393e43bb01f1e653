import { InterviewFlow } from '../../src/dialogs/interview-flow';
import { freshState } from '../../src/dialogs/interview-state';
import { defaultDialogSettings } from '../../src/dialogs/settings';
import { noTelemetry } from '../../src/dialogs/ports';
import { criteria, copy } from '../../src/rules';
import type { Reply } from '../../src/dialogs/replies';
import { seeded } from '../support/seeded-random';


const everyday = ['yes', 'yep', 'nah', 'not really', 'I do', 'sure', 'not sure', "don't know", 'skip', '1', '2', '3', '4', 'the second one'];
const labels = criteria.flatMap((c) => Object.values(c.optionLabels));
const interruptions = ['help', 'why?', 'what did I say', 'How do I set it up?', 'Submit a request'];
const odd = ['', '   ', '🙂🙂🙂', '?', '!!!', '\u0000\u0001', 'ñáé ü', '<script>alert(1)</script>', '{"text":"hi"}', 'DROP TABLE users;', '9999', '-1', '0', 'x'.repeat(5000), '\n\n\n', 'Ⅻ', '٣', 'null', 'undefined', 'NaN'];
const questionText = new Map(criteria.map((c) => [c.question, c.id]));

function askedQuestion(replies: Reply[]): string | undefined {
  for (const r of replies) {
    if (r.kind !== 'question') continue;
    for (const [text, id] of questionText) if (r.text.endsWith(text)) return id;
  }
  return undefined;
}

describe('robustness: thousands of random conversations', () => {
  it('never throws, always replies, and never asks an answered question again without back, start over or a change', () => {
    const rand = seeded(20261126);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const problems: string[] = [];
    let turns = 0;
    for (let convo = 0; convo < 2000; convo++) {
      const flow = new InterviewFlow(freshState(), defaultDialogSettings, noTelemetry);
      flow.start({ welcome: true, text: rand() < 0.2 ? 'I read mail on my phone and laptop' : 'hi' });
      let answered = new Set<string>();
      for (let turn = 0; turn < 25; turn++) {
        const roll = rand();
        const input = roll < 0.35 ? pick(everyday) : roll < 0.6 ? pick(labels) : roll < 0.75 ? pick(interruptions) : roll < 0.9 ? pick(odd) : pick(['back', 'start over', 'Change an answer', 'stop', 'done']);
        const before = { ...flow.state.answers };
        flow.replies.length = 0;
        turns++;
        try {
          flow.handle(input);
        } catch (e) {
          problems.push(`threw on ${JSON.stringify(input)}: ${(e as Error).message}`);
          break;
        }
        if (flow.replies.length === 0) problems.push(`no reply to ${JSON.stringify(input)}`);
        // Going back, starting over, stopping or changing an answer (typed or by menu number) may re-ask.
        const forgot = [...answered].some((id) => !(id in flow.state.answers));
        if (forgot || ['Change an answer'].includes(input) || flow.state.phase === 'pickChange') {
          answered = new Set(Object.keys(flow.state.answers));
          continue;
        }
        const asked = askedQuestion(flow.replies);
        if (asked && !(asked in before) && answered.has(asked)) problems.push(`asked ${asked} again after ${JSON.stringify(input)}`);
        for (const id of Object.keys(flow.state.answers)) answered.add(id);
        if (JSON.stringify(flow.state).length >= 2048) problems.push('state over 2 KB');
      }
    }
    expect(turns).toBe(50_000);
    expect(problems).toEqual([]);
  });

  it('answers a very long message by asking for fewer words', () => {
    const flow = new InterviewFlow(freshState(), defaultDialogSettings, noTelemetry);
    flow.start({ welcome: true });
    flow.replies.length = 0;
    flow.handle('word '.repeat(1000));
    expect(flow.replies.map((r) => ('text' in r ? r.text : '')).join('\n')).toContain(copy.say.tooLong);
    expect(flow.state.phase).toBe('eligibility');
  });
});
