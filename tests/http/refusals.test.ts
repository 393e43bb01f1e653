/**
 * Every malformed request, on every route, gets a plain 4xx (never a 5xx, a stack trace or an
 * internal message), nosniff, and one log line that says what was wrong.
 */
import { startBot, type BotProcess } from '../support/bot-process';
import { pause } from '../support/raw-http';
import { localClient } from '../webchat/support/local-client';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot({ TOKEN_RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(async () => {
  await bot.stop();
});

const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const activity = (extra: object) =>
  JSON.stringify({ type: 'message', channelId: 'webchat', conversation: { id: 'r1' }, from: { id: 'u' }, recipient: { id: 'b' }, serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', text: 'hi', ...extra });
const json = { 'content-type': 'application/json' };

interface Case {
  name: string;
  method: string;
  path: string | ((token: { token: string; conversationId: string }) => string);
  headers?: Record<string, string>;
  body?: string;
  token?: boolean;
  status: number;
  /** What the log line's reason says. */
  reason: RegExp;
}

const cases: Case[] = [
  { name: 'broken JSON', method: 'POST', path: '/api/messages', headers: json, body: '{"type":', status: 400, reason: /^body is not JSON$/ },
  { name: 'JSON nested 10,000 levels', method: 'POST', path: '/api/messages', headers: json, body: nested(10_000), status: 400, reason: /^JSON nested over 64 levels$/ },
  { name: 'a JSON array', method: 'POST', path: '/api/messages', headers: json, body: '[1]', status: 400, reason: /^activity: not a JSON object$/ },
  { name: 'an activity without type', method: 'POST', path: '/api/messages', headers: json, body: activity({ type: undefined }), status: 400, reason: /^activity: type$/ },
  { name: 'a 300-character conversation id', method: 'POST', path: '/api/messages', headers: json, body: activity({ conversation: { id: 'c'.repeat(300) } }), status: 400, reason: /^activity: conversation\.id$/ },
  { name: 'a 300 KB body', method: 'POST', path: '/api/messages', headers: json, body: activity({ text: 'x'.repeat(300 * 1024) }), status: 413, reason: /^body of \d+ bytes$/ },
  { name: 'a gzip-encoded body', method: 'POST', path: '/api/messages', headers: { ...json, 'content-encoding': 'gzip' }, body: 'xx', status: 415, reason: /^content encoding "gzip"$/ },
  { name: 'no body', method: 'POST', path: '/api/messages', status: 415, reason: /^no JSON body$/ },
  { name: 'GET on /api/messages', method: 'GET', path: '/api/messages', status: 405, reason: /^method not allowed$/ },
  { name: 'POST on /healthz', method: 'POST', path: '/healthz', headers: json, body: '{}', status: 405, reason: /^method not allowed$/ },
  { name: 'an unknown path', method: 'GET', path: '/admin/../etc/passwd', status: 404, reason: /^no such route$/ },
  { name: 'an unknown static file', method: 'GET', path: '/webchat/secret.txt', status: 404, reason: /^no such route$/ },
  { name: 'broken JSON for a token', method: 'POST', path: '/api/directline/token', headers: json, body: '{', status: 400, reason: /^body is not JSON$/ },
  { name: 'local Direct Line without a token', method: 'POST', path: '/v3/directline/conversations', status: 403, reason: /^no Bearer token$/ },
  { name: 'local Direct Line with a forged token', method: 'GET', path: '/v3/directline/conversations/x/activities', headers: { authorization: 'Bearer forged.token.value' }, status: 403, reason: /^token does not grant this conversation$/ },
  { name: 'local Direct Line: JSON nested 10,000 levels', method: 'POST', path: (t) => `/v3/directline/conversations/${t.conversationId}/activities`, token: true, headers: json, body: `{"type":"message","text":"hi","channelData":${nested(10_000)}}`, status: 400, reason: /^JSON nested over 64 levels$/ },
  { name: 'local Direct Line: an invoke activity', method: 'POST', path: (t) => `/v3/directline/conversations/${t.conversationId}/activities`, token: true, headers: json, body: '{"type":"invoke"}', status: 400, reason: /^activity: type$/ },
  { name: 'local Direct Line: an upload', method: 'POST', path: (t) => `/v3/directline/conversations/${t.conversationId}/activities`, token: true, headers: json, body: '{"type":"message","attachments":[{"contentType":"image/png"}]}', status: 400, reason: /^activity: attachments$/ },
];

describe('malformed requests', () => {
  const seen: Array<{ c: Case; status: number }> = [];
  let since = 0;
  beforeAll(() => {
    since = bot.output().length;
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: a plain 4xx with nosniff', async (_name, c) => {
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    let path = c.path as string;
    if (c.token || typeof c.path === 'function') {
      const client = await localClient(bot.url);
      await client.start();
      headers.authorization = `Bearer ${client.token}`;
      path = (c.path as (t: { token: string; conversationId: string }) => string)({ token: client.token, conversationId: client.conversationId });
    }
    const res = await fetch(`${bot.url}${path}`, { method: c.method, headers, body: c.body });
    const text = await res.text();
    seen.push({ c, status: res.status });
    expect(res.status).toBe(c.status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(text).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules|RangeError|TypeError|SyntaxError|stack/i);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('each one has a log line saying what was wrong, and the bot is still healthy', async () => {
    await pause(300); // log lines go out in batches
    const refused = bot.output().slice(since).split('\n').filter((l) => l.includes('"request refused"')).map((l) => JSON.parse(l) as { status: number; reason: string; route: string });
    for (const { c } of seen) {
      expect({ case: c.name, logged: refused.some((r) => r.status === c.status && c.reason.test(r.reason)) }).toEqual({ case: c.name, logged: true });
    }
    expect(refused.every((r) => r.route.length <= 100)).toBe(true);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
