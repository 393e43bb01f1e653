/**
 * The same conversations on Teams, Slack, Web Chat and a channel the bot doesn't know, over
 * HTTP against the real built bot: each step sends exactly what that channel sends for a
 * click (or the typed number), so a button that a channel can't click fails the journey.
 */
import { startBot, type BotProcess } from '../support/bot-process';
import { ChannelUser } from '../support/channel-user';
import { journeys } from './journeys';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

describe.each(['msteams', 'slack', 'webchat', 'telegramish'])('on %s, clicking what the channel offers', (channelId) => {
  it.each(journeys.map((j) => [j.name, j] as const))('%s', async (_name, journey) => {
    await journey.run(new ChannelUser(bot.url, channelId));
  });
});
