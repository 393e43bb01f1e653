/**
 * A bounded fuzz of the whole HTTP surface (every route, method, content type and odd header,
 * adversarial bodies and message text) against the real server, one request at a time. For
 * each request, the CPU time of the bot's main thread (the event loop everyone shares) is read
 * from /proc, so the slowest input is found and reported. No request may get a 5xx or miss
 * nosniff, and none may cost over 10 ms of CPU.
 */
import { readFileSync } from 'fs';
import { startBot, type BotProcess } from '../support/bot-process';
import { seeded } from '../support/seeded-random';
import { localClient, type LocalClient } from '../webchat/support/local-client';

const RANDOM_MESSAGES = 300;
const TIME_BUDGET_MS = 30_000;
const MAX_CPU_MS = 10;

let bot: BotProcess;
let dl: LocalClient;
beforeAll(async () => {
  bot = await startBot({ LOG_LEVEL: 'silent', TOKEN_RATE_LIMIT_PER_MINUTE: '10000' });
  dl = await localClient(bot.url);
  await dl.start();
});
afterAll(async () => {
  await bot.stop();
});

/** CPU time of the bot's main thread so far, in ms (schedstat: nanoseconds on the CPU). */
function mainThreadCpuMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

interface Input {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const rand = seeded(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (n: number) => Math.floor(rand() * n);

/** Text built to hurt a backtracking parser: long runs, repetition, odd unicode. */
function adversarialText(): [string, string] {
  const n = pick([50, 500, 1_999, 5_000, 50_000]);
  const kinds: Array<[string, () => string]> = [
    ['x, spaces, x', () => `x${' '.repeat(n)}x`],
    ['spaces then "but"', () => `${' '.repeat(n)}but`],
    ['"but" repeated', () => 'but '.repeat(n / 4)],
    ['"not sure but also" repeated', () => 'not sure but also actually '.repeat(n / 27)],
    ['a word repeated', () => 'imap'.repeat(n / 4)],
    ['digits and dots', () => '1.'.repeat(n / 2)],
    ['dates', () => '2015-08-06 08.06.2015 '.repeat(n / 22)],
    ['emoji', () => '💥🙂'.repeat(n / 4)],
    ['combining marks', () => `a${'\u0301'.repeat(n)}`],
    ['right-to-left and zero-width', () => '\u202eabc\u200b'.repeat(n / 5)],
    ['tabs and newlines', () => '\t\n'.repeat(n / 2)],
    ['<at> tags', () => '<at>bot</at>'.repeat(n / 12)],
    ['quotes and backslashes', () => '"\\'.repeat(n / 2)],
  ];
  const [name, make] = pick(kinds);
  return [`${name} (${n} chars)`, make()];
}

function activity(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message', channelId: pick(['webchat', 'msteams', 'slack', 'directline', 'odd']), text: 'hi',
    conversation: { id: `f-${int(20)}`, ...(rand() < 0.2 ? { conversationType: 'groupChat', isGroup: true } : {}) },
    from: { id: 'u' }, recipient: { id: 'b' }, serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', ...extra,
  };
}

function nested(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

/** Activity bodies that are odd as a whole. */
const BODIES: Array<[string, () => string]> = [
  ['nested arrays 100,000 deep', () => nested(100_000)],
  ['nested in channelData', () => JSON.stringify(activity({})).replace(/}$/, `,"channelData":${nested(60)}}`)],
  ['10,000 mentions in a Teams group chat', () => JSON.stringify(activity({ channelId: 'msteams', conversation: { id: 'g', conversationType: 'groupChat', isGroup: true }, entities: Array.from({ length: 10_000 }, () => ({ type: 'mention', text: 'x', mentioned: { id: 'b' } })) }))],
  ['odd entity types in a Teams group chat', () => JSON.stringify(activity({ channelId: 'msteams', conversation: { id: 'g', conversationType: 'channel', isGroup: true }, entities: [{ type: 5 }, { type: null }, { type: {} }, { type: 'mention', mentioned: 'b' }, { type: 'mention', text: 7, mentioned: { id: 'b' } }] }))],
  ['250 KB string', () => JSON.stringify(activity({ channelData: { x: 'y'.repeat(250_000) } }))],
  ['broken JSON', () => '{"type":"message","text":'],
  ['binary', () => String.fromCharCode(...Array.from({ length: 2_000 }, () => int(256)))],
  ['JSON with unicode escapes', () => JSON.stringify(activity({ text: '\\u0000\ud800' }))],
  ['many keys', () => JSON.stringify(activity(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))))],
  ['wrong types everywhere', () => JSON.stringify({ type: [], channelId: {}, conversation: 'x', from: 1, text: false })],
];

/** Odd headers, each tried on every route. */
const HEADERS: Array<[string, Record<string, string>]> = [
  ['If-None-Match with 15 KB of spaces inside', { 'if-none-match': `x${' '.repeat(15_000)}x` }],
  ['If-None-Match of 2,000 commas', { 'if-none-match': ','.repeat(2_000) }],
  ['Accept-Encoding odd', { 'accept-encoding': 'gzip;q=0,'.repeat(500) }],
  ['Origin of another site', { origin: 'https://evil.example' }],
  ['X-Forwarded-For long', { 'x-forwarded-for': '1.2.3.4, '.repeat(1_000) }],
  ['Authorization garbage', { authorization: `Bearer ${'eyJ'.repeat(2_000)}` }],
  ['multipart content type', { 'content-type': 'multipart/form-data; boundary=x' }],
  ['text content type', { 'content-type': 'text/plain' }],
  ['JSON with a charset', { 'content-type': 'application/json; charset=latin1' }],
  ['no odd header', {}],
];

