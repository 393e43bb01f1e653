/**
 * State written by earlier versions (kept up to STATE_TTL_HOURS) still loads: the version that
 * kept the interview on a botbuilder dialog stack, and anything broken starts afresh, never a crash.
 */
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { conversationKey } from '../../src/bot/state/conversation-store';
import { restoreState } from '../../src/dialogs/conversation-state';
import { inProcessBot } from '../support/in-process';

/** A record as the dialog-stack version wrote it: at "Does your email program work with IMAP?". */
const dialogStackRecord = {
  welcomed: true,
  dialog: {
    dialogStack: [{ id: 'interview', state: { s: { phase: 'interview', age: 'before', answers: { devices: 'oneComputer' }, history: ['devices'], asking: 'program', misses: 0, menu: undefined } } }],
  },
  seen: ['1x2y3z'],
  at: Date.now(),
};

describe('stored state from earlier versions', () => {
  it('continues a conversation stored on the dialog stack, where it was', async () => {
    const storage = new ExpiringMemoryStorage(3_600_000);
    await storage.write({ [conversationKey('test', 'old-1')]: dialogStackRecord });
    const bot = inProcessBot(storage);
    const replies = await bot.say('old-1', 'yes');
    expect(replies.join('\n')).toMatch(/Do you use POP today\?/);
    expect((await bot.say('old-1', 'what did I say')).join('\n')).toMatch(/Where you read email: On one computer only[\s\S]*Your program and IMAP: Yes/);
  });

  it('starts afresh, without a second welcome, from a record it cannot read', async () => {
    const storage = new ExpiringMemoryStorage(3_600_000);
    const broken = [
      { welcomed: true, dialog: { dialogStack: [{ id: 'interview', state: { s: { phase: 'flying', answers: 'x' } } }] } },
      { welcomed: true, dialog: { dialogStack: 'nonsense' } },
      { conversation: { phase: 'interview', answers: { devices: 'teleport' }, history: [] }, welcomed: true },
      { conversation: null },
    ];
    for (const [i, record] of broken.entries()) await storage.write({ [conversationKey('test', `broken-${i}`)]: record });
    const bot = inProcessBot(storage);
    for (let i = 0; i < broken.length; i++) {
      const said = (await bot.say(`broken-${i}`, 'hello')).join('\n');
      expect(said).toMatch(/did you create your liveBooks account before 6 August 2015\?/);
      if (i < 3) expect(said).not.toMatch(/help you choose between POP and IMAP/); // welcomed before: not again
      expect(bot.outcomes[bot.outcomes.length - 1]).toBe('ok');
    }
  });

  it('keeps only what fits: unknown answers, phases and oversized menus are dropped', () => {
    expect(restoreState({ conversation: { phase: 'advised', answers: { devices: 'webmail' }, history: ['devices', 'nope'], misses: -3, advised: 'SMTP', offered: ['c:setup'] } })).toEqual({
      phase: 'advised', welcomed: false, answers: { devices: 'webmail' }, history: ['devices'], misses: 0, offered: ['c:setup'],
    });
    expect(restoreState(undefined)).toMatchObject({ phase: 'idle', answers: {} });
  });
});
