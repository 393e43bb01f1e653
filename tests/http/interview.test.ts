import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, offered, readable } from '../support/direct-client';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

describe('a whole interview over HTTP (deliveryMode expectReplies)', () => {
  it('welcomes on join, asks, and recommends IMAP for several devices', async () => {
    const c = conversation(bot.url);
    const welcome = await c.join();
    expect(readable(welcome)).toMatch(/help you choose between POP and IMAP/);
    expect(offered(welcome)).toEqual(['Yes, before then', 'No, on or after then', 'Not sure']);

    const q1 = await c.say('Yes, before then');
    expect(readable(q1)).toMatch(/Where do you read your email\?/);
    const q2 = await c.say('On several computers, phones or tablets');
    expect(readable(q2)).toMatch(/Does your email program work with IMAP\?/);
    const advice = await c.say('yep');
    const text = readable(advice);
    expect(text).toMatch(/I recommend IMAP/);
    expect(text).toMatch(/in sync/);
    expect(text).toMatch(/storage limit/);
    expect(offered(advice)).toEqual(['How do I set it up?', 'Submit a request', 'Change an answer', 'Start over', 'Done']);

    const setup = readable(await c.say('How do I set it up?'));
    expect(setup).toMatch(/imap\.livebooks\.com`?, port 993/);
    expect(setup).toMatch(/port 465/);
  });

  it('applies the hard rule: a program without IMAP gets POP', async () => {
    const c = conversation(bot.url);
    await c.say('hello');
    await c.say('before');
    await c.say('3'); // several devices (the third answer)
    const advice = readable(await c.say('no, it does not'));
    expect(advice).toMatch(/I recommend POP/);
    expect(advice).toMatch(/other devices/);
  });
});
