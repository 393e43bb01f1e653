/**
 * The outcomes over HTTP, from the real bot process: whole conversations posted to
 * /api/messages, the sessions ended by the sweep once idle (SESSION_IDLE_MINUTES) or by the
 * shutdown, each one a JSON line in OUTCOMES_FILE with no text and no ids.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { conversation, readable } from '../support/direct-client';
import { startBot, type BotProcess } from '../support/bot-process';

let bot: BotProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'outcomes-'));
const file = join(dir, 'outcomes.jsonl');

afterAll(async () => {
  await bot?.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) : []);

async function until<T>(what: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = what();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('outcomes over HTTP into OUTCOMES_FILE', () => {
  it('writes one line per session once it is idle, with the outcome a support team reads and nothing personal', async () => {
    // 0.02 minutes: a session ends after 1.2 s without a message.
    bot = await startBot({ OUTCOMES_FILE: file, SESSION_IDLE_MINUTES: '0.02' });
    const resolved = conversation(bot.url, 'webchat', { userId: 'user-ada-lovelace' });
    await resolved.join();
    await resolved.say('Yes, before then');
    await resolved.say('My name is Ada and I read mail on several computers, phones or tablets');
    expect(readable(await resolved.say('Yes, it works with IMAP'))).toMatch(/I recommend IMAP/);
    await resolved.say('Done');
    await resolved.say('Yes');
    expect(readable(await resolved.say('5'))).toMatch(/Thanks for rating this chat/);

    const escalated = conversation(bot.url, 'msteams');
    await escalated.say('hi');
    expect(readable(await escalated.say('I want to talk to a human'))).toMatch(/support team/);

    const unengaged = conversation(bot.url, 'webchat');
    await unengaged.join();

    const implied = conversation(bot.url, 'slack');
    await implied.say('hello');
    await implied.say('Yes, before then');
    await implied.say('On one computer only');
    await implied.say('No');
    expect(readable(await implied.say('I make my own backups'))).toMatch(/I recommend POP/);

    const tooNew = conversation(bot.url, 'webchat');
    await tooNew.join();
    expect(readable(await tooNew.say('No, on or after then'))).toMatch(/doesn't apply to yours/);

    const written = await until(() => (lines().length >= 5 ? lines() : undefined));
    expect(written).toHaveLength(5);
    expect(written).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'conversationOutcome', outcome: 'resolved', resolution: 'confirmed', satisfaction: 5, channel: 'webchat', protocol: 'IMAP', endedBy: 'idle' }),
      expect.objectContaining({ name: 'conversationOutcome', outcome: 'escalated', channel: 'msteams' }),
      expect.objectContaining({ name: 'conversationOutcome', outcome: 'unengaged', channel: 'webchat' }),
      expect.objectContaining({ name: 'conversationOutcome', outcome: 'resolved', resolution: 'implied', protocol: 'POP', channel: 'slack' }),
      expect.objectContaining({ name: 'conversationOutcome', outcome: 'notEligible', channel: 'webchat' }),
    ]));
    for (const l of written) expect(Date.parse(String(l.time))).toBeGreaterThan(Date.now() - 60_000);
    const text = readFileSync(file, 'utf8');
    for (const secret of [resolved.id, escalated.id, unengaged.id, implied.id, tooNew.id, 'user-ada-lovelace', 'Ada', 'human', 'Test user']) expect(text).not.toContain(secret);
  });

  it('counts the sessions still running when the process stops (the state was in memory)', async () => {
    await bot?.stop('SIGKILL');
    rmSync(file, { force: true });
    bot = await startBot({ OUTCOMES_FILE: file, SESSION_IDLE_MINUTES: '30' });
    const c = conversation(bot.url, 'webchat');
    await c.join();
    await c.say('Yes, before then');
    expect(lines()).toEqual([]);
    expect(await bot.stop('SIGTERM')).toBe(0);
    expect(lines()).toEqual([expect.objectContaining({ outcome: 'abandoned', dropOff: 'devices', endedBy: 'shutdown' })]);
  });
});
