/**
 * The scale-out checks, shared by every storage that several bot processes can share:
 * 20 conversations spread at random over two processes end exactly as on one process,
 * and bursts of identical turns fired at both at once lose nothing and repeat nothing.
 */
import type { BotProcess } from './bot-process';
import { conversation, type Conversation } from './direct-client';
import { interview, logLines, messages } from './interview-script';
import { seeded } from './seeded-random';

export interface TwoBots {
  start(): Promise<[BotProcess, BotProcess]>;
  stop(): Promise<void>;
}

const CONVERSATIONS = 20;
const BURST = 10;
const BURSTING_CONVERSATIONS = 3;

export function scaleOutSuite(name: string, setup: TwoBots): void {
  describe(`two bot processes on one ${name} storage`, () => {
    let a: BotProcess;
    let b: BotProcess;
    beforeAll(async () => {
      [a, b] = await setup.start();
    }, 60_000);
    afterAll(async () => {
      await setup.stop();
    });

    it('20 conversations with turns spread at random over both reach the same advice as on one', async () => {
      const run = (spread: boolean) =>
        Promise.all(
          Array.from({ length: CONVERSATIONS }, (_, i) => {
            const id = `${spread ? 'spread' : 'single'}-${i}-${Date.now()}`;
            const on = [a, b].map((p) => conversation(p.url, 'webchat', { id, userId: `u-${id}` }));
            const pick = seeded(1000 + i);
            return interview((text) => (spread && pick() < 0.5 ? on[1] : on[0]).say(text), seeded(i));
          }),
        );
      const single = await run(false);
      const spread = await run(true);
      expect(spread).toEqual(single);
      const advice = spread.map((t) => /I recommend (POP|IMAP)/.exec(t[t.length - 1])?.[1]);
      expect(advice.every(Boolean)).toBe(true);
    });

    it('bursts of the same answer fired at both processes at once: nothing lost, nothing twice, no 5xx', async () => {
      const since = [a, b].map((p) => p.output().length);
      const alone = conversation(a.url, 'webchat');
      const ref = await burst(alone, [alone], false);
      const runs = await Promise.all(
        Array.from({ length: BURSTING_CONVERSATIONS }, (_, i) => {
          const id = `burst-${i}-${Date.now()}`;
          const on = [a, b].map((p) => conversation(p.url, 'webchat', { id, userId: `u-${id}` }));
          return burst(on[0], on, true);
        }),
      );
      for (const run of runs) {
        expect(run.failures).toEqual([]);
        expect(run.replies).toEqual(ref.replies); // every turn applied once, in some order
        expect(run.summary).toBe(ref.summary);
      }
      const logs = [a, b].flatMap((p, i) => logLines(p.output().slice(since[i])));
      const turns = logs.filter((l) => l.msg === 'turn');
      expect(turns.filter((l) => Number(l.status) >= 500)).toEqual([]);
      expect(turns.filter((l) => l.outcome === 'failed')).toEqual([]);
      if (process.env.REPORT) {
        const conflicts = logs.filter((l) => l.event === 'stateConflict');
        const most = Math.max(0, ...conflicts.map((l) => Number(l.attempt)));
        const retried = turns.filter((l) => l.outcome === 'retried').length;
        console.log(`${name}: ${BURSTING_CONVERSATIONS}x${BURST} turns, ${conflicts.length} conflicts, ${retried} turns retried, most conflicts in one turn ${most}`);
      }
    });
  });
}

interface Burst {
  /** What each of the burst's turns replied, sorted: the order is up to the race. */
  replies: string[];
  summary: string;
  failures: string[];
}

/**
 * After the eligibility answer, "Not sure" BURST times: each one answers the question on
 * screen and the next one is asked, so a lost turn shows as a question asked twice and a
 * missing one, and a turn sent twice as an extra reply.
 */
async function burst(first: Conversation, on: Conversation[], concurrent: boolean): Promise<Burst> {
  await first.join();
  await on[on.length - 1].say('Yes, before then');
  const turn = (i: number) => on[i % on.length].say('Not sure').then(messages);
  const failures: string[] = [];
  let replies: string[] = [];
  if (concurrent) {
    const settled = await Promise.allSettled(Array.from({ length: BURST }, (_, i) => turn(i)));
    for (const s of settled) {
      if (s.status === 'fulfilled') replies.push(s.value);
      else failures.push(String(s.reason));
    }
  } else {
    for (let i = 0; i < BURST; i++) replies.push(await turn(i));
  }
  const summary = messages(await first.say('what did I say'));
  replies = replies.sort();
  return { replies, summary, failures };
}
