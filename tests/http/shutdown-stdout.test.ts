/**
 * SIGTERM ends the bot within the grace period whatever its stdout does, with a turn in
 * flight: stdout a pipe nobody reads (full long before the end), or a pipe whose reader has
 * gone. Before LogSink, the first case never exited: the exit flush waited on the pipe.
 */
import { execFileSync } from 'child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SHUTDOWN_GRACE_MS } from '../../src/bot/shutdown';
import { startBot, type BotProcess } from '../support/bot-process';
import { startConnectorStandIn } from '../support/connector-standin';

/** Each request writes a "turn" log line of ~170 bytes: 1,500 of them are 4 times what a pipe holds. */
async function writeManyLogLines(url: string, requests: number): Promise<void> {
  const one = (i: number) =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'typing', channelId: 'webchat', conversation: { id: `fill-${i}` }, serviceUrl: 'http://127.0.0.1:9/', from: { id: 'u' }, recipient: { id: 'b' } }),
    }).then((r) => r.text());
  for (let i = 0; i < requests; i += 50) await Promise.all(Array.from({ length: 50 }, (_, k) => one(i + k)));
}

describe.each(['nobody reads it', 'its reader has gone'])('SIGTERM while stdout is a pipe %s', (how) => {
  it('ends the turn in flight and exits 0 within the grace period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-stdout-'));
    const fifo = join(dir, 'stdout');
    execFileSync('mkfifo', [fifo]);
    let reader: number | undefined = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    const connector = await startConnectorStandIn({ delayMs: 1000 });
    let bot: BotProcess | undefined;
    try {
      bot = await startBot({}, { stdout: writer });
      closeSync(writer);
      if (how === 'its reader has gone') {
        closeSync(reader);
        reader = undefined;
      }
      await writeManyLogLines(bot.url, 1500);
      // Normal delivery to a slow connector: the turn is in flight while the bot is stopped.
      const turn = fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hi', id: 'm1', channelId: 'webchat', serviceUrl: connector.url, conversation: { id: 'in-flight' }, from: { id: 'u1' }, recipient: { id: 'bot' } }),
      });
      await connector.nextReply();
      const started = Date.now();
      const code = await bot.stop('SIGTERM');
      const took = Date.now() - started;
      expect({ code, withinGrace: took < SHUTDOWN_GRACE_MS }).toEqual({ code: 0, withinGrace: true });
      expect((await turn).status).toBe(200);
      expect(connector.received.filter((r) => r.activity.type === 'message')).toHaveLength(2);
    } finally {
      await bot?.stop('SIGKILL');
      await connector.close();
      if (reader !== undefined) closeSync(reader);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
