/**
 * What run.ts and profile.ts share: starting servers as child processes on 127.0.0.1 (and
 * stopping every one of them however the run ends), the load driver, /proc readings.
 */
import { fork, spawn, type ChildProcess } from 'child_process';
import { mkdirSync, openSync, readFileSync } from 'fs';
import http from 'http';
import { join } from 'path';
import type { ClientKind, LoadCommand, LoadResult } from './driver';
import { freePort } from '../tests/support/bot-process';
export { freePort };

/** These files live in .tmp/bench-build/bench/ once compiled. */
export const ROOT = join(__dirname, '../../..');
export const BUILD = join(ROOT, '.tmp/bench-build/bench');
export const OUT = join(ROOT, '.tmp/bench');

/** The bot's entry: npm start's code, or another build (`--bot=PATH`, for before/after runs). */
let botEntry = join(ROOT, 'dist/bot/index.js');
export function useBotEntry(path: string): void {
  botEntry = path;
}

export const log = (line: string) => process.stdout.write(`${line}\n`);

/** Everything this run started, stopped when it ends however it ends. */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  return child;
}

export type ServerName = 'bot' | 'echo' | 'bare';
export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}


export function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(1000, () => req.destroy());
  });
}

/** What each server is started with. The bot: exactly `npm start`'s node command. */
let botEnv: Record<string, string> = {};
/** More environment for the bot under test (`--outcomes`: OUTCOMES_FILE, telemetry on to a local file). */
export function useBotEnv(env: Record<string, string>): void {
  botEnv = env;
}

function command(name: ServerName | 'connector', env: Record<string, string>, extraNodeArgs: string[] = []): { args: string[]; env: NodeJS.ProcessEnv } {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  if (name === 'bot') {
    return {
      args: [...extraNodeArgs, '--disable-warning=DEP0111', botEntry],
      env: { HOST: '127.0.0.1', LOG_LEVEL: 'info', STORAGE: 'memory', ...botEnv, ...base },
    };
  }
  const file = { echo: 'servers/echo-bot.js', bare: 'servers/bare.js', connector: 'servers/connector.js' }[name];
  return { args: [...extraNodeArgs, join(BUILD, file)], env: base };
}

export async function start(name: ServerName | 'connector', env: Record<string, string> = {}, opts: { nodeArgs?: string[]; tag?: string } = {}): Promise<Server & { startMs: number; startCpuMs: number }> {
  const port = await freePort();
  const { args: nodeArgs, env: fullEnv } = command(name, { PORT: String(port), ...env }, opts.nodeArgs);
  mkdirSync(OUT, { recursive: true });
  const logFile = join(OUT, `${opts.tag ?? name}.log`);
  const fd = openSync(logFile, 'a');
  const t0 = performance.now();
  const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: fullEnv, stdio: ['ignore', fd, fd] });
  track(child);
  let gone = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      gone = `code ${code} signal ${signal}`;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const probe = name === 'connector' ? `${url}/ping` : `${url}/healthz`;
  for (;;) {
    if (gone) throw new Error(`${name} exited during start (${gone}); see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-800)}`);
    if ((await getStatus(probe)) === 200) break;
    if (performance.now() - t0 > 20_000) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not become healthy in 20 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const startMs = performance.now() - t0;
  return {
    name,
    url,
    child,
    startMs,
    startCpuMs: cpuMs(child.pid as number),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export function rssKb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

// ---- the driver ----

let driver: ChildProcess | undefined;
let CLIENT: ClientKind = 'undici';
export function useClient(kind: ClientKind): void {
  CLIENT = kind;
}
export function driverPid(): number | undefined {
  return driver?.pid;
}
export function stopDriver(): void {
  driver?.removeAllListeners('exit');
  driver?.kill();
}
let pending: ((m: { ok: boolean; result?: LoadResult; error?: string }) => void) | undefined;

export async function startDriver(): Promise<{ scripts: number; turnsPerScript: number }> {
  const child = fork(join(BUILD, 'driver.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  driver = track(child);
  child.once('exit', (code) => {
    console.error(`bench: the load driver exited (${code})`);
    process.exit(1);
  });
  return new Promise((resolve) => {
    child.on('message', (m: { ready?: boolean; scripts: number; turnsPerScript: number; ok?: boolean }) => {
      if (m.ready) resolve(m);
      else pending?.(m as never);
    });
  });
}

/** CPU time (user + system) a process has used so far, in ms (from /proc/<pid>/stat, 10 ms ticks). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

export async function drive(c: Omit<LoadCommand, 'cmd' | 'client'>, watchPid?: number): Promise<LoadResult & { peakRssKb: number; cpuMs: number; driverCpuMs: number }> {
  const cpu0 = watchPid ? cpuMs(watchPid) : NaN;
  const driverCpu0 = cpuMs(driver?.pid as number);
  let peak = 0;
  const sample = () => {
    if (watchPid) peak = Math.max(peak, rssKb(watchPid));
  };
  const timer = setInterval(sample, 100);
  try {
    const reply = await new Promise<{ ok: boolean; result?: LoadResult; error?: string }>((resolve) => {
      pending = resolve;
      if (!driver) throw new Error('startDriver() first');
      driver.send({ cmd: 'load', client: CLIENT, ...c });
    });
    if (!reply.ok || !reply.result) throw new Error(`driver failed: ${reply.error}`);
    sample();
    return { ...reply.result, peakRssKb: peak, cpuMs: watchPid ? cpuMs(watchPid) - cpu0 : NaN, driverCpuMs: cpuMs(driver?.pid as number) - driverCpu0 };
  } finally {
    clearInterval(timer);
  }
}

