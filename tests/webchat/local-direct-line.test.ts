import { startBot, type BotProcess } from '../support/bot-process';
import { startStandIn, STAND_IN_TOKEN, type StandIn } from './support/direct-line-stand-in';
import { localClient } from './support/local-client';

describe('local Direct Line (npm start with no Azure)', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot({ TOKEN_RATE_LIMIT_PER_MINUTE: '100' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('says at start that it is on', () => {
    expect(bot.output()).toMatch(/local Direct Line on/);
  });

  it('starts a conversation with the welcome, as Direct Line does for a dl_ user', async () => {
    const c = await localClient(bot.url);
    const started = await c.start();
    expect(started.status).toBe(201);
    expect(await started.json()).toMatchObject({ conversationId: c.conversationId, expires_in: expect.any(Number) });
    const { activities } = await c.poll();
    expect(activities.map((a) => a.text).join('\n')).toMatch(/help you choose between POP and IMAP/);
    expect(activities.every((a) => a.from.role === 'bot')).toBe(true);
    // Starting again with the same token opens no second conversation and no second welcome.
    expect((await c.start()).status).toBe(200);
    expect((await c.poll()).activities).toHaveLength(activities.length);
  });

  it('welcomes in the locale the conversation was started with, and ignores a malformed one', async () => {
    const spanish = await localClient(bot.url);
    await spanish.start('es-ES');
    expect((await spanish.poll()).activities.map((a) => a.text).join('\n')).toMatch(/¡Hola!/);
    const odd = await localClient(bot.url);
    expect((await odd.start('<script>')).status).toBe(201);
    expect((await odd.poll()).activities.map((a) => a.text).join('\n')).toMatch(/help you choose between POP and IMAP/);
  });

  it("keeps two people's conversations apart", async () => {
    const a = await localClient(bot.url);
    const b = await localClient(bot.url);
    await Promise.all([a.start(), b.start()]);
    await Promise.all([a.say('Yes, before then'), b.say('No, on or after then')]);
    const [seenByA, seenByB] = await Promise.all([a.poll(), b.poll()]);
    const textsA = seenByA.activities.map((x) => x.text ?? '');
    const textsB = seenByB.activities.map((x) => x.text ?? '');
    expect(textsA).toContain('Yes, before then');
    expect(textsA).not.toContain('No, on or after then');
    expect(textsB).toContain('No, on or after then');
    expect(textsB).not.toContain('Yes, before then');
    expect(seenByA.activities.every((x) => x.conversation.id === a.conversationId)).toBe(true);
    expect(seenByB.activities.every((x) => x.conversation.id === b.conversationId)).toBe(true);
  });

  it("refuses a token for someone else's conversation, and no token or a forged one", async () => {
    const a = await localClient(bot.url);
    const b = await localClient(bot.url);
    await Promise.all([a.start(), b.start()]);
    const base = `${bot.url}/v3/directline/conversations`;
    const asA = { authorization: `Bearer ${a.token}` };
    const readB = await fetch(`${base}/${b.conversationId}/activities`, { headers: asA });
    expect(readB.status).toBe(403);
    const writeB = await fetch(`${base}/${b.conversationId}/activities`, {
      method: 'POST',
      headers: { ...asA, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hello B' }),
    });
    expect(writeB.status).toBe(403);
    expect((await fetch(`${base}/${b.conversationId}/activities`)).status).toBe(403);
    const forged = `${b.token.slice(0, -4)}AAAA`;
    expect((await fetch(`${base}/${b.conversationId}/activities`, { headers: { authorization: `Bearer ${forged}` } })).status).toBe(403);
    expect((await b.poll()).activities.map((x) => x.text)).not.toContain('hello B');
  });

  it('returns activities in order, the person\'s own included, and only newer ones after a watermark', async () => {
    const c = await localClient(bot.url);
    await c.start();
    const first = await c.poll();
    const posted = await c.say('Yes, before then');
    expect(posted.status).toBe(200);
    const { id: myId } = (await posted.json()) as { id: string };

    const next = await c.poll(first.watermark);
    expect(next.activities[0]).toMatchObject({ id: myId, text: 'Yes, before then', from: { role: 'user' } });
    expect(next.activities.slice(1).map((a) => a.text).join('\n')).toMatch(/Where do you read your email\?/);
    const before = new Set(first.activities.map((a) => a.id));
    expect(next.activities.some((a) => before.has(a.id))).toBe(false);

    const all = await c.poll();
    const seqs = all.activities.map((a) => Number(a.id.split('|')[1]));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(all.activities.map((a) => a.id)).toEqual([...first.activities, ...next.activities].map((a) => a.id));

    expect((await c.poll(next.watermark)).activities).toEqual([]);
  });

  it('refreshes a token: the new one reaches the same conversation', async () => {
    const c = await localClient(bot.url);
    await c.start();
    const res = await fetch(`${bot.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` } });
    expect(res.status).toBe(200);
    const refreshed = (await res.json()) as { token: string; conversationId: string; expires_in: number };
    expect(refreshed.conversationId).toBe(c.conversationId);
    expect(refreshed.token).not.toBe(c.token);
    const read = await fetch(`${bot.url}/v3/directline/conversations/${c.conversationId}/activities`, {
      headers: { authorization: `Bearer ${refreshed.token}` },
    });
    expect(read.status).toBe(200);
  });
});

