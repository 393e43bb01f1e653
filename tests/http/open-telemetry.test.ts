/**
 * OpenTelemetry from the real bot process to an OTLP/HTTP receiver this test runs on
 * 127.0.0.1 (the real SDK and exporters, nothing mocked): a span per turn, the outcome as an
 * event and as metrics; no message text and no ids in anything sent. Without an endpoint,
 * nothing is sent.
 */
import { createServer, type Server } from 'http';
import { conversation, readable } from '../support/direct-client';
import { startBot, type BotProcess } from '../support/bot-process';

interface Received {
  path: string;
  body: string;
}

let receiver: Server | undefined;
let bot: BotProcess | undefined;
const received: Received[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => receiver!.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  await bot?.stop('SIGKILL');
  await new Promise((r) => receiver?.close(r));
});

type Attr = { key: string; value: { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean } };
const attrs = (list: Attr[] = []): Record<string, unknown> => Object.fromEntries(list.map((a) => [a.key, a.value.stringValue ?? (a.value.intValue !== undefined ? Number(a.value.intValue) : a.value.doubleValue ?? a.value.boolValue)]));
const bodies = (path: string) => received.filter((r) => r.path === path).map((r) => JSON.parse(r.body));

function spans() {
  return bodies('/v1/traces').flatMap((b) => b.resourceSpans.flatMap((rs: { scopeSpans: Array<{ spans: Array<{ name: string; attributes: Attr[] }> }> }) => rs.scopeSpans.flatMap((s) => s.spans)));
}
function logRecords() {
  return bodies('/v1/logs').flatMap((b) => b.resourceLogs.flatMap((rl: { scopeLogs: Array<{ logRecords: Array<{ eventName?: string; attributes: Attr[] }> }> }) => rl.scopeLogs.flatMap((s) => s.logRecords)));
}
function metrics() {
  return bodies('/v1/metrics').flatMap((b) => b.resourceMetrics.flatMap((rm: { scopeMetrics: Array<{ metrics: Array<{ name: string; sum?: { dataPoints: Array<{ attributes: Attr[]; asInt?: string | number; asDouble?: number }> }; histogram?: { dataPoints: Array<{ attributes: Attr[]; sum?: number; count?: string | number }> } }> }> }) => rm.scopeMetrics.flatMap((s) => s.metrics)));
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; received ${received.map((r) => r.path).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('exports a span per turn, the outcome as an event and as metrics, with no text or ids', async () => {
  const port = (receiver!.address() as { port: number }).port;
  bot = await startBot({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, SESSION_IDLE_MINUTES: '0.02', OTEL_METRIC_EXPORT_INTERVAL: '500' });
  const c = conversation(bot.url, 'webchat', { userId: 'user-grace-hopper' });
  await c.join();
  await c.say('Yes, before then');
  await c.say('I am Grace and I read mail on several computers, phones or tablets');
  expect(readable(await c.say('Yes, it works with IMAP'))).toMatch(/I recommend IMAP/);
  await c.say('Done');
  await c.say('Yes');
  await c.say('5');

  // The session ends by the sweep (idle 1.2 s); the event is exported by the batch processor.
  await until(() => logRecords().some((l) => attrs(l.attributes).outcome === 'resolved'));
  expect(await bot.stop('SIGTERM')).toBe(0); // the shutdown flushes spans and metrics

  const event = logRecords().map((l): Record<string, unknown> => ({ eventName: l.eventName, ...attrs(l.attributes) })).find((l) => l.outcome === 'resolved');
  expect(event).toMatchObject({ eventName: 'conversationOutcome', 'microsoft.custom_event.name': 'conversationOutcome', resolution: 'confirmed', satisfaction: 5, protocol: 'IMAP', channel: 'webchat', language: 'en' });

  const turns = spans().filter((s) => s.name === 'bot.turn').map((s) => attrs(s.attributes));
  expect(turns.length).toBeGreaterThanOrEqual(7);
  expect(turns).toContainEqual(expect.objectContaining({ 'bot.channel': 'webchat', 'bot.activity.type': 'message', 'bot.turn.result': 'ok' }));

  const conversations = metrics().filter((m) => m.name === 'support.conversations').flatMap((m) => m.sum?.dataPoints ?? []);
  expect(conversations.map((d) => ({ ...attrs(d.attributes), n: Number(d.asInt ?? d.asDouble) }))).toContainEqual({ outcome: 'resolved', resolution: 'confirmed', channel: 'webchat', language: 'en', n: 1 });
  const satisfaction = metrics().filter((m) => m.name === 'support.satisfaction').flatMap((m) => m.histogram?.dataPoints ?? []);
  expect(satisfaction.some((d) => d.sum === 5 && Number(d.count) === 1)).toBe(true);

  const everything = received.map((r) => r.body).join('\n');
  for (const secret of [c.id, 'user-grace-hopper', 'Grace', 'several computers', 'Test user', 'Support bot']) expect(everything).not.toContain(secret);
});

it('sends nothing anywhere without an endpoint or a connection string; the outcome is still in the log lines', async () => {
  received.length = 0;
  bot = await startBot({ SESSION_IDLE_MINUTES: '0.02', LOG_LEVEL: 'info' });
  const c = conversation(bot.url, 'webchat');
  await c.join();
  await c.say('Yes, before then');
  await new Promise((r) => setTimeout(r, 2000));
  expect(await bot.stop('SIGTERM')).toBe(0);
  expect(received).toEqual([]);
  expect(bot.output()).not.toMatch(/OpenTelemetry on/);
  expect(bot.output()).toMatch(/"event":"conversationOutcome"/); // still counted, in the log lines
});
