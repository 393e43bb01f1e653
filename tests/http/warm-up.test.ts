import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startBot } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';
import { waitFor } from '../support/wait-for';

const warmedLine = (output: string) => output.split('\n').find((l) => l.includes('"msg":"warmed up"'));

describe('warm-up after the start', () => {
  it('plays conversations in the background, says so, and a real turn meanwhile is answered as usual', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warm-up-'));
    const outcomes = join(dir, 'outcomes.jsonl');
    const bot = await startBot({ WARM_UP_CONVERSATIONS: '100', OUTCOMES_FILE: outcomes });
    try {
      // While the warm-up runs (it starts a second after the listen), a customer is answered all the same.
      await waitFor(() => bot.output().includes('"msg":"warming up"'), 10_000, 'the warm-up to start');
      const replies = await conversation(bot.url).say('hi, I read my mail on my phone and my laptop');
      expect(readable(replies)).toMatch(/did you create your liveBooks account before/);
      expect(warmedLine(bot.output())).toBeUndefined();
      await waitFor(() => warmedLine(bot.output()) !== undefined, 20_000, 'the warm-up to finish');
      const line = JSON.parse(warmedLine(bot.output()) as string) as { conversations: number; turns: number };
      expect(line.conversations).toBe(100);
      expect(line.turns).toBeGreaterThan(1000); // whole conversations, in four languages
      // Nothing of the warm-up is counted as a customer's: one turn line, and at the stop one session (the customer's).
      expect(bot.output().split('\n').filter((l) => l.includes('"msg":"turn"'))).toHaveLength(1);
      expect(await bot.stop('SIGTERM')).toBe(0);
      const sessions = readFileSync(outcomes, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { outcome: string; channel: string });
      expect(sessions).toEqual([expect.objectContaining({ outcome: 'abandoned', channel: 'webchat' })]);
    } finally {
      await bot.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a SIGTERM during the warm-up still ends the process promptly', async () => {
    const bot = await startBot({ WARM_UP_CONVERSATIONS: '10000' });
    try {
      await conversation(bot.url).say('hi');
      await waitFor(() => bot.output().includes('"msg":"warming up"'), 10_000, 'the warm-up to start');
      const started = Date.now();
      expect(await bot.stop('SIGTERM')).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(warmedLine(bot.output())).toBeUndefined();
    } finally {
      await bot.stop('SIGKILL');
    }
  });

  it('WARM_UP_CONVERSATIONS=0 turns it off; a value that is not a whole number stops the start naming the variable', async () => {
    const off = await startBot({ WARM_UP_CONVERSATIONS: '0' });
    try {
      await conversation(off.url).say('hi');
      await new Promise((r) => setTimeout(r, 500));
      expect(warmedLine(off.output())).toBeUndefined();
    } finally {
      await off.stop('SIGKILL');
    }
    const bad = await startBot({ WARM_UP_CONVERSATIONS: 'lots' }, { waitHealthy: false });
    const code = await new Promise<number | null>((resolve) => bad.child.once('exit', resolve));
    expect(code).toBe(78);
    expect(bad.output()).toMatch(/WARM_UP_CONVERSATIONS/);
  });
});
