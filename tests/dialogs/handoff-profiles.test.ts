/**
 * "Talk to a person" by hand-off profile: the words say a summary was passed on only where
 * something really went out. The Bot Framework event carries the summary and the transcript;
 * Omnichannel gets its escalation tags; the link profile, Teams and Slack get the form only.
 */
import type { Activity } from 'botbuilder';
import { readable } from '../support/direct-client';
import { inProcessBot } from '../support/in-process';
import type { HandoffProfile } from '../../src/bot/support-bot';

async function requestAfterAdvice(profile: HandoffProfile, channelId = 'webchat') {
  const bot = inProcessBot(undefined, { handoffProfile: profile });
  const chat = bot.chat({ channelId });
  const before = [
    ...(await chat.join()),
    ...(await chat.say('Yes, before then')),
    ...(await chat.say('On several computers, phones or tablets')),
    ...(await chat.say('Yes, it works with IMAP')),
  ];
  return { before, replies: await chat.say('I want to talk to a person') };
}

describe('hand-off profiles', () => {
  it('directline: a handoff.initiate event with the summary and the transcript of the chat so far', async () => {
    const { before, replies } = await requestAfterAdvice('directline');
    expect(readable(replies)).toMatch(/passed on a summary/);
    const event = replies.find((a) => a.type === 'event') as Activity;
    expect(event.name).toBe('handoff.initiate');
    expect((event.value as { summary: string }).summary).toMatch(/Bot recommendation: IMAP/);
    const attachment = event.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.activity.transcript');
    const transcript = (attachment?.content as { activities: Array<{ type: string; text?: string; from: { role: string } }> }).activities;
    const said = transcript.filter((a) => a.from.role === 'user').map((a) => a.text);
    expect(said).toEqual(['Yes, before then', 'On several computers, phones or tablets', 'Yes, it works with IMAP', 'I want to talk to a person']);
    // Everything the bot showed before the request, in order, then the request card.
    const botMessages = before.filter((a) => a.type === 'message').length;
    expect(transcript.filter((a) => a.from.role === 'bot')).toHaveLength(botMessages + replies.filter((a) => a.type === 'message').length);
  });

  it('omnichannel: the escalation message with channelData.tags of type Escalate and the context', async () => {
    const { replies } = await requestAfterAdvice('omnichannel');
    expect(replies.some((a) => a.type === 'event')).toBe(false);
    const escalation = replies.find((a) => (a.channelData as { tags?: string } | undefined)?.tags) as Activity;
    const tags = JSON.parse((escalation.channelData as { tags: string }).tags);
    expect(tags).toEqual({ type: 'Escalate', context: expect.objectContaining({ recommendation: 'IMAP', devices: 'severalDevices', program: 'yes', summary: expect.stringMatching(/Where you read email/) }) });
    expect(readable(replies)).toMatch(/passed on a summary/);
  });

  it.each([
    ['link', 'webchat'],
    ['directline', 'msteams'],
    ['directline', 'slack'],
  ] as const)('%s on %s: the request form only, and no word of a summary passed on', async (profile, channelId) => {
    const { replies } = await requestAfterAdvice(profile, channelId);
    expect(replies.some((a) => a.type === 'event' || (a.channelData as { tags?: string } | undefined)?.tags)).toBe(false);
    expect(readable(replies)).toMatch(/requests\/new/);
    expect(readable(replies)).not.toMatch(/passed on/);
  });
});
