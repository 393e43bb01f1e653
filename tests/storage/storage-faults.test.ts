/**
 * Storage that fails for a while, in process: the person gets the short apology, nothing
 * saved before is lost, and the conversation goes on once storage answers again.
 */
import type { StoreItem, StoreItems } from 'botbuilder';
import type { ConditionalStorage } from '../../src/bot/state/conditional-storage';
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { english } from '../support/words';
import { inProcessBot } from '../support/in-process';

/** A storage that can be switched off, failing like an unreachable service. */
function switchable(inner: ConditionalStorage): ConditionalStorage & { down: boolean } {
  const s = {
    down: false,
    check() {
      if (s.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' });
    },
    read: async (keys: string[]) => (s.check(), inner.read(keys)),
    write: async (changes: StoreItems) => (s.check(), inner.write(changes)),
    delete: async (keys: string[]) => (s.check(), inner.delete(keys)),
    create: async (key: string, item: StoreItem) => (s.check(), inner.create(key, item)),
  };
  return s;
}

it('apologises while storage is down, then goes on from where the conversation was', async () => {
  const storage = switchable(new ExpiringMemoryStorage(24 * 3600_000));
  const bot = inProcessBot(storage);
  await bot.say('c1', 'hi');
  expect((await bot.say('c1', 'Yes, before then')).join('\n')).toMatch(/Where do you read your email\?/);

  storage.down = true;
  expect(await bot.say('c1', 'On several computers, phones or tablets')).toEqual([english.t('sorry')]);
  expect(await bot.say('c1', 'On several computers, phones or tablets')).toEqual([english.t('sorry')]);

  storage.down = false;
  expect((await bot.say('c1', 'On several computers, phones or tablets')).join('\n')).toMatch(/Does your email program work with IMAP\?/);
  const summary = (await bot.say('c1', 'what did I say')).join('\n');
  expect(summary).toMatch(/Account created before 6 August 2015: Yes/);
  expect(summary).toMatch(/Where you read email: On several computers/);
});

/** A write that lands but whose answer is lost (a timeout after the storage took it). */
function losesAnswers(inner: ConditionalStorage): ConditionalStorage & { lose: boolean } {
  const fail = () => Promise.reject(Object.assign(new Error('write timed out'), { code: 'ETIMEDOUT' }));
  const s = {
    lose: false,
    read: (keys: string[]) => inner.read(keys),
    write: async (changes: StoreItems) => (await inner.write(changes), s.lose ? fail() : undefined),
    delete: (keys: string[]) => inner.delete(keys),
    create: async (key: string, item: StoreItem) => (await inner.create(key, item), s.lose ? fail() : undefined),
  };
  return s;
}

it('answers a turn whose write timed out but landed, instead of apologising (a retry would answer the next question)', async () => {
  const storage = losesAnswers(new ExpiringMemoryStorage(24 * 3600_000));
  const bot = inProcessBot(storage);
  await bot.say('c2', 'hi');
  storage.lose = true;
  const replies = (await bot.say('c2', 'Yes, before then')).join('\n');
  expect(replies).toMatch(/Where do you read your email\?/);
  expect(replies).not.toMatch(/couldn't save that/);
  storage.lose = false;
  expect((await bot.say('c2', 'what did I say')).join('\n')).toMatch(/Account created before 6 August 2015: Yes/);
});
