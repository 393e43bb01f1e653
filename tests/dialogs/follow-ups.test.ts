import type { Activity } from 'botbuilder';
import { readable } from '../support/direct-client';
import { inProcessBot, inProcessChat } from '../support/in-process';

async function advised(channel = 'webchat') {
  const chat = inProcessChat(channel);
  await chat.say('hi');
  await chat.say('yes');
  await chat.say('On several computers, phones or tablets');
  await chat.say('yes');
  return chat;
}

describe('after the recommendation', () => {
  it('hands off to a person with the request link and an event carrying a summary of the answers', async () => {
    const chat = await advised();
    const replies = await chat.say('Submit a request');
    const event = replies.find((a) => a.type === 'event') as Activity;
    expect(event.name).toBe('handoff.initiate');
    const value = event.value as { summary: string; answers: Record<string, string>; recommendation: string };
    expect(value.answers).toEqual({ devices: 'severalDevices', program: 'yes' });
    expect(value.recommendation).toBe('IMAP');
    expect(value.summary).toMatch(/Where you read email: On several computers, phones or tablets/);
    expect(value.summary).toMatch(/Bot recommendation: IMAP/);
    expect(JSON.stringify(replies)).toMatch(/requests\/new/);
    expect(chat.events.map((e) => e.name)).toContain('handoff');
  });

  it('records "Did this help?" as a telemetry event with the outcome', async () => {
    const chat = await advised();
    await chat.say('Done');
    await chat.say('no');
    expect(chat.events).toContainEqual({ name: 'feedback', properties: { helpful: false, protocol: 'IMAP' } });
    expect(chat.events).toContainEqual({ name: 'recommendation', properties: { protocol: 'IMAP', questions: 2, changed: false } });
  });

  it('"what is it?" after the advice asks about the protocol advised, in every language', async () => {
    const imap = await advised();
    expect(readable(await imap.say('what is it?'))).toMatch(/IMAP\*\* keeps your mail on the liveBooks email server/);
    // POP advised: one computer, happy with POP, own backups.
    const pop = inProcessChat();
    for (const m of ['hi', 'yes', 'On one computer only', "Yes, and I'm happy with it", 'I make my own backups']) await pop.say(m);
    expect(readable(await pop.say("what's that?"))).toMatch(/POP(\*\*)? downloads your mail into one email program/);
    const de = inProcessBot().chat({ channelId: 'webchat', locale: 'de-DE' });
    for (const m of ['hallo', 'ja', 'Auf mehreren Computern, Handys oder Tablets', 'ja']) await de.say(m);
    expect(readable(await de.say('was ist das?'))).toMatch(/IMAP\*\* /);
  });

  it('"what do you mean?" at a question explains how to answer it, records nothing, and asks it again', async () => {
    const chat = inProcessChat();
    for (const m of ['hi', 'yes', 'On one computer only', 'No']) await chat.say(m);
    const replies = readable(await chat.say('what do you mean?'));
    expect(replies).toMatch(/If you back up your computer regularly/);
    expect(replies).toMatch(/Who should keep your email backed up\?/);
    const summary = readable(await chat.say('what did I say'));
    expect(summary).toMatch(/POP today: No/);
    expect(summary).not.toMatch(/Backups?:/i);
    expect(summary).toMatch(/Who should keep your email backed up\?/); // still the question on screen
  });

  it('understands the number of a follow-up on a channel without buttons', async () => {
    const chat = await advised('some-new-channel');
    const setup = JSON.stringify(await chat.say('1'));
    expect(setup).toMatch(/imap\.livebooks\.com`?, port 993/);
    const request = JSON.stringify(await chat.say('1')); // the setup card's first follow-up is "Submit a request"
    expect(request).toMatch(/requests\/new/);
  });

  it('welcomes once per conversation: joining and then writing does not repeat the welcome', async () => {
    // Web Chat welcomes on join (Teams' personal chats start from a prompt starter instead: tests/channels/teams-scopes).
    const chat = inProcessChat('webchat');
    const joined = JSON.stringify(await chat.join());
    expect(joined).toMatch(/help you choose between POP and IMAP/);
    const first = JSON.stringify(await chat.say('hi'));
    expect(first).not.toMatch(/help you choose between POP and IMAP/);
    expect(first).toMatch(/Hi there!/);
    expect(first).not.toMatch(/didn't catch that/);
    expect(JSON.stringify(await chat.join())).toBe('[]');
  });
});

describe('back', () => {
  it('forgets each answer it goes back over: back twice, then "what did I say" shows neither', async () => {
    const chat = inProcessChat();
    await chat.say('hi');
    await chat.say('yes');
    await chat.say('just my laptop');
    await chat.say('yes and I leave copies on the server');
    const before = readable(await chat.say('what did I say'));
    expect(before).toMatch(/Where you read email: On one computer only/);
    expect(before).toMatch(/POP today: Yes, and I leave copies/);
    await chat.say('back');
    await chat.say('back');
    const after = readable(await chat.say('what did I say'));
    expect(after).not.toMatch(/Where you read email/);
    expect(after).not.toMatch(/POP today/);
    expect(after).toMatch(/Account created before 6 August 2015: Yes/);
  });
});
