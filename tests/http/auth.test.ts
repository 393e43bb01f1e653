import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';
import { CHANNEL_ISSUER, startOpenIdStandIn, type OpenIdStandIn } from '../support/openid-standin';

const APP_ID = '7d9f0c1e-0000-4000-8000-00000000abcd';
const SERVICE_URL = 'http://127.0.0.1:9/';
let openid: OpenIdStandIn;
let bot: BotProcess;

beforeAll(async () => {
  openid = await startOpenIdStandIn(['webchat', 'msteams']);
  bot = await startBot({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'made-up-password',
    MicrosoftAppType: 'MultiTenant',
    // Bot Framework settings pass through from the environment: validation stays on this machine.
    ToBotFromChannelOpenIdMetadataUrl: openid.metadataUrl,
    ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
    ToBotFromEmulatorOpenIdMetadataUrl: openid.metadataUrl,
  });
});
afterAll(async () => {
  await bot.stop();
  await openid.close();
});

async function post(authorization: string | undefined, conversationId = `c-${Math.random()}`, channelId = 'webchat') {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({
      type: 'message', text: 'hi', channelId, serviceUrl: SERVICE_URL, deliveryMode: 'expectReplies',
      conversation: { id: conversationId }, from: { id: 'u1' }, recipient: { id: 'bot' },
    }),
  });
  return { status: res.status, body: await res.text() };
}

describe('Bot Framework authentication (MicrosoftAppId set)', () => {
  it('accepts a token signed by the published key with the right audience, issuer, endorsement and service URL', async () => {
    const r = await post(`Bearer ${openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL })}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/help you choose between POP and IMAP/);
  });

  it.each([
    ['a missing token', () => undefined],
    ['a malformed token', () => 'Bearer not.a.jwt'],
    ['an expired token', () => `Bearer ${openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL, expiresInSeconds: -3600 })}`],
    ['a token for another audience', () => `Bearer ${openid.token({ audience: 'someone-else', serviceUrl: SERVICE_URL })}`],
    ['a token signed by another key', () => `Bearer ${openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL, key: openid.otherKey })}`],
    ['a token from another issuer', () => `Bearer ${openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL, issuer: 'https://evil.example' })}`],
    ['a token for another service URL', () => `Bearer ${openid.token({ audience: APP_ID, serviceUrl: 'https://elsewhere.example/' })}`],
    ['a token without an expiry (exp), otherwise valid', () => `Bearer ${openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL, noExpiry: true })}`],
  ])('refuses %s with 401 and says nothing internal', async (_name, header) => {
    const r = await post(header());
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toEqual({ error: 'Unauthorized' });
  });

  it('refuses a channel the signing key is not endorsed for', async () => {
    const r = await post(`Bearer ${openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL })}`, undefined, 'slack');
    expect(r.status).toBe(401);
  });

  it("logs botbuilder's own complaints about those tokens as JSON lines, without keys or stack traces", async () => {
    await new Promise((r) => setTimeout(r, 300)); // log lines go out in batches
    const lines = bot.output().split('\n').filter((l) => l.trim());
    expect(lines.filter((l) => !l.startsWith('{'))).toEqual([]);
    const fromBotbuilder = lines.map((l) => JSON.parse(l)).filter((l) => l.source === 'console');
    expect(fromBotbuilder.length).toBeGreaterThan(0); // it did complain: about the expired token and the foreign key
    const all = lines.join('\n');
    expect(all).not.toMatch(/BEGIN (RSA )?PUBLIC KEY|MII[A-Za-z0-9+/]{20}/);
    expect(all).not.toMatch(/\bat .+\.js:\d+/);
    expect(all).not.toMatch(/eyJ[\w-]+\.eyJ/);
    expect(bot.output()).toMatch(/"status":401,"reason":"token without exp","msg":"request refused"/);
  });

  it('lets a refused request reach no bot code: the conversation is still new afterwards', async () => {
    const id = `c-refused-${Date.now()}`;
    expect((await post(undefined, id)).status).toBe(401);
    const c = conversation(bot.url, 'webchat', { id, headers: { authorization: `Bearer ${openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL })}` } });
    const first = readable(await c.say('what did I say'));
    expect(first).toMatch(/help you choose between POP and IMAP/); // welcomed now, so nothing ran before
  });
});
