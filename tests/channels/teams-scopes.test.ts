/**
 * Teams over HTTP against the real built bot: group chats and channels (answer only when
 * @mentioned, read past the mention) and what installing the app says in each scope.
 * Activity shapes follow Microsoft's "Conversation events in your Teams bot" examples.
 */
import type { Activity, ChannelAccount } from 'botbuilder';
import { startBot, type BotProcess } from '../support/bot-process';
import { conversation } from '../support/direct-client';
import { botScopes, promptStarters } from '../support/teams-manifest';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

/** The bot as the direct client addresses it (the activity's recipient). */
const BOT: ChannelAccount = { id: 'bot', name: 'Support bot' };
const PERSON: ChannelAccount = { id: 'person-1', name: 'Pat' };
const atBot = { type: 'mention', text: '<at>Support bot</at>', mentioned: BOT };

function teams(scope: 'personal' | 'groupChat' | 'channel') {
  const c = conversation(bot.url, 'msteams');
  const conv = { id: c.id, conversationType: scope, ...(scope === 'personal' ? {} : { isGroup: true }) };
  const send = (a: Partial<Activity>) => c.send({ ...a, conversation: conv } as Partial<Activity>);
  return {
    say: (text: string, entities: object[] = []) => send({ type: 'message', text, entities } as Partial<Activity>),
    added: (...membersAdded: ChannelAccount[]) => send({ type: 'conversationUpdate', membersAdded }),
    installed: () => send({ type: 'installationUpdate', action: 'add' }),
  };
}

const texts = (replies: Activity[]) => replies.map((a) => a.text ?? JSON.stringify(a.attachments)).join('\n');

describe.each(['groupChat', 'channel'] as const)('Teams %s', (scope) => {
  it('ignores a message that does not mention the bot', async () => {
    const chat = teams(scope);
    expect(await chat.say('help')).toEqual([]);
    expect(await chat.say('<at>Sam</at> help', [{ type: 'mention', text: '<at>Sam</at>', mentioned: { id: 'sam' } }])).toEqual([]);
  });

  it('answers a message that mentions the bot, reading it without the mention', async () => {
    const chat = teams(scope);
    expect(texts(await chat.say('<at>Support bot</at> hi', [atBot]))).toMatch(/help you choose between POP and IMAP/);
    // Unstripped, "<at>Support bot</at> help" would not be the help command.
    expect(texts(await chat.say('<at>Support bot</at> help', [atBot]))).toMatch(/You can also say/);
    expect(texts(await chat.say('<at>Support bot</at> 1', [atBot]))).toMatch(/Where do you read your email\?/);
  });

  it('introduces itself once when added, asking to be mentioned, and is quiet when people join', async () => {
    const chat = teams(scope);
    const intro = await chat.added(BOT);
    expect(intro).toHaveLength(1);
    expect(intro[0].text).toMatch(/mention me \(@Support bot\)/);
    expect(intro[0].attachments ?? []).toEqual([]);
    expect(await chat.added(BOT)).toEqual([]);
    expect(await chat.added(PERSON)).toEqual([]);
    expect(await chat.installed()).toEqual([]);
  });
});

describe('Teams personal chat: prompt starters, not a welcome (Teams asks for one or the other)', () => {
  it('sends nothing on install, however Teams announces it', async () => {
    const chat = teams('personal');
    expect(await chat.added(BOT)).toEqual([]);
    expect(await chat.added(BOT, PERSON)).toEqual([]);
    expect(await chat.installed()).toEqual([]);
  });

  it('welcomes the person and asks the first question when they pick the first prompt starter', async () => {
    const chat = teams('personal');
    await chat.installed();
    const [starter] = promptStarters('personal');
    const welcome = await chat.say(starter);
    expect(texts(welcome)).toMatch(/help you choose between POP and IMAP/);
    expect(texts(welcome)).toMatch(/did you create your liveBooks account/);
    expect(await chat.added(BOT, PERSON)).toEqual([]);
  });

  it.each(promptStarters('personal'))('answers the prompt starter "%s" as a first message', async (starter) => {
    expect(texts(await teams('personal').say(starter))).toMatch(/help you choose between POP and IMAP/);
  });

  it('declares prompt starters exactly in the scopes where it sends no intro', async () => {
    const intro = { personal: false, groupChat: true, team: true };
    for (const scope of botScopes() as Array<keyof typeof intro>) {
      expect({ scope, promptStarters: promptStarters(scope).length > 0 }).toEqual({ scope, promptStarters: !intro[scope] });
    }
  });
});

describe('Web Chat', () => {
  it('welcomes when the person joins, not when only the bot does', async () => {
    const c = conversation(bot.url, 'webchat');
    expect(await c.send({ type: 'conversationUpdate', membersAdded: [BOT] })).toEqual([]);
    expect(texts(await c.send({ type: 'conversationUpdate', membersAdded: [PERSON] }))).toMatch(/help you choose/);
    expect(await c.send({ type: 'conversationUpdate', membersAdded: [PERSON] })).toEqual([]);
  });
});
