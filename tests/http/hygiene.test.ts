import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

async function send(body: string, init: RequestInit = {}) {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    ...init,
  });
  return { status: res.status, text: await res.text() };
}

const activity = (extra: object) =>
  JSON.stringify({ type: 'message', channelId: 'webchat', conversation: { id: 'h1' }, from: { id: 'u' }, recipient: { id: 'b' }, serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', text: 'hi', ...extra });

/** Nothing a client can learn about our internals. */
function expectNothingInternal(text: string) {
  expect(text).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules|Error:|TypeError|SyntaxError|Unexpected token|validateAndFix|stack/i);
}

describe('HTTP hygiene on /api/messages', () => {
  it.each([
    ['malformed JSON', '{"type": "message",', 400],
    ['an activity without type', JSON.stringify({ channelId: 'webchat', conversation: { id: 'x' } }), 400],
    ['an activity without channelId', JSON.stringify({ type: 'message', conversation: { id: 'x' } }), 400],
    ['an activity without conversation.id', JSON.stringify({ type: 'message', channelId: 'webchat', conversation: {} }), 400],
    ['a JSON array', '[1,2,3]', 400],
    ['a JSON string', '"hello"', 400],
    ['null', 'null', 400],
    ['an empty body', '', 400],
  ])('answers %s with a 400 and a plain message', async (_name, body, status) => {
    const r = await send(body);
    expect(r.status).toBe(status);
    expect(JSON.parse(r.text)).toHaveProperty('error');
    expectNothingInternal(r.text);
  });

  it('answers a body over 256 KB with 413', async () => {
    const r = await send(activity({ text: 'x'.repeat(300 * 1024) }));
    expect(r.status).toBe(413);
    expectNothingInternal(r.text);
  });

  it('accepts a body just under the limit', async () => {
    const r = await send(activity({ text: 'hi', channelData: { padding: 'x'.repeat(200 * 1024) } }));
    expect(r.status).toBe(200);
  });

  it('answers a non-JSON content type with 415', async () => {
    const r = await send('type=message', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(r.status).toBe(415);
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('answers %s with 405', async (method) => {
    const res = await fetch(`${bot.url}/api/messages`, { method });
    expect(res.status).toBe(405);
    expectNothingInternal(await res.text());
  });

  it('answers an unknown path with 404', async () => {
    const res = await fetch(`${bot.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expectNothingInternal(await res.text());
  });

  it.each(['typing', 'endOfConversation', 'messageReaction', 'installationUpdate', 'somethingNew'])(
    'accepts an activity of type %s with 200 and ignores it',
    async (type) => {
      const r = await send(activity({ type, conversation: { id: `ignored-${type}` } }));
      expect(r.status).toBe(200);
      // Ignored: the conversation is untouched, so the first real message is still welcomed.
      const c = conversation(bot.url, 'webchat', { id: `ignored-${type}` });
      expect(readable(await c.say('hi'))).toMatch(/help you choose between POP and IMAP/);
    },
  );

  it('answers a message with no text (an attachment only) kindly, without an error', async () => {
    const c = conversation(bot.url);
    await c.say('hi');
    const replies = await c.say('', { attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] } as never);
    expect(readable(replies)).toMatch(/I can only read text/);
  });

  it('reports health with the version and storage state', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; version: string; storage: boolean };
    expect(body).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), storage: true });
  });
});

describe('a message the channel sends twice (Teams resends after 15 s)', () => {
  it('is answered once: the copy is ignored and does not answer the next question', async () => {
    const c = conversation(bot.url, 'msteams');
    await c.say('hi');
    const first = readable(await c.say('yes', { id: 'resent-1' }));
    expect(first).toMatch(/Where do you read your email\?/);
    const again = await c.say('yes', { id: 'resent-1' });
    expect(again).toEqual([]);
    // Still at the devices question: the copy was not taken as an answer to it.
    expect(readable(await c.say('what did I say'))).not.toMatch(/Where you read email/);
    expect(readable(await c.say('several devices'))).toMatch(/Does your email program work with IMAP\?/);
  });
});
