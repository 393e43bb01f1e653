/**
 * The Bot Framework's OpenID metadata and signing keys, from a local stand-in that can hang
 * (connections accepted, never answered). botbuilder's own fetch had no deadline: requests
 * waited over 130 s. Now: 503 within 5 s while no key can be had, and turns the cached keys
 * can verify go on while the key service hangs.
 */
import { startBot, type BotProcess } from '../support/bot-process';
import { CHANNEL_ISSUER, startOpenIdStandIn, type OpenIdStandIn } from '../support/openid-standin';
import { pause } from '../support/raw-http';

const APP_ID = '7d9f0c1e-0000-4000-8000-00000000beef';
const SERVICE_URL = 'http://127.0.0.1:9/';
let openid: OpenIdStandIn;
let bot: BotProcess;

beforeAll(async () => {
  openid = await startOpenIdStandIn(['webchat']);
  openid.hang(true); // hanging from the start: nothing is cached yet
  bot = await startBot({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'made-up-password',
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: openid.metadataUrl,
    ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
    ToBotFromEmulatorOpenIdMetadataUrl: openid.metadataUrl,
  });
});
afterAll(async () => {
  await bot?.stop();
  await openid?.close();
});

async function turn(token: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'webchat', serviceUrl: SERVICE_URL, deliveryMode: 'expectReplies', conversation: { id: `k-${Math.random()}` }, from: { id: 'u1' }, recipient: { id: 'bot' } }),
  });
  await res.text();
  return { status: res.status, ms: Date.now() - started };
}

const good = () => openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL });

it('answers 503 within 5 s while no key has been fetched yet, and logs why', async () => {
  const [a, b] = await Promise.all([turn(good()), turn(good())]);
  for (const r of [a, b]) {
    expect(r.status).toBe(503);
    expect(r.ms).toBeLessThan(5_000);
  }
  await pause(300);
  expect(bot.output()).toMatch(/"reason":"no answer within 4000 ms".*"msg":"OpenID key refresh failed"/);
  expect(bot.output()).toMatch(/"msg":"token validation unavailable"/);
});

it('takes turns as soon as the key service answers', async () => {
  openid.hang(false);
  expect((await turn(good())).status).toBe(200);
});

it('goes on verifying turns with the cached keys while the key service hangs', async () => {
  openid.hang(true);
  const before = openid.requests();
  const results = await Promise.all(Array.from({ length: 5 }, () => turn(good())));
  for (const r of results) {
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(2_000);
  }
  expect(openid.requests()).toBe(before); // the cache answered; nothing waited for the service
});

it('answers 503 within 5 s for a token signed by a key it has not seen, while the service hangs', async () => {
  const unknown = openid.token({ audience: APP_ID, serviceUrl: SERVICE_URL, key: openid.otherKey, kid: 'rotated-key' });
  const r = await turn(unknown);
  expect(r.status).toBe(503);
  expect(r.ms).toBeLessThan(5_000);
  expect((await turn(good())).status).toBe(200); // known keys still work
});
