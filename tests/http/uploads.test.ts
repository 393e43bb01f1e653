/**
 * Nothing a request sends touches the disk: uploads (multipart, any non-JSON body) to every
 * route are refused with 415 before the body is read, and the bot's temp folder stays empty.
 * (restify's bodyParser handed multipart to formidable, which wrote each part to the temp
 * folder before any check and never deleted it.)
 */
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startBot, type BotProcess } from '../support/bot-process';
import { pause, rawExchange } from '../support/raw-http';

let bot: BotProcess;
let temp: string;
beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'bot-temp-'));
  // TMPDIR is where Node (os.tmpdir()) and formidable put temporary files.
  bot = await startBot({ TMPDIR: temp, TOKEN_RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(async () => {
  await bot.stop();
  rmSync(temp, { recursive: true, force: true });
});

const ROUTES_TAKING_POST = ['/api/messages', '/api/directline/token', '/v3/directline/conversations', '/v3/directline/conversations/abc/activities', '/v3/directline/tokens/refresh'];

function multipart(partBytes: number): { body: Buffer; type: string } {
  const boundary = 'x-upload-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.alloc(partBytes, 0x61), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

describe('uploads', () => {
  it.each(ROUTES_TAKING_POST)('POST %s with a 200 KB multipart body: 415, and the temp folder stays empty', async (route) => {
    const { body, type } = multipart(200 * 1024);
    const res = await fetch(`${bot.url}${route}`, { method: 'POST', headers: { 'content-type': type, authorization: 'Bearer x' }, body: new Uint8Array(body) });
    expect(res.status).toBe(415);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.json()).toEqual({ error: expect.stringMatching(/Unsupported media type/) });
    expect(readdirSync(temp)).toEqual([]);
  });

  it.each([
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'type=message&text=hi'],
    ['application/octet-stream', 'binary'],
  ])('POST /api/messages with %s: 415', async (type, body) => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(res.status).toBe(415);
  });

  it('answers a 10 MB upload with 415 after its headers, without waiting for (or storing) the body', async () => {
    const { body, type } = multipart(10 * 1024 * 1024);
    const head = `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`;
    const exchange = await rawExchange(bot.port, async (socket) => {
      socket.write(head);
      socket.write(body.subarray(0, 64 * 1024)); // then nothing more: the rest never comes
      await pause(10_000);
    }, 5_000);
    expect(exchange.status).toBe(415);
    expect(exchange.closed).toBe(true); // the unread body can't be followed by another request
    expect(exchange.closedAfterMs).toBeLessThan(2_000);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('logs each refused upload with what was wrong', async () => {
    await pause(300); // log lines go out in batches
    const refused = bot.output().split('\n').filter((l) => l.includes('"request refused"') && l.includes('multipart/form-data'));
    expect(refused.length).toBeGreaterThanOrEqual(ROUTES_TAKING_POST.length);
    expect(JSON.parse(refused[0])).toMatchObject({ status: 415, reason: 'content type "multipart/form-data"', method: 'POST' });
  });
});
