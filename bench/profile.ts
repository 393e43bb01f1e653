/**
 * `npm run bench:profile`: where a turn's time goes. Starts one server (the bot by default)
 * with a bench-only preload that runs V8's CPU profiler during the load window only, drives
 * it like `npm run bench` does, and prints the top self-time functions, self time by
 * package and the top inclusive times. The .cpuprofile stays in .tmp/bench-profile/ (open it in
 * Chrome DevTools for a flame chart).
 *   npm run bench:profile -- [--server=bot|echo] [--seconds=10] [--conns=10] [--mode=expectReplies|normal]
 *                            [--warm-ms=2000] [--bot=OTHER/dist/bot/index.js --tag=before]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { print, summarise } from './cpuprofile';
import type { Mode } from './driver';
import { BUILD, ROOT, drive, log, start, startDriver, stopDriver, useBotEntry, type ServerName } from './harness';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const server = (args.get('server') ?? 'bot') as ServerName;
const seconds = Number(args.get('seconds') ?? 10);
const conns = Number(args.get('conns') ?? 10);
const mode = (args.get('mode') ?? 'expectReplies') as Mode;
const tag = args.get('tag') ?? '';
/** Traffic before the profile starts; 0 profiles a cold process's first seconds. */
const warmMs = Number(args.get('warm-ms') ?? 2000);
/** Not in .tmp/bench/, which every `npm run bench` starts by emptying. */
const PROFILES = join(ROOT, '.tmp/bench-profile');
if (args.has('bot')) useBotEntry(resolve(args.get('bot') as string));

async function main(): Promise<void> {
  mkdirSync(PROFILES, { recursive: true });
  const file = join(PROFILES, `${server}${tag ? `-${tag}` : ''}-${mode}-c${conns}.cpuprofile`);
  rmSync(`${file}.done`, { force: true }); // the probe's "written" mark, from an earlier run
  await startDriver();
  const connector = mode === 'normal' ? await start('connector', {}, { tag: 'connector-profile' }) : undefined;
  const s = await start(server, { BENCH_PROFILE_FILE: file }, { tag: `${server}-profile`, nodeArgs: ['-r', join(BUILD, 'prof-probe.js')] });
  const serviceUrl = connector ? `${connector.url}/` : 'http://127.0.0.1:9/';
  if (warmMs > 0) await drive({ url: s.url, conns, mode, durationMs: warmMs, serviceUrl }); // warm-up, not profiled
  s.child.kill('SIGUSR2');
  const r = await drive({ url: s.url, conns, mode, durationMs: seconds * 1000, serviceUrl });
  s.child.kill('SIGUSR2');
  for (let i = 0; i < 200 && !existsSync(`${file}.done`); i++) await new Promise((res) => setTimeout(res, 50));
  rmSync(`${file}.done`, { force: true });
  await s.stop();
  await connector?.stop();
  stopDriver();
  log(`${server} ${mode} c=${conns}: ${r.turns} turns in ${(r.elapsedMs / 1000).toFixed(1)} s = ${(r.turns / (r.elapsedMs / 1000)).toFixed(0)} turns/s, ${r.errors} errors (profiler on)`);
  const summary = summarise(file, 35);
  const lines: string[] = [];
  print(summary, (l) => lines.push(l));
  log(lines.join('\n'));
  log(`per turn: ${(summary.totalMs / r.turns).toFixed(3)} ms of CPU on the server's main thread`);
  writeFileSync(`${file}.txt`, lines.join('\n'));
  log(`profile: ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
