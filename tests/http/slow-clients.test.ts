/**
 * Clients that hold connections (slowloris, upgrades nobody serves, idle keep-alive) are
 * answered and cut off on deadlines (src/bot/http/connection-limits.ts), and the bot keeps
 * answering everyone else meanwhile. The cases run at once: the longest deadline is 15 s.
 */
import { LIMITS } from '../../src/bot/http/connection-limits';
import { startBot, type BotProcess } from '../support/bot-process';
import { conversation, readable } from '../support/direct-client';
import { pause, rawExchange, trickle } from '../support/raw-http';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const activity = JSON.stringify({ type: 'message', text: 'hi', channelId: 'webchat', conversation: { id: 'slow-body' }, serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: 'u' }, recipient: { id: 'b' } });
const SLACK_MS = LIMITS.checkEveryMs + 1_500;

it('cuts off slow headers, a slow body, an upgrade and an idle keep-alive connection, and goes on serving others', async () => {
  const headers = rawExchange(bot.port, (socket, open) =>
    trickle(socket, open, 'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n', 400),
  );
  const body = rawExchange(bot.port, async (socket, open) => {
    socket.write(`POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(activity)}\r\n\r\n`);
    await trickle(socket, open, activity, 100); // 25+ s for the whole body
  });
  const upgrade = rawExchange(bot.port, async (socket) => {
    socket.write('GET /v3/directline/conversations/x/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
  });
  const idle = rawExchange(bot.port, async (socket) => {
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'); // keep-alive by default, then silence
  });

  // Meanwhile the bot answers a normal conversation.
  await pause(1_000);
  expect(readable(await conversation(bot.url).say('hi'))).toMatch(/help you choose between POP and IMAP/);

  const [h, b, u, i] = await Promise.all([headers, body, upgrade, idle]);
  expect({ status: h.status, closed: h.closed }).toEqual({ status: 408, closed: true });
  expect(h.closedAfterMs).toBeLessThan(LIMITS.headersTimeoutMs + SLACK_MS);
  expect({ status: b.status, closed: b.closed }).toEqual({ status: 408, closed: true });
  expect(b.closedAfterMs).toBeLessThan(LIMITS.requestTimeoutMs + SLACK_MS);
  expect({ status: u.status, closed: u.closed }).toEqual({ status: 404, closed: true });
  expect(u.closedAfterMs).toBeLessThan(1_000);
  expect(u.response).toMatch(/X-Content-Type-Options: nosniff/i);
  expect(i.status).toBe(200);
  expect(i.closed).toBe(true);
  expect(i.closedAfterMs).toBeLessThan(LIMITS.keepAliveTimeoutMs + SLACK_MS);

  await pause(300);
  const refused = bot.output().split('\n').filter((l) => l.includes('"request refused"')).map((l) => JSON.parse(l));
  expect(refused).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ status: 408, reason: 'ERR_HTTP_REQUEST_TIMEOUT' }),
      expect.objectContaining({ status: 404, reason: 'upgrade to "websocket"' }),
    ]),
  );
}, 40_000);
