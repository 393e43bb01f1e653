/**
 * Every session ends with one outcome the support team counts: resolved (confirmed or
 * implied), escalated, abandoned, unengaged, not eligible. Whole conversations through the
 * real bot (in process, a clock the test moves); the events hold ids and counts, no words.
 */
import { inProcessBot } from '../support/in-process';
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { settingsFrom } from '../support/in-process';

const MIN = 60_000;

function setUp() {
  let now = Date.parse('2026-12-01T10:00:00Z');
  const bot = inProcessBot(new ExpiringMemoryStorage(24 * 60 * MIN), { now: () => now, settings: settingsFrom({ SESSION_IDLE_MINUTES: '30' }) });
  const outcomes = () => bot.events.filter((e) => e.name === 'conversationOutcome').map((e) => e.properties);
  const later = (minutes: number) => (now += minutes * MIN);
  return { bot, outcomes, later };
}

async function toAdvice(chat: { join(): Promise<unknown>; say(t: string): Promise<unknown> }) {
  await chat.join();
  await chat.say('Yes, before then');
  await chat.say('On several computers, phones or tablets');
  await chat.say('Yes, it works with IMAP');
}

describe('the outcome of each session', () => {
  it('resolved, confirmed: "Done", "Yes" and a rating of 4 after the advice', async () => {
    const { bot, outcomes, later } = setUp();
    const chat = bot.chat({ channelId: 'webchat', conversationId: 'conv-confirmed' });
    await toAdvice(chat);
    await chat.say('Done');
    const yes = await chat.say('Yes');
    expect(JSON.stringify(yes)).toMatch(/how would you rate this chat/);
    const rated = await chat.say('4');
    expect(JSON.stringify(rated)).toMatch(/Thanks for rating this chat/);
    later(29);
    expect(await bot.pipeline.sweep('idle')).toBe(0); // not idle yet
    later(2);
    expect(await bot.pipeline.sweep('idle')).toBe(1);
    expect(outcomes()).toEqual([
      expect.objectContaining({ outcome: 'resolved', resolution: 'confirmed', satisfaction: 4, protocol: 'IMAP', helpful: true, channel: 'webchat', language: 'en', questionsAsked: 3, answered: 3, asked: 'eligibility,devices,program', endedBy: 'idle' }),
    ]);
    expect(await bot.pipeline.sweep('idle')).toBe(0); // counted once
  });

  it('resolved, implied: saw the advice, asked for nobody, left', async () => {
    const { bot, outcomes, later } = setUp();
    await toAdvice(bot.chat({ channelId: 'webchat' }));
    later(31);
    await bot.pipeline.sweep('idle');
    expect(outcomes()).toEqual([expect.objectContaining({ outcome: 'resolved', resolution: 'implied', protocol: 'IMAP' })]);
    expect(outcomes()[0]).not.toHaveProperty('satisfaction');
  });

  it('escalated: asked for a person in the middle of the questions', async () => {
    const { bot, outcomes, later } = setUp();
    const chat = bot.chat({ channelId: 'msteams' });
    await chat.say('hello');
    await chat.say('Yes, before then');
    await chat.say('can I talk to a person');
    later(31);
    await bot.pipeline.sweep('idle');
    expect(outcomes()).toEqual([expect.objectContaining({ outcome: 'escalated', channel: 'msteams', answered: 1 })]);
  });

  it('abandoned: answered a question, was not understood on the next, left; the drop-off is that question', async () => {
    const { bot, outcomes, later } = setUp();
    const chat = bot.chat({ channelId: 'webchat' });
    await chat.join();
    await chat.say('Yes, before then');
    await chat.say('purple elephants');
    later(31);
    await bot.pipeline.sweep('idle');
    expect(outcomes()).toEqual([
      expect.objectContaining({ outcome: 'abandoned', dropOff: 'devices', lastStep: 'devices', notUnderstood: 1, reAsks: 1, reAsksBy: '{"devices":1}', notUnderstoodBy: '{"devices":1}' }),
    ]);
  });

  it('unengaged: opened the chat and never answered', async () => {
    const { bot, outcomes, later } = setUp();
    await bot.chat({ channelId: 'webchat' }).join();
    later(31);
    await bot.pipeline.sweep('idle');
    expect(outcomes()).toEqual([expect.objectContaining({ outcome: 'unengaged', answered: 0, turns: 0 })]);
  });

  it('not eligible: the account is too new for the advice', async () => {
    const { bot, outcomes, later } = setUp();
    const chat = bot.chat({ channelId: 'webchat', locale: 'es-ES' });
    await chat.join();
    await chat.say('No, después');
    later(31);
    await bot.pipeline.sweep('idle');
    expect(outcomes()).toEqual([expect.objectContaining({ outcome: 'notEligible', language: 'es' })]);
  });

  it('a message after the idle time counts the old session first and starts a new one', async () => {
    const { bot, outcomes, later } = setUp();
    const chat = bot.chat({ channelId: 'webchat' });
    await toAdvice(chat);
    later(45);
    await chat.say('hi again');
    expect(outcomes()).toEqual([expect.objectContaining({ outcome: 'resolved', resolution: 'implied', endedBy: 'idle' })]);
    await chat.say('talk to a person');
    await bot.pipeline.close(); // shutdown with the state in memory: the running session is counted too
    expect(outcomes()[1]).toEqual(expect.objectContaining({ outcome: 'escalated', endedBy: 'shutdown' }));
  });

  it('puts no message text, names or ids in any event', async () => {
    const { bot, later } = setUp();
    const chat = bot.chat({ channelId: 'webchat', conversationId: 'conv-secret-42' });
    await chat.join();
    await chat.say('Yes, before then, my name is Zelda Quixote');
    await chat.say('purple elephants at zelda@example.com');
    await chat.say('On several computers, phones or tablets');
    await chat.say('talk to a person');
    later(31);
    await bot.pipeline.sweep('idle');
    const all = JSON.stringify(bot.events);
    expect(bot.events.some((e) => e.name === 'conversationOutcome')).toBe(true);
    for (const secret of ['conv-secret-42', 'user-conv-secret-42', 'Person', 'Zelda', 'Quixote', 'elephants', 'example.com']) expect(all).not.toContain(secret);
  });
});

