/**
 * `npm run bench`: the interview at the speed of an echo bot, measured side by side.
 *
 * Servers, each in its own child process on 127.0.0.1:
 *   bot   the real server: dist/bot/index.js (npm start's code and flags), STORAGE=memory,
 *         LOG_LEVEL=info (the production default: one JSON line per turn, to a file),
 *         NODE_ENV unset (production requires a MicrosoftAppId; anonymous auth here)
 *   echo  bench/servers/echo-bot.ts: the minimal botbuilder echo bot with ConversationState
 *   bare  bench/servers/bare.ts: restify + bodyParser answering fixed JSON
 *   connector  bench/servers/connector.ts: the channel stand-in for normal delivery
 * The load driver (bench/driver.ts) is another child process. Servers take turns in short
 * rounds (bot echo bare bot echo bare ...) so drift hits all of them.
 *
 * Options: --rounds=N (3) --round-ms=MS (3000) --conns=10,50 --client=undici|http
 *          --modes=expectReplies,normal --skip-memory --memory=1000,20000 --blob --quick
 *          --outcomes (outcome events also to a local file, OUTCOMES_FILE=.tmp/bench/outcomes.jsonl)
 *
 * The last line printed is exactly:
 *   bench: bot/echo=R1 p99=Xms state=Bbytes rss20k/rss1k=R2
 * (10 connections, expectReplies; state = the largest stored record over the paths).
 */
import { spawn } from 'child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { ClientKind, LoadResult, Mode } from './driver';
import {
  OUT, ROOT, BUILD, drive, freePort, getStatus, log, rssKb, start, startDriver, stopDriver, track, useBotEntry, useBotEnv, useClient, type Server,
} from './harness';
import { measureStateBytes } from './state-size';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'] as const;
  }),
);
const quick = args.has('quick');
const ROUNDS = Number(args.get('rounds') ?? (quick ? 1 : 3));
const ROUND_MS = Number(args.get('round-ms') ?? (quick ? 1500 : 3000));
/**
 * Traffic before a fresh server's first measured round, and before each later concurrency. A fresh bot
 * needs about 5 s of traffic here to reach its steady cost (measured: 5.6 ms of CPU a turn in its first
 * second, 2 ms in its third, ~0.9 ms from the fifth on; the JIT compiles on the same 2 cores as the load).
 */
const FIRST_WARM_MS = Number(args.get('first-warm-ms') ?? 6000);
const WARM_MS = Number(args.get('warm-ms') ?? 1500);
const warmed = new Set<Server>();
const CONNS = (args.get('conns') ?? '10,50').split(',').map(Number);
const MODES = (args.get('modes') ?? 'expectReplies,normal').split(',') as Mode[];
const CLIENT = (args.get('client') ?? 'undici') as ClientKind;
const MEMORY = (args.get('memory') ?? (quick ? '500,3000' : '1000,20000')).split(',').map(Number);
const STARTS = Number(args.get('starts') ?? 5);
useClient(CLIENT);
if (args.has('outcomes')) useBotEnv({ OUTCOMES_FILE: join(OUT, 'outcomes.jsonl'), SESSION_IDLE_MINUTES: '1' });
if (args.has('bot')) useBotEntry(resolve(args.get('bot') as string));

// ---- figures ----

interface Row {
  mode: Mode | 'blob';
  conns: number;
  server: string;
  turns: number;
  errors: number;
  seconds: number;
  hist: Map<number, number>;
  peakRssKb: number;
  /** The server's CPU time (user + system) over the measured rounds. */
  cpuMs: number;
  /** The load driver's CPU time over the same rounds. */
  driverCpuMs: number;
  errorSamples: string[];
}

function percentile(hist: Map<number, number>, q: number): number {
  const total = [...hist.values()].reduce((a, b) => a + b, 0);
  const keys = [...hist.keys()].sort((a, b) => a - b);
  let seen = 0;
  for (const k of keys) {
    seen += hist.get(k) as number;
    if (seen >= q * total) return k / 100;
  }
  return NaN;
}

const rate = (r: Row) => r.turns / r.seconds;
const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');

function addTo(row: Row, r: LoadResult & { peakRssKb: number; cpuMs: number; driverCpuMs: number }): void {
  row.turns += r.turns;
  row.cpuMs += r.cpuMs;
  row.driverCpuMs += r.driverCpuMs;
  row.errors += r.errors;
  row.seconds += r.elapsedMs / 1000;
  row.peakRssKb = Math.max(row.peakRssKb, r.peakRssKb);
  for (const [k, n] of r.hist) row.hist.set(k, (row.hist.get(k) ?? 0) + n);
  row.errorSamples.push(...r.errorSamples.slice(0, 3 - row.errorSamples.length));
}

