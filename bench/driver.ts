/**
 * The load driver, in its own process (forked by run.ts, commanded over IPC). N connections,
 * each running one virtual user: a whole scripted interview, then a new conversation.
 * Client: undici's Pool (default; against the bare server it does ~11-12k req/s for ~80 µs
 * of driver CPU a request, where http.request with a keep-alive Agent does ~8.5k for
 * ~110 µs) or Node's http (--client=http).
 * Latency is per turn (one POST /api/messages, request written to response read), kept in a
 * 10 µs histogram so rounds can be merged.
 */
import http from 'http';
import { Pool } from 'undici';
import { makeScripts, type Script } from './users';

export type Mode = 'expectReplies' | 'normal';
export type ClientKind = 'http' | 'undici';

export interface LoadCommand {
  cmd: 'load';
  url: string;
  conns: number;
  mode: Mode;
  /** Stop after this long, or once `conversations` conversations finished, whichever first. */
  durationMs: number;
  conversations?: number;
  serviceUrl: string;
  /** Check every reply against the script (slower; for the verification pass). */
  verify?: boolean;
  client?: ClientKind;
}

export interface LoadResult {
  turns: number;
  errors: number;
  /** First few error descriptions. */
  errorSamples: string[];
  /** Conversations played to their end. */
  finished: number;
  elapsedMs: number;
  /** Histogram: [bucket (10 µs), count] pairs. */
  hist: Array<[number, number]>;
}

const BUCKET_MS = 0.01;
const MAX_BUCKET = 200_000; // 2 s; slower turns land in the last bucket

interface Reply {
  status: number;
  body: string;
}
type Post = (body: string) => Promise<Reply>;

function httpClient(url: string, conns: number): { post: Post; close(): void } {
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: conns, maxFreeSockets: conns });
  const options: http.RequestOptions = {
    agent,
    host: u.hostname,
    port: u.port,
    path: '/api/messages',
    method: 'POST',
  };
  const post: Post = (body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { ...options, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

function undiciClient(url: string, conns: number): { post: Post; close(): void } {
  const pool = new Pool(new URL(url).origin, { connections: conns, pipelining: 1 });
  const headers = { 'content-type': 'application/json' };
  const post: Post = async (body) => {
    const res = await pool.request({ path: '/api/messages', method: 'POST', headers, body });
    return { status: res.statusCode, body: await res.body.text() };
  };
  return { post, close: () => void pool.close() };
}

const scripts: Script[] = makeScripts(Number(process.env.BENCH_SCRIPTS ?? 3000), Number(process.env.BENCH_SEED ?? 1));
const prefix = `b${process.pid.toString(36)}${Date.now().toString(36)}`;
let conversationCounter = 0;
let scriptCounter = 0;

async function load(c: LoadCommand): Promise<LoadResult> {
  const client = (c.client === 'undici' ? undiciClient : httpClient)(c.url, c.conns);
  const hist = new Uint32Array(MAX_BUCKET + 1);
  let turns = 0;
  let errors = 0;
  let finished = 0;
  let started = 0;
  const errorSamples: string[] = [];
  const fail = (what: string) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(what);
  };
  const t0 = performance.now();
  const deadline = t0 + c.durationMs;
  const wanted = c.conversations ?? Infinity;
  const user = { id: 'user-1', name: 'Bench user' };
  const bot = { id: 'bot', name: 'Support bot' };
  const joined = { type: 'conversationUpdate', membersAdded: [user, bot] };
  let activityId = 0;

  const vu = async (): Promise<void> => {
    while (performance.now() < deadline && started < wanted) {
      started++;
      const script = scripts[scriptCounter++ % scripts.length];
      const conversation = { id: `${prefix}-${++conversationCounter}` };
      let complete = true;
      for (const step of script.steps) {
        if (performance.now() >= deadline) {
          complete = false;
          break;
        }
        const activity: Record<string, unknown> = step.text === undefined ? { ...joined } : { type: 'message', text: step.text };
        activity.channelId = 'webchat';
        activity.serviceUrl = c.serviceUrl;
        activity.conversation = conversation;
        activity.from = user;
        activity.recipient = bot;
        activity.id = `a${++activityId}`;
        activity.timestamp = new Date().toISOString();
        if (c.mode === 'expectReplies') activity.deliveryMode = 'expectReplies';
        const body = JSON.stringify(activity);
        const t = performance.now();
        let reply: Reply;
        try {
          reply = await client.post(body);
        } catch (error) {
          fail(`network: ${(error as Error).message}`);
          complete = false;
          break;
        }
        const ms = performance.now() - t;
        hist[Math.min(MAX_BUCKET, Math.round(ms / BUCKET_MS))]++;
        turns++;
        if (reply.status !== 200) {
          fail(`HTTP ${reply.status}: ${reply.body.slice(0, 120)}`);
          continue;
        }
        if (c.mode === 'expectReplies' && !reply.body.includes('"activities":[{')) {
          fail(`no replies: ${reply.body.slice(0, 120)}`);
          continue;
        }
        if (c.verify) {
          const acts = (JSON.parse(reply.body) as { activities: unknown[] }).activities;
          const all = JSON.stringify(acts);
          if (acts.length !== step.replies || !all.includes(step.expect)) {
            fail(`step "${step.text ?? '<join>'}": expected ${step.replies} replies with "${step.expect}", got ${acts.length}: ${all.slice(0, 200)}`);
          }
        }
      }
      if (complete) finished++;
    }
  };
  await Promise.all(Array.from({ length: c.conns }, vu));
  const elapsedMs = performance.now() - t0;
  client.close();
  const pairs: Array<[number, number]> = [];
  hist.forEach((n, i) => {
    if (n) pairs.push([i, n]);
  });
  return { turns, errors, errorSamples, finished, elapsedMs, hist: pairs };
}

process.on('message', (m: LoadCommand) => {
  if (m.cmd !== 'load') return;
  load(m).then(
    (result) => process.send?.({ ok: true, result }),
    (error) => process.send?.({ ok: false, error: String((error as Error).stack ?? error) }),
  );
});
process.send?.({ ready: true, scripts: scripts.length, turnsPerScript: scripts.reduce((n, s) => n + s.steps.length, 0) / scripts.length });
