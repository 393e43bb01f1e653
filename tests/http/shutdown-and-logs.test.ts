import { startBot } from '../support/bot-process';
import { conversation } from '../support/direct-client';
import { startConnectorStandIn } from '../support/connector-standin';
import { waitFor } from '../support/wait-for';

describe('graceful shutdown', () => {
  it('finishes the turn in flight on SIGTERM, stops taking requests, and exits 0 within 10 s', async () => {
    const connector = await startConnectorStandIn({ delayMs: 1500 });
    const bot = await startBot();
    try {
      // Normal delivery: the bot posts its replies to the (slow) connector, like a real channel.
      const turn = fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', text: 'hi', id: 'm1', channelId: 'webchat', serviceUrl: connector.url,
          conversation: { id: 'shutdown-1' }, from: { id: 'u1' }, recipient: { id: 'bot' },
        }),
      });
      await connector.nextReply(); // the turn is now in flight
      const started = Date.now();
      const exited = bot.stop('SIGTERM');
      // No new requests once stopping.
      await waitFor(() => fetch(`${bot.url}/healthz`).then(() => false, () => true), 5_000, 'the listener to close');

      const res = await turn;
      expect(res.status).toBe(200);
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      // Both replies of the turn (welcome and first question) reached the channel.
      expect(connector.received.filter((r) => r.activity.type === 'message').map((r) => r.activity.text)).toEqual([
        expect.stringMatching(/help you choose between POP and IMAP/),
        expect.stringMatching(/did you create your liveBooks account before/),
      ]);
    } finally {
      await bot.stop('SIGKILL');
      await connector.close();
    }
  });
});

describe('logs', () => {
  it('writes one JSON line per turn with channel, type, duration and outcome, and nothing personal', async () => {
    const bot = await startBot();
    try {
      const c = conversation(bot.url, 'webchat', { id: 'conv-secret-id-123', userId: 'user-secret-id-456' });
      await c.say('My name is Alice Example and my address is alice@example.com');
      await c.say('yes');
      await waitFor(() => bot.output().split('\n').filter((l) => l.includes('"msg":"turn"')).length === 2, 5_000, 'two turn lines');
    } finally {
      await bot.stop();
    }
    const lines = bot.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    const turns = lines.filter((l) => l.msg === 'turn');
    expect(turns).toHaveLength(2);
    for (const t of turns) {
      expect(t).toMatchObject({ channel: 'webchat', activityType: 'message', outcome: 'ok', status: 200 });
      expect(typeof t.durationMs).toBe('number');
    }
    const all = bot.output();
    for (const personal of ['Alice', 'alice@example.com', 'conv-secret-id-123', 'user-secret-id-456', 'Test user']) {
      expect(all).not.toContain(personal);
    }
  });
});
