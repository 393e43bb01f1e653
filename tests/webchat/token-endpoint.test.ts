import { startBot, type BotProcess } from '../support/bot-process';
import { INTERNAL_DETAIL, startStandIn, STAND_IN_TOKEN, type StandIn } from './support/direct-line-stand-in';

const SECRET = 'direct-line-secret-that-must-stay-on-the-server';

function production(standIn: StandIn, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    MicrosoftAppId: '00000000-0000-0000-0000-000000000002',
    MicrosoftAppPassword: 'not-a-real-password',
    MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
    DIRECT_LINE_SECRET: SECRET,
    DIRECT_LINE_DOMAIN: standIn.url,
    ...extra,
  };
}

async function askToken(botUrl: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: string }> {
  const res = await fetch(`${botUrl}/api/directline/token`, { method: 'POST', headers });
  const all: string[] = [];
  res.headers.forEach((value, name) => all.push(`${name}: ${value}`));
  return { status: res.status, body: await res.text(), headers: all.join('\n') };
}

describe('POST /api/directline/token with Direct Line (production)', () => {
  let standIn: StandIn;
  let bot: BotProcess;
  beforeAll(async () => {
    standIn = await startStandIn();
    bot = await startBot(production(standIn, { TOKEN_RATE_LIMIT_PER_MINUTE: '100' }));
  });
  afterAll(async () => {
    await bot.stop();
    await standIn.close();
  });
  beforeEach(() => {
    standIn.behaviour = 'ok';
    standIn.received.length = 0;
  });

  it('sends the secret only to Direct Line, with a dl_ user, and gives the page only the token', async () => {
    const res = await askToken(bot.url);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['conversationId', 'expiresIn', 'token', 'userId']);
    expect(body).toMatchObject({ token: STAND_IN_TOKEN, conversationId: 'conv-from-stand-in', expiresIn: 3600 });

    expect(standIn.received).toHaveLength(1);
    const sent = standIn.received[0];
    expect(sent.headers.authorization).toBe(`Bearer ${SECRET}`);
    const user = (JSON.parse(sent.body) as { user: { id: string } }).user;
    expect(user.id).toMatch(/^dl_[A-Za-z0-9_-]{8,}$/);
    expect(body.userId).toBe(user.id);

    expect(res.body).not.toContain(SECRET);
    expect(res.headers).not.toContain(SECRET);
    const page = await fetch(`${bot.url}/`);
    expect(await page.text()).not.toContain(SECRET);
  });

  it('gives each request its own user id', async () => {
    await askToken(bot.url);
    await askToken(bot.url);
    const ids = standIn.received.map((r) => (JSON.parse(r.body) as { user: { id: string } }).user.id);
    expect(new Set(ids).size).toBe(2);
  });

  it.each([
    ['answers 500', 'error'],
    ['answers garbage', 'garbage'],
    ['does not answer within 5 s', 'hang'],
  ] as const)('answers a clean 502 when Direct Line %s', async (_label, behaviour) => {
    standIn.behaviour = behaviour;
    const started = Date.now();
    const res = await askToken(bot.url);
    expect(res.status).toBe(502);
    expect(Object.keys(JSON.parse(res.body))).toEqual(['error']);
    expect(res.body).toMatch(/not available right now/);
    expect(res.body).not.toContain(INTERNAL_DETAIL);
    expect(res.body).not.toMatch(/status|timeout|500|stand-in/i);
    expect(res.body + res.headers).not.toContain(SECRET);
    expect(bot.output()).not.toContain(SECRET); // nor in the log
    if (behaviour === 'hang') expect(Date.now() - started).toBeLessThan(9_000);
  }, 15_000);
});

describe('the token rate limit', () => {
  const LIMIT = 3;
  let standIn: StandIn;
  let bot: BotProcess;
  beforeAll(async () => {
    standIn = await startStandIn();
    // As behind App Service: the client address is the last X-Forwarded-For entry.
    bot = await startBot(production(standIn, { TOKEN_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' }));
  });
  afterAll(async () => {
    await bot.stop();
    await standIn.close();
  });

  it(`refuses the ${LIMIT + 1}th request from one client within a minute, with Retry-After`, async () => {
    const client = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < LIMIT; i++) expect((await askToken(bot.url, client)).status).toBe(200);
    const res = await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: client });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/wait a minute/) });
    expect(standIn.received).toHaveLength(LIMIT); // the refused request never reached Direct Line

    // Another client is not affected, and a forged first X-Forwarded-For entry doesn't help.
    expect((await askToken(bot.url, { 'x-forwarded-for': '198.51.100.8' })).status).toBe(200);
    expect((await askToken(bot.url, { 'x-forwarded-for': '203.0.113.1, 198.51.100.7' })).status).toBe(429);
  });
});
