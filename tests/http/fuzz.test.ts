import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';
import { seeded } from '../support/seeded-random';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot({ LOG_LEVEL: 'silent' });
});
afterAll(async () => {
  await bot.stop();
});


const weird = [null, 0, -1, 1e308, '', ' ', '💥', 'x'.repeat(3000), [], {}, [{}], { id: null }, true, '<at>bot</at>', { id: 'x', text: {} }];
// deliveryMode and serviceUrl stay valid: replies to an unreachable connector are tested elsewhere.
const fields = ['type', 'channelId', 'conversation', 'from', 'recipient', 'text', 'value', 'attachments', 'entities', 'membersAdded', 'membersRemoved', 'timestamp', 'locale', 'channelData', 'replyToId', 'suggestedActions'];

describe('odd activities over HTTP', () => {
  it('never get a 5xx, and the bot stays healthy and keeps its conversations', async () => {
    const person = conversation(bot.url);
    await person.say('hi');
    expect(readable(await person.say('yes'))).toMatch(/Where do you read your email\?/);
    const rand = seeded(42);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 400; i++) {
      const activity: Record<string, unknown> = {
        type: pick(['message', 'message', 'conversationUpdate', 'event', 'invoke']),
        channelId: pick(['webchat', 'msteams', 'slack', 'odd']),
        conversation: { id: `fuzz-${i % 7}`, conversationType: pick(['personal', 'groupChat', 'channel', undefined]) },
        from: { id: 'u' },
        recipient: { id: 'b' },
        serviceUrl: 'http://127.0.0.1:9/',
        deliveryMode: 'expectReplies',
        text: pick(['hi', 'yes', 'help', '1', 'start over']),
      };
      const oddFields = rand() < 0.5 ? 1 : 2;
      for (let k = 0; k < oddFields; k++) activity[pick(fields)] = pick(weird as unknown[]);
      const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const body = await res.text();
      expect(body).not.toMatch(/node_modules|\.js:\d+|TypeError|at Object\./);
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(statuses.get(200)).toBeGreaterThan(40);
    expect(statuses.get(400)).toBeGreaterThan(40);

    // Still healthy, and a normal conversation still works end to end.
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(readable(await person.say('several devices'))).toMatch(/Does your email program work with IMAP\?/);
  });
});
