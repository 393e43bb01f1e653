import { readable } from '../support/direct-client';
import { inProcessChat } from '../support/in-process';
import { scripts } from './scripts';
import { typedScripts } from './typed-scripts';
import { languageScripts } from './language-scripts';

describe.each([...scripts, ...typedScripts, ...languageScripts])('transcript: $name', ({ steps }) => {
  it('replies as scripted', async () => {
    const chat = inProcessChat();
    for (const step of steps) {
      const said = readable(await chat.say(step.say));
      for (const re of step.expect) expect({ say: step.say, replies: said }).toEqual({ say: step.say, replies: expect.stringMatching(re) });
      for (const re of step.reject ?? []) expect({ say: step.say, replies: said }).toEqual({ say: step.say, replies: expect.not.stringMatching(re) });
    }
  });
});
