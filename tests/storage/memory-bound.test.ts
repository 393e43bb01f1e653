/**
 * STORAGE=memory keeps at most MEMORY_MAX_CONVERSATIONS conversations: past it the least
 * recently used are forgotten (not the one in use), with a log line when that starts.
 * Before, memory grew with every conversation ever started (100,000: 300 MB).
 */
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { createLogger } from '../../src/bot/logger';
import { LogSink } from '../../src/bot/log-sink';
import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';
import { Writable } from 'stream';

describe('ExpiringMemoryStorage with maxConversations', () => {
  it('forgets the least recently written first, and says so once when it starts', async () => {
    const lines: string[] = [];
    const out = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const sink = new LogSink(out);
    let now = 0;
    const s = new ExpiringMemoryStorage(3600_000, () => now, { maxConversations: 3, logger: createLogger('info', sink) });
    for (const k of ['a', 'b', 'c']) await s.create(k, { n: k });
    const { a } = await s.read(['a']);
    await s.write({ a: { ...a, n: 'a2' } }); // a is now the most recently used
    await s.create('d', { n: 'd' });
    await s.create('e', { n: 'e' });
    expect(s.size).toBe(3);
    expect(Object.keys(await s.read(['a', 'b', 'c', 'd', 'e'])).sort()).toEqual(['a', 'd', 'e']);
    expect(s.evictions).toBe(2);
    sink.flush();
    const full = lines.join('').split('\n').filter((l) => l.includes('memory storage full'));
    expect(full).toHaveLength(1);
    expect(JSON.parse(full[0])).toMatchObject({ level: 40, maxConversations: 3 });
    now += 2 * 3600_000 - 1; // records expire after an hour: the sweep frees room, no eviction
    await s.create('f', { n: 'f' });
    expect(s.evictions).toBe(2);
  });
});

describe('over HTTP with MEMORY_MAX_CONVERSATIONS=5', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot({ MEMORY_MAX_CONVERSATIONS: '5' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('a sixth conversation makes the bot forget the one idle longest, not the others', async () => {
    const people = Array.from({ length: 6 }, () => conversation(bot.url, 'webchat'));
    for (const p of people.slice(0, 5)) {
      await p.join();
      await p.say('Yes, before then');
    }
    await people[0].say('what did I say'); // person 0 is active again: person 1 is now the oldest
    await people[5].join();
    // The others go on where they were; person 1 was forgotten, and is welcomed again.
    for (const p of [people[0], people[2], people[3], people[4]]) {
      expect(readable(await p.say('On several computers, phones or tablets'))).toMatch(/Does your email program work with IMAP\?/);
    }
    expect(readable(await people[1].say('On several computers, phones or tablets'))).toMatch(/help you choose between POP and IMAP/);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.output()).toMatch(/"maxConversations":5,"msg":"memory storage full: the least recently used conversations are being forgotten/);
  });
});