describe('reconnecting to a conversation (a reload of the chat page)', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot({ TOKEN_RATE_LIMIT_PER_MINUTE: '100' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('refreshes the token, reconnects with a watermark, and replays the history without a second welcome', async () => {
    const c = await localClient(bot.url);
    await c.start();
    await c.say('Yes, before then');
    const before = await c.poll();

    const refreshed = await fetch(`${bot.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` } });
    const { token } = (await refreshed.json()) as { token: string };
    const base = `${bot.url}/v3/directline/conversations/${c.conversationId}`;
    const auth = { authorization: `Bearer ${token}` };
    // Direct Line's reconnect: GET the conversation, with the watermark the client had ("" for none).
    const reconnect = await fetch(`${base}?watermark=`, { headers: auth });
    expect(reconnect.status).toBe(200);
    expect(await reconnect.json()).toMatchObject({ conversationId: c.conversationId, token, expires_in: expect.any(Number) });

    const replay = (await (await fetch(`${base}/activities?watermark=`, { headers: auth })).json()) as { activities: Array<{ id: string; text?: string }>; watermark: string };
    expect(replay.activities.map((a) => a.id)).toEqual(before.activities.map((a) => a.id));
    expect(replay.activities.filter((a) => /help you choose between POP and IMAP/.test(a.text ?? ''))).toHaveLength(1);
    const newer = (await (await fetch(`${base}/activities?watermark=${replay.watermark}`, { headers: auth })).json()) as { activities: unknown[] };
    expect(newer.activities).toEqual([]);
  });

  it('refuses to reconnect with a token that no longer exists (the bot restarted): the page starts afresh', async () => {
    const c = await localClient(bot.url);
    await c.start();
    await bot.stop();
    bot = await startBot({ TOKEN_RATE_LIMIT_PER_MINUTE: '100' }, { port: bot.port });
    const refresh = await fetch(`${bot.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` } });
    expect(refresh.status).toBe(403);
    const reconnect = await fetch(`${bot.url}/v3/directline/conversations/${c.conversationId}?watermark=`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(reconnect.status).toBe(403);
  });
});

describe('in production the local Direct Line is absent', () => {
  let bot: BotProcess;
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn();
    bot = await startBot({
      NODE_ENV: 'production',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-password',
    MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
      DIRECT_LINE_SECRET: 'production-secret-for-tests',
      DIRECT_LINE_DOMAIN: standIn.url,
    });
  });
  afterAll(async () => {
    await bot.stop();
    await standIn.close();
  });

  it('answers 404 on every local Direct Line route and says so at start', async () => {
    expect(bot.output()).toMatch(/local Direct Line off/);
    const base = `${bot.url}/v3/directline`;
    expect((await fetch(`${base}/conversations`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/conversations/x/activities`)).status).toBe(404);
    expect((await fetch(`${base}/tokens/refresh`, { method: 'POST' })).status).toBe(404);
  });

  it('still serves the page, which gets its token from Direct Line', async () => {
    const page = await fetch(`${bot.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`data-directline-domain="${standIn.url}/v3/directline"`);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${standIn.url}`);
    const token = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(token.status).toBe(200);
    expect(await token.json()).toMatchObject({ token: STAND_IN_TOKEN });
  });
});
