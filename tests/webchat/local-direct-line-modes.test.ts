/**
 * The local Direct Line (chats that skip Bot Framework authentication) exists only with no
 * credentials at all outside production, or when LOCAL_DIRECT_LINE=on says so outside
 * production; the start-up log says which mode the bot is in. Each case is the real process.
 */
import { spawnSync } from 'child_process';
import { baseEnv, ENTRY, startBot, type BotProcess } from '../support/bot-process';

const CREDENTIALS = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000003',
  MicrosoftAppPassword: 'not-a-real-password',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
};

/** What the local Direct Line routes answer: 404 when absent; 403 (no token) when present. */
async function localRoutes(bot: BotProcess): Promise<{ conversations: number; refresh: number; token: number }> {
  const base = `${bot.url}/v3/directline`;
  const conversations = (await fetch(`${base}/conversations`, { method: 'POST' })).status;
  const refresh = (await fetch(`${base}/tokens/refresh`, { method: 'POST' })).status;
  const token = (await fetch(`${bot.url}/api/directline/token`, { method: 'POST' })).status;
  return { conversations, refresh, token };
}

const modeLine = (bot: BotProcess) => bot.output().split('\n').find((l) => l.includes('"msg":"mode:'));

describe.each([
  {
    name: 'production with an empty DIRECT_LINE_SECRET',
    env: { NODE_ENV: 'production', ...CREDENTIALS },
    local: false,
    says: /local Direct Line off \(production\), and DIRECT_LINE_SECRET is empty/,
  },
  {
    name: 'a MicrosoftAppId with NODE_ENV unset',
    env: { ...CREDENTIALS },
    local: false,
    says: /local Direct Line off \(MicrosoftAppId is set\)/,
  },
  {
    name: 'a MicrosoftAppId and LOCAL_DIRECT_LINE=on (local testing)',
    env: { ...CREDENTIALS, LOCAL_DIRECT_LINE: 'on' },
    local: true,
    says: /"level":40.*local Direct Line on \(LOCAL_DIRECT_LINE=on\): its chats skip Bot Framework authentication/,
  },
  {
    name: 'no credentials at all (npm start)',
    env: {},
    local: true,
    says: /local Direct Line on \(no credentials, not production\)/,
  },
])('with $name', ({ env, local, says }) => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot(env);
  });
  afterAll(async () => {
    await bot.stop();
  });

  it(local ? 'serves the local Direct Line and says so' : 'has no local Direct Line and says so', async () => {
    const routes = await localRoutes(bot);
    // Absent: 404, and the token endpoint has no Direct Line to ask (503). Present: a token, and 403 without one.
    expect(routes).toEqual(local ? { conversations: 403, refresh: 403, token: 200 } : { conversations: 404, refresh: 404, token: 503 });
    expect(bot.output()).toMatch(says);
  });

  it('says once which mode it runs in', () => {
    const line = JSON.parse(modeLine(bot) ?? '{}');
    const anonymous = !('MicrosoftAppId' in env);
    expect(line).toMatchObject({ localDirectLine: local, authentication: anonymous ? 'none' : 'SingleTenant' });
    expect(line.msg).toMatch(anonymous ? /anonymous local/ : /Bot Framework authentication \(SingleTenant\)/);
  });

  if (!local) {
    it('answers an activity without a token with 401', async () => {
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'directline', conversation: { id: 'x' }, serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' }),
      });
      expect(res.status).toBe(401);
    });
  }
});

it.each(['Production', 'prod', 'PRODUCTION'])('refuses NODE_ENV=%s at start, naming the variable', (value) => {
  const r = spawnSync(process.execPath, [ENTRY], { env: baseEnv({ NODE_ENV: value, PORT: '0' }), encoding: 'utf8', timeout: 15_000 });
  expect(r.status).toBe(78);
  expect(r.stderr).toMatch(new RegExp(`NODE_ENV must be development, test or production \\(got "${value}"\\)`));
});
