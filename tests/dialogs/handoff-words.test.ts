/**
 * The request card says a summary was passed on only where a hand-off event carrying it goes
 * out (Web Chat / Direct Line); elsewhere it says what the link does.
 */
import type { Activity } from 'botbuilder';
import { readable } from '../support/direct-client';
import { inProcessChat } from '../support/in-process';

const passedOn = /passed on a summary of your answers/;

async function request(channelId: string): Promise<Activity[]> {
  const chat = inProcessChat(channelId);
  await chat.say('hi');
  return chat.say('can I talk to a person?');
}

describe('hand-off words match what happened', () => {
  it('on Web Chat, where the hand-off event goes out with the summary, says so', async () => {
    const replies = await request('webchat');
    expect(replies.some((a) => a.type === 'event' && a.name === 'handoff.initiate')).toBe(true);
    expect(readable(replies)).toMatch(passedOn);
  });

  it.each(['slack', 'msteams', 'test'])('on %s, where no hand-off event goes out, only offers the link', async (channel) => {
    const replies = await request(channel);
    expect(replies.some((a) => a.type === 'event')).toBe(false);
    expect(readable(replies)).not.toMatch(passedOn);
    expect(readable(replies)).toMatch(/A person on our support team can help/);
  });
});