describe('a hand-off the hub never closes', () => {
  it('leaves the bot quiet while a person has the chat, and gives it back once the session has been idle', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const bot = inProcessBot(undefined, { now: () => now, handoffProfile: 'directline', settings: settingsFrom({ SESSION_IDLE_MINUTES: '30' }) });
    const chat = bot.chat({ channelId: 'webchat' });
    await chat.join();
    await chat.say('talk to a person');
    const accepted = await chat.event('handoff.status', { state: 'accepted' });
    expect(JSON.stringify(accepted)).toMatch(/has joined the chat/);
    expect(await chat.say('hello?')).toEqual([]);
    now += 31 * MIN;
    expect(JSON.stringify(await chat.say('hello again'))).toMatch(/help you choose between POP and IMAP|Hi/);
    expect(bot.events.filter((e) => e.name === 'conversationOutcome')).toEqual([expect.objectContaining({ properties: expect.objectContaining({ outcome: 'escalated', lastStep: 'withPerson' }) })]);
  });
});

describe('sessions across instances sharing storage', () => {
  it('counts a session once, when it is idle in the stored state, whichever instance sweeps', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const storage = new ExpiringMemoryStorage(24 * 60 * MIN);
    const options = { now: () => now, settings: settingsFrom({ SESSION_IDLE_MINUTES: '30' }) };
    const a = inProcessBot(storage, options);
    const b = inProcessBot(storage, options);
    const count = () => [...a.events, ...b.events].filter((e) => e.name === 'conversationOutcome').length;
    await a.chat({ channelId: 'webchat', conversationId: 'shared' }).join();
    now += 20 * MIN;
    await b.chat({ channelId: 'webchat', conversationId: 'shared' }).say('Yes, before then');
    now += 11 * MIN; // idle for instance A's last turn, not for the conversation
    expect(await a.pipeline.sweep('idle')).toBe(0);
    expect(count()).toBe(0);
    now += 20 * MIN;
    expect(await b.pipeline.sweep('idle')).toBe(1);
    expect(await a.pipeline.sweep('idle')).toBe(0);
    expect([...a.events, ...b.events].filter((e) => e.name === 'conversationOutcome')).toEqual([expect.objectContaining({ properties: expect.objectContaining({ outcome: 'abandoned', turns: 1 }) })]);
  });
});
