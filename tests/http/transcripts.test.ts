import { scripts } from '../dialogs/scripts';
import { typedScripts } from '../dialogs/typed-scripts';
import { languageScripts } from '../dialogs/language-scripts';
import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';

// The same conversations as tests/dialogs, through the real server as `npm start` runs it.
let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

describe.each([...scripts, ...typedScripts, ...languageScripts])('over HTTP: $name', ({ steps }) => {
  it('replies as scripted', async () => {
    const c = conversation(bot.url, 'test');
    for (const step of steps) {
      const said = readable(await c.say(step.say));
      for (const re of step.expect) expect({ say: step.say, replies: said }).toEqual({ say: step.say, replies: expect.stringMatching(re) });
      for (const re of step.reject ?? []) expect({ say: step.say, replies: said }).toEqual({ say: step.say, replies: expect.not.stringMatching(re) });
    }
  });
});