function table(rows: Row[]): string[] {
  const lines = [
    '| mode | conns | server | turns/s | p50 ms | p90 ms | p99 ms | errors | peak RSS MB | server CPU µs/turn | driver CPU µs/turn |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.mode} | ${r.conns} | ${r.server} | ${fmt(rate(r), 0)} | ${fmt(percentile(r.hist, 0.5), 2)} | ${fmt(percentile(r.hist, 0.9), 2)} | ${fmt(percentile(r.hist, 0.99), 2)} | ${r.errors} | ${fmt(r.peakRssKb / 1024, 0)} | ${fmt((1000 * r.cpuMs) / r.turns, 0)} | ${fmt((1000 * r.driverCpuMs) / r.turns, 0)} |`,
    );
  }
  return lines;
}

/** Alternating rounds (A B C A B C ...) after a warm-up of each. */
async function compare(mode: Row['mode'], conns: number, servers: Server[], serviceUrl: string): Promise<Row[]> {
  const rows = servers.map((s): Row => ({ mode, conns, server: s.name, turns: 0, errors: 0, seconds: 0, hist: new Map(), peakRssKb: 0, cpuMs: 0, driverCpuMs: 0, errorSamples: [] }));
  const deliveryMode: Mode = mode === 'normal' ? 'normal' : 'expectReplies';
  for (const s of servers) {
    await drive({ url: s.url, conns, mode: deliveryMode, durationMs: warmed.has(s) ? WARM_MS : FIRST_WARM_MS, serviceUrl });
    warmed.add(s);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, s] of servers.entries()) {
      addTo(rows[i], await drive({ url: s.url, conns, mode: deliveryMode, durationMs: ROUND_MS, serviceUrl }, s.child.pid));
    }
  }
  for (const r of rows) {
    log(`  ${mode} c=${conns} ${r.server.padEnd(9)} ${fmt(rate(r), 0).padStart(6)} turns/s  p50=${fmt(percentile(r.hist, 0.5), 2)} p90=${fmt(percentile(r.hist, 0.9), 2)} p99=${fmt(percentile(r.hist, 0.99), 2)} ms  errors=${r.errors}  peakRSS=${fmt(r.peakRssKb / 1024, 0)} MB  cpu=${fmt((1000 * r.cpuMs) / r.turns, 0)} µs/turn (driver ${fmt((1000 * r.driverCpuMs) / r.turns, 0)})`);
    for (const e of r.errorSamples) log(`    error: ${e}`);
  }
  return rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main(): Promise<void> {
  const began = performance.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  log(`bench: node ${process.version}, ${require('os').cpus().length} cores, client=${CLIENT}, rounds=${ROUNDS}x${ROUND_MS} ms (warm-up ${FIRST_WARM_MS} ms for a fresh server, then ${WARM_MS} ms), conns=${CONNS.join(',')}`);
  log('bench: bot = node --disable-warning=DEP0111 dist/bot/index.js with HOST=127.0.0.1 STORAGE=memory LOG_LEVEL=info (turn lines to .tmp/bench/*.log), NODE_ENV unset (anonymous auth)');
  log(`bench: load average at start ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (other processes on this machine compete for the 2 cores)`);
  const info = await startDriver();
  log(`bench: ${info.scripts} scripted conversations, ${fmt(info.turnsPerScript, 1)} turns each on average`);

  // 1. The scripts are real: replay some against the bot and check every reply.
  {
    const bot = await start('bot', {}, { tag: 'bot-verify' });
    const r = await drive({ url: bot.url, conns: 4, mode: 'expectReplies', durationMs: 60_000, conversations: 300, serviceUrl: 'http://127.0.0.1:9/', verify: true });
    await bot.stop();
    log(`verify: ${r.finished} conversations, ${r.turns} turns checked against the shadow interview: ${r.errors} mismatches`);
    for (const e of r.errorSamples) log(`  mismatch: ${e}`);
  }

  // 2. Start-up to healthy.
  const startups: Record<string, number[]> = { bot: [], echo: [] };
  const startupCpu: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    for (const name of ['bot', 'echo'] as const) {
      if (name === 'echo' && i >= 3) continue;
      const s = await start(name, {}, { tag: `${name}-startup` });
      startups[name].push(s.startMs);
      if (name === 'bot') startupCpu.push(s.startCpuMs);
      await s.stop();
    }
  }
  const startBot = median(startups.bot);
  log(`start-up to /healthz 200: bot median ${fmt(startBot, 0)} ms (${startups.bot.map((x) => fmt(x, 0)).join(', ')}), echo median ${fmt(median(startups.echo), 0)} ms; the bot's own CPU time until healthy: median ${fmt(median(startupCpu), 0)} ms`);

  // 3. Throughput and latency, per delivery mode and concurrency.
  const rows: Row[] = [];
  for (const mode of MODES) {
    const connector = mode === 'normal' ? await start('connector') : undefined;
    const serviceUrl = connector ? `${connector.url}/` : 'http://127.0.0.1:9/';
    const servers = [await start('bot', {}, { tag: `bot-${mode}` }), await start('echo', {}, { tag: `echo-${mode}` }), await start('bare', {}, { tag: `bare-${mode}` })];
    for (const conns of CONNS) rows.push(...(await compare(mode, conns, servers, serviceUrl)));
    for (const s of servers) await s.stop();
    if (connector) {
      await connector.stop();
      const counts = readFileSync(join(OUT, 'connector.log'), 'utf8').trim().split('\n').pop();
      log(`  connector stand-in received: ${counts}`);
    }
  }

  // 4. Memory: stored state per conversation, and the server's RSS as conversations pile up.
  const state = await measureStateBytes(Number(args.get('state-scripts') ?? 2000));
  log(`state: serialized record per conversation (largest over its turns), ${state.conversations} conversations: median ${state.median} B, p99 ${state.p99} B, max ${state.max} B`);
  let rss: { first: number; second: number; firstNoGc: number; secondNoGc: number; heap1: number; heap2: number } | undefined;
  if (!args.has('skip-memory')) {
    const probeFile = join(OUT, 'probe.jsonl');
    writeFileSync(probeFile, '');
    const bot = await start('bot', { BENCH_PROBE_FILE: probeFile }, { tag: 'bot-memory', nodeArgs: ['--expose-gc', '-r', join(BUILD, 'gc-probe.js')] });
    const pid = bot.child.pid as number;
    const measure = async (): Promise<{ rss: number; noGc: number; heap: number; old: string }> => {
      await new Promise((r) => setTimeout(r, 1000));
      const noGc = rssKb(pid);
      const before = readFileSync(probeFile, 'utf8').split('\n').filter(Boolean).length;
      bot.child.kill('SIGUSR2');
      for (let i = 0; i < 100 && readFileSync(probeFile, 'utf8').split('\n').filter(Boolean).length === before; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 500));
      const probe = JSON.parse(readFileSync(probeFile, 'utf8').trim().split('\n').pop() as string) as {
        heapUsed: number;
        spaces: Record<string, { size: number; used: number }>;
      };
      const old = probe.spaces.old_space;
      return { rss: rssKb(pid), noGc, heap: probe.heapUsed / 1024, old: `${fmt(old.used / 1048576)}/${fmt(old.size / 1048576)}` };
    };
    const [n1, n2] = MEMORY;
    const a = await drive({ url: bot.url, conns: 50, mode: 'expectReplies', durationMs: 600_000, conversations: n1, serviceUrl: 'http://127.0.0.1:9/' }, pid);
    const m1 = await measure();
    const b = await drive({ url: bot.url, conns: 50, mode: 'expectReplies', durationMs: 600_000, conversations: n2 - a.finished, serviceUrl: 'http://127.0.0.1:9/' }, pid);
    const m2 = await measure();
    const hwm = rssKb(pid, 'VmHWM');
    await bot.stop();
    rss = { first: m1.rss, second: m2.rss, firstNoGc: m1.noGc, secondNoGc: m2.noGc, heap1: m1.heap, heap2: m2.heap };
    log(`memory: rss20k/rss1k after GC ${fmt(m2.rss / m1.rss, 2)}, without GC ${fmt(m2.noGc / m1.noGc, 2)}`);
    log(`memory: after ${a.finished} conversations RSS ${fmt(m1.rss / 1024)} MB after GC (${fmt(m1.noGc / 1024)} before, heap ${fmt(m1.heap / 1024)} MB, old space used/committed ${m1.old} MB); after ${a.finished + b.finished}: ${fmt(m2.rss / 1024)} MB after GC (${fmt(m2.noGc / 1024)} before, heap ${fmt(m2.heap / 1024)} MB, old space ${m2.old} MB); peak ${fmt(hwm / 1024)} MB; errors ${a.errors + b.errors}`);
  }

  // 5. Blob storage on Azurite.
  const blobRows = await blob();
  rows.push(...blobRows);

  stopDriver();
  log('');
  for (const l of table(rows)) log(l);
  const ratio = (mode: string, conns: number, x: string, y: string) => {
    const a = rows.find((r) => r.mode === mode && r.conns === conns && r.server === x);
    const b = rows.find((r) => r.mode === mode && r.conns === conns && r.server === y);
    return a && b ? rate(a) / rate(b) : NaN;
  };
  log('');
  for (const mode of [...MODES, ...(blobRows.length ? ['blob'] : [])]) {
    for (const conns of CONNS) {
      if (mode === 'blob' && conns !== 10) continue;
      if (mode === 'blob') log(`ratios blob c=10: bot-blob/echo-blob=${fmt(ratio('blob', 10, 'bot-blob', 'echo-blob'), 2)}`);
      else log(`ratios ${mode} c=${conns}: bot/echo=${fmt(ratio(mode, conns, 'bot', 'echo'), 2)} echo/bare=${fmt(ratio(mode, conns, 'echo', 'bare'), 2)}`);
    }
  }
  const main10 = rows.find((r) => r.mode === 'expectReplies' && r.conns === 10 && r.server === 'bot');
  const r1 = ratio('expectReplies', 10, 'bot', 'echo');
  const p99 = main10 ? percentile(main10.hist, 0.99) : NaN;
  const r2 = rss ? rss.second / rss.first : NaN;
  const results = { rows: rows.map((r) => ({ ...r, hist: undefined, rate: rate(r), p50: percentile(r.hist, 0.5), p90: percentile(r.hist, 0.9), p99: percentile(r.hist, 0.99) })), startups, state, rss };
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
  log(`targets: bot/echo>=0.9 (c=10 ${fmt(r1, 2)}, c=50 ${fmt(ratio('expectReplies', 50, 'bot', 'echo'), 2)}); p99<=20ms (${fmt(p99, 1)}); state<=2048B (max ${state.max}); rss20k/rss1k<=1.3 (${fmt(r2, 2)}); start-up<=1500ms (${fmt(startBot, 0)})`);
  log(`bench: load average at end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  log(`bench: total ${fmt((performance.now() - began) / 1000, 0)} s; details in .tmp/bench/results.json`);
  log(`bench: bot/echo=${fmt(r1, 2)} p99=${fmt(p99, 1)}ms state=${state.max}bytes rss20k/rss1k=${fmt(r2, 2)}`);
}

/** The same comparison on Azure Blob Storage (Azurite), when everything for it is here. */
async function blob(): Promise<Row[]> {
  if (!args.has('blob')) {
    log('blob: skipped (run `npm run bench -- --blob` for STORAGE=blob on Azurite)');
    return [];
  }
  const azurite = join(ROOT, 'node_modules/.bin/azurite-blob');
  if (!existsSync(azurite)) {
    log('blob: skipped: azurite is not installed in this worktree (npm i --save-dev --save-exact azurite@3.35.0)');
    return [];
  }
  let blobsStorage = true;
  try {
    require.resolve('botbuilder-azure-blobs', { paths: [ROOT] });
  } catch {
    blobsStorage = false;
  }
  if (!blobsStorage) {
    log('blob: skipped: botbuilder-azure-blobs is not installed in this worktree');
    return [];
  }
  const port = await freePort();
  const location = join(OUT, 'azurite');
  mkdirSync(location, { recursive: true });
  const az = spawn(azurite, ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--skipApiVersionCheck', '--loose', '--disableTelemetry', '--location', location], {
    cwd: ROOT,
    stdio: ['ignore', openSync(join(OUT, 'azurite.log'), 'a'), openSync(join(OUT, 'azurite.log'), 'a')],
  });
  track(az);
  try {
    for (let i = 0; i < 200 && (await getStatus(`http://127.0.0.1:${port}/devstoreaccount1?comp=list`)) === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const connection = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
    let bot: Server;
    try {
      bot = await start('bot', { STORAGE: 'blob', BLOB_CONNECTION_STRING: connection, BLOB_CONTAINER: 'bench-bot' }, { tag: 'bot-blob' });
    } catch (error) {
      log(`blob: skipped: the bot in this worktree does not run with STORAGE=blob (${String((error as Error).message).split('\n').slice(-2).join(' ').trim().slice(0, 160)})`);
      return [];
    }
    const echo = await start('echo', { ECHO_STORAGE: 'blob', BLOB_CONNECTION_STRING: connection, BLOB_CONTAINER: 'bench-echo' }, { tag: 'echo-blob' });
    bot.name = 'bot-blob';
    echo.name = 'echo-blob';
    const rows = await compare('blob', 10, [bot, echo], 'http://127.0.0.1:9/');
    await bot.stop();
    await echo.stop();
    return rows;
  } finally {
    az.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  stopDriver();
  process.exit(1);
});