function routes(): string[] {
  return ['/', '/healthz', '/api/messages', '/webchat/webchat.js', '/webchat/page.css', '/webchat/embed.js', '/webchat/favicon.svg', '/api/directline/token', '/v3/directline/tokens/refresh', '/v3/directline/conversations', `/v3/directline/conversations/${dl.conversationId}/activities?watermark=${'9'.repeat(40)}`, '/nothing', '/%2e%2e/%2e%2e/etc/passwd', `/${'a/'.repeat(500)}`, `/api/messages?x=${'&y[]=1'.repeat(300)}`];
}

const shown = (path: string) => path.slice(0, 60).replace(dl.conversationId, ':id');

/** Every odd header on every route (GET and POST), every odd body on every route taking one, then random messages. */
function* inputs(): Generator<Input> {
  const json = { 'content-type': 'application/json' };
  for (const path of routes()) {
    for (const [label, headers] of HEADERS) {
      yield { label: `GET ${shown(path)}: ${label}`, method: 'GET', path, headers };
      yield { label: `POST ${shown(path)}: ${label}`, method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body: '{}' };
    }
    yield { label: `${pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'])} ${shown(path)}`, method: pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']), path, headers: {} };
  }
  for (const path of ['/api/messages', `/v3/directline/conversations/${dl.conversationId}/activities`, '/api/directline/token']) {
    for (const [label, make] of BODIES) yield { label: `POST ${shown(path)}: ${label}`, method: 'POST', path, headers: { ...json, authorization: `Bearer ${dl.token}` }, body: make() };
  }
  for (let i = 0; i < RANDOM_MESSAGES; i++) {
    const [label, text] = adversarialText();
    if (rand() < 0.2) {
      yield { label: `local Direct Line message: ${label}`, method: 'POST', path: `/v3/directline/conversations/${dl.conversationId}/activities`, headers: { ...json, authorization: `Bearer ${dl.token}` }, body: JSON.stringify({ type: 'message', text: text.slice(0, 10_000) }) };
      continue;
    }
    const where = pick(['text', 'value.text', 'mention']);
    const extra = where === 'text' ? { text } : where === 'value.text' ? { text: '', value: { text } } : { text, channelId: 'msteams', conversation: { id: 'g', conversationType: 'groupChat', isGroup: true }, entities: [{ type: 'mention', text: text.slice(0, 200), mentioned: { id: 'b' } }] };
    yield { label: `POST /api/messages ${where}: ${label}`, method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(activity(extra)) };
  }
}

async function send(input: Input): Promise<{ status: number; nosniff: boolean; text: string; cpuMs: number }> {
  const pid = bot.child.pid as number;
  const before = mainThreadCpuMs(pid);
  const res = await fetch(`${bot.url}${input.path}`, { method: input.method, headers: input.headers, body: input.body });
  const text = await res.text();
  return { status: res.status, nosniff: res.headers.get('x-content-type-options') === 'nosniff', text, cpuMs: mainThreadCpuMs(pid) - before };
}

it(`odd requests to every route: no 5xx, nosniff on each, none over ${MAX_CPU_MS} ms of CPU`, async () => {
  const started = Date.now();
  const results: Array<{ input: Input; status: number; cpuMs: number }> = [];
  const problems: string[] = [];
  for (const input of inputs()) {
    if (Date.now() - started > TIME_BUDGET_MS) break;
    const r = await send(input);
    results.push({ input, status: r.status, cpuMs: r.cpuMs });
    if (r.status >= 500) problems.push(`${r.status} for ${input.label}`);
    if (!r.nosniff) problems.push(`no nosniff for ${input.label}`);
    if (r.status >= 400 && /\bat .+\.js:\d+|node_modules|RangeError|TypeError/.test(r.text)) problems.push(`internals shown for ${input.label}`);
  }
  expect(problems).toEqual([]);
  expect(results.length).toBeGreaterThan(600); // the systematic part at least

  // The slowest five again, twice each: an input's cost is its cheapest run (a GC pause is not the input's).
  const slowest = [...results].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5);
  const costs = [];
  for (const s of slowest) {
    const again = [s.cpuMs, (await send(s.input)).cpuMs, (await send(s.input)).cpuMs];
    costs.push({ label: s.input.label, status: s.status, cpuMs: Math.min(...again), firstMs: s.cpuMs });
  }
  costs.sort((a, b) => b.cpuMs - a.cpuMs);
  const statuses = [...new Set(results.map((r) => r.status))].sort();
  console.log(
    `surface fuzz: ${results.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, statuses ${statuses.join(' ')}; ` +
      `slowest input: ${costs[0].label} -> ${costs[0].status}, ${costs[0].cpuMs.toFixed(2)} ms of CPU (first run ${costs[0].firstMs.toFixed(2)} ms)\n` +
      costs.map((c) => `  ${c.cpuMs.toFixed(2)} ms  ${c.label}`).join('\n'),
  );
  expect(costs.filter((c) => c.cpuMs > MAX_CPU_MS)).toEqual([]);
  expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
}, 60_000);
