/**
 * Channel ids that are names of a plain object's members ("__proto__", "constructor", ...)
 * are unknown channels like any other: the capability lookup must not find the prototype
 * (it did, and the bot sent empty replies).
 */
import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
  'channelId "%s" gets the plain-text interview with numbered answers',
  async (channelId) => {
    const c = conversation(bot.url, channelId);
    const first = readable(await c.say('hi'));
    expect(first).toMatch(/help you choose between POP and IMAP/);
    expect(first).toMatch(/^1\. /m);
    expect(readable(await c.say('1'))).toMatch(/Where do you read your email\?/);
  },
);
