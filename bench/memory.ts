/**
 * `npm run bench:memory`: only the memory phase of `npm run bench` (the real bot, 1,000 then
 * 20,000 conversations at 50 connections, RSS after a full GC), repeated, with RSS broken down
 * by where it lives, read from /proc/<pid>/smaps:
 *   v8 heap       the V8 heap's committed pages (heapTotal, from the process itself)
 *   malloc        glibc's main arena ([heap]) and its per-thread arenas (64 MB reservations)
 *   other anon    the rest of anonymous memory: V8 pages outside the heap (code, large objects'
 *                 reservations), thread stacks, mmap'd buffers
 *   files         the node binary and shared libraries (file-backed, shared)
 * Options: --runs=N (1) --memory=1000,20000 --env=KEY=VALUE,... (extra environment for the bot)
 *          --node-args=... (comma-separated, e.g. --max-semi-space-size=2)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { BUILD, OUT, drive, log, rssKb, start, startDriver, stopDriver } from './harness';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]).map(([k, ...v]) => [k, v.join('=') || 'true']));
const RUNS = Number(args.get('runs') ?? 1);
const [N1, N2] = (args.get('memory') ?? '1000,20000').split(',').map(Number);
const EXTRA_ENV = Object.fromEntries((args.get('env') ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
const NODE_ARGS = (args.get('node-args') ?? '').split(',').filter(Boolean);

interface Breakdown {
  rssMb: number;
  mallocMb: number;
  otherAnonMb: number;
  filesMb: number;
  v8HeapMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  arenas: number;
  /** V8 heap spaces: committed / used MB. */
  spaces: string;
}

/** RSS by mapping kind. A malloc arena is an rw mapping followed by a ---p one, 64 MB together. */
function smaps(pid: number): { malloc: number; anon: number; files: number; arenas: number } {
  const text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const maps: Array<{ start: number; end: number; perms: string; path: string; rss: number }> = [];
  for (const block of text.split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+[ \t]*(.*)$/m.exec(block);
    const rss = /^Rss:\s+(\d+) kB/m.exec(block);
    if (head && rss) maps.push({ start: parseInt(head[1], 16), end: parseInt(head[2], 16), perms: head[3], path: head[4].trim(), rss: Number(rss[1]) });
  }
  let malloc = 0;
  let anon = 0;
  let files = 0;
  let arenas = 0;
  const ARENA = 64 * 1024 * 1024;
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i];
    if (m.path === '[heap]') malloc += m.rss;
    else if (m.path.startsWith('/')) files += m.rss;
    else if (m.path === '' || m.path.startsWith('[anon')) {
      const next = maps[i + 1];
      const isArena = m.perms.startsWith('rw') && m.start % ARENA === 0 && next && next.start === m.end && next.perms === '---p' && next.end - m.start === ARENA;
      if (isArena) {
        malloc += m.rss;
        arenas++;
      } else anon += m.rss;
    }
  }
  return { malloc, anon, files, arenas };
}

async function measure(pid: number, child: { kill(s: NodeJS.Signals): boolean }, probeFile: string): Promise<Breakdown> {
  await new Promise((r) => setTimeout(r, 1000));
  const before = readFileSync(probeFile, 'utf8').split('\n').filter(Boolean).length;
  child.kill('SIGUSR2');
  for (let i = 0; i < 100 && readFileSync(probeFile, 'utf8').split('\n').filter(Boolean).length === before; i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 500));
  const probe = JSON.parse(readFileSync(probeFile, 'utf8').trim().split('\n').pop() as string) as {
    heapTotal: number; heapUsed: number; external: number; arrayBuffers: number; spaces: Record<string, { size: number; used: number }>;
  };
  const s = smaps(pid);
  const mb = (kb: number) => Math.round(kb / 102.4) / 10;
  const v8HeapMb = Math.round(probe.heapTotal / 104857.6) / 10;
  return {
    rssMb: mb(rssKb(pid)),
    mallocMb: mb(s.malloc),
    otherAnonMb: Math.round((s.anon / 1024 - v8HeapMb) * 10) / 10,
    filesMb: mb(s.files),
    v8HeapMb,
    heapUsedMb: Math.round(probe.heapUsed / 104857.6) / 10,
    externalMb: Math.round(probe.external / 104857.6) / 10,
    arrayBuffersMb: Math.round(probe.arrayBuffers / 104857.6) / 10,
    arenas: s.arenas,
    spaces: Object.entries(probe.spaces)
      .filter(([, v]) => v.size > 1024 * 1024)
      .map(([k, v]) => `${k.replace('_space', '')} ${(v.size / 1048576).toFixed(1)}/${(v.used / 1048576).toFixed(1)}`)
      .join(', '),
  };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await startDriver();
  const runs: Array<{ first: Breakdown; second: Breakdown; ratio: number }> = [];
  for (let run = 1; run <= RUNS; run++) {
    const probeFile = join(OUT, `probe-memory-${run}.jsonl`);
    writeFileSync(probeFile, '');
    const bot = await start('bot', { BENCH_PROBE_FILE: probeFile, ...EXTRA_ENV }, { tag: `bot-memory-${run}`, nodeArgs: [...NODE_ARGS, '--expose-gc', '-r', join(BUILD, 'gc-probe.js')] });
    const pid = bot.child.pid as number;
    const a = await drive({ url: bot.url, conns: 50, mode: 'expectReplies', durationMs: 600_000, conversations: N1, serviceUrl: 'http://127.0.0.1:9/' }, pid);
    const first = await measure(pid, bot.child, probeFile);
    const b = await drive({ url: bot.url, conns: 50, mode: 'expectReplies', durationMs: 600_000, conversations: N2 - a.finished, serviceUrl: 'http://127.0.0.1:9/' }, pid);
    const second = await measure(pid, bot.child, probeFile);
    await bot.stop();
    const ratio = second.rssMb / first.rssMb;
    runs.push({ first, second, ratio });
    log(`run ${run}: rss${N2 / 1000}k/rss${N1 / 1000}k=${ratio.toFixed(2)} (errors ${a.errors + b.errors})`);
    for (const [name, m] of [[`after ${N1}`, first], [`after ${N2}`, second]] as const) {
      log(`  ${name.padEnd(11)} rss ${m.rssMb} MB = malloc ${m.mallocMb} (${m.arenas} thread arenas) + v8 heap ${m.v8HeapMb} (used ${m.heapUsedMb}) + other anon ${m.otherAnonMb} + files ${m.filesMb}; external ${m.externalMb}, array buffers ${m.arrayBuffersMb}`);
      log(`              v8 spaces committed/used MB: ${m.spaces}`);
    }
  }
  const ratios = runs.map((r) => r.ratio);
  log(`memory: rss${N2 / 1000}k/rss${N1 / 1000}k over ${RUNS} runs: ${ratios.map((r) => r.toFixed(2)).join(', ')} (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`);
  writeFileSync(join(OUT, 'memory.json'), JSON.stringify(runs, null, 2));
  stopDriver();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  stopDriver();
  process.exit(1);
});
